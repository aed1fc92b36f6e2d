#include "analysis/hexbin.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "core/sectors.h"

namespace ps::analysis {
namespace {

constexpr double kSqrt3 = 1.7320508075688772;

uint64_t pack(int32_t q, int32_t r) { return (uint64_t(uint32_t(q)) << 32) | uint32_t(r); }

}  // namespace

glm::dvec2 hexCenter(const HexGrid& g, int32_t q, int32_t r) {
  return g.origin + glm::dvec2(g.size * kSqrt3 * (q + r * 0.5), g.size * 1.5 * r);
}

void hexOf(const HexGrid& g, glm::dvec2 p, int32_t& q, int32_t& r) {
  glm::dvec2 d = (p - g.origin) / g.size;
  double fq = kSqrt3 / 3 * d.x - d.y / 3;
  double fr = 2.0 / 3 * d.y;
  double fs = -fq - fr;
  double rq = std::round(fq), rr = std::round(fr), rs = std::round(fs);
  double dq = std::abs(rq - fq), dr = std::abs(rr - fr), ds = std::abs(rs - fs);
  if (dq > dr && dq > ds) rq = -rr - rs;
  else if (dr > ds) rr = -rq - rs;
  q = int32_t(rq);
  r = int32_t(rr);
}

std::array<glm::dvec2, 6> hexCorners(const HexGrid& g, int32_t q, int32_t r) {
  glm::dvec2 c = hexCenter(g, q, r);
  std::array<glm::dvec2, 6> out;
  for (int i = 0; i < 6; ++i) {
    double a = (60.0 * i + 30.0) * 3.14159265358979323846 / 180.0;
    out[size_t(i)] = c + g.size * glm::dvec2(std::cos(a), std::sin(a));
  }
  return out;
}

void binBuildings(const BuildingFacts& b, const HexGrid& grid, HexBins& out) {
  out.grid = grid;
  out.bins.clear();
  out.skipped = 0;
  std::unordered_map<uint64_t, uint32_t> index;
  index.reserve(b.rows.size() / 4 + 16);
  std::vector<uint32_t> binOf(b.rows.size(), UINT32_MAX);
  for (size_t i = 0; i < b.rows.size(); ++i) {
    const BuildingFact& f = b.rows[i];
    if (std::isnan(f.centroid.x) || std::isnan(f.centroid.y)) {
      ++out.skipped;
      continue;
    }
    int32_t q, r;
    hexOf(grid, f.centroid, q, r);
    auto [it, added] = index.emplace(pack(q, r), uint32_t(out.bins.size()));
    if (added) out.bins.push_back(HexBin{q, r, {}});
    out.bins[it->second].tally.add(f);
    binOf[i] = it->second;
  }
  // Distinct parks per bin.
  std::unordered_set<uint64_t> seen;
  for (size_t i = 0; i < b.rows.size(); ++i)
    if (binOf[i] != UINT32_MAX && b.rows[i].park != kNoPark &&
        seen.insert((uint64_t(binOf[i]) << 32) | b.rows[i].park).second)
      out.bins[binOf[i]].tally.parks += 1;
  std::sort(out.bins.begin(), out.bins.end(),
            [](const HexBin& a, const HexBin& c) { return a.r != c.r ? a.r < c.r : a.q < c.q; });
}

void hexBinsToTable(const HexBins& bins, const HexTableOptions& opt, FeatureTable& out) {
  out = FeatureTable{};
  out.layer = "hexbins";
  size_t n = bins.bins.size();
  auto addCol = [&](const std::string& name, FieldType type) -> Column& {
    Column c;
    c.name = name;
    c.type = type;
    c.null.assign(n, 0);
    if (type == FieldType::Integer) c.ints.resize(n);
    if (type == FieldType::Real) c.reals.resize(n);
    if (type == FieldType::String) c.strings.resize(n);
    out.columns.push_back(std::move(c));
    return out.columns.back();
  };
  addCol("q", FieldType::Integer);
  addCol("r", FieldType::Integer);
  addCol("count", FieldType::Integer);
  addCol("parks", FieldType::Integer);
  addCol("gfa_m2", FieldType::Real);
  addCol("vacant_m2", FieldType::Real);
  addCol("occupancy", FieldType::Real);
  addCol("dominant", FieldType::String);
  addCol("dominant_idx", FieldType::Integer);
  addCol("share_sel", FieldType::Real);
  for (const Sector& s : sectors()) addCol("gfa_" + std::string(s.id), FieldType::Real);
  addCol("height_m", FieldType::Real);

  auto sectorList = sectors();
  for (size_t i = 0; i < n; ++i) {
    const HexBin& h = bins.bins[i];
    std::array<glm::dvec2, 6> corners = hexCorners(bins.grid, h.q, h.r);
    out.geom.beginFeature(GeomKind::Polygon);
    out.geom.beginPart();
    out.geom.addRing(corners.data(), corners.size());
    out.geom.endFeature();
    out.fid.push_back(int64_t(i));

    size_t c = 0;
    out.columns[c++].ints[i] = h.q;
    out.columns[c++].ints[i] = h.r;
    out.columns[c++].ints[i] = h.tally.buildings;
    out.columns[c++].ints[i] = h.tally.parks;
    out.columns[c++].reals[i] = h.tally.gfa;
    out.columns[c++].reals[i] = h.tally.vacant;
    double occ = h.tally.occupancy();
    out.columns[c].reals[i] = occ;
    out.columns[c++].null[i] = std::isnan(occ);
    int dom = h.tally.dominantSector();
    out.columns[c++].strings[i] = dom >= 0 ? std::string(sectorList[size_t(dom)].id) : std::string();
    out.columns[c++].ints[i] = dom;
    double share = opt.shareSector >= 0 ? h.tally.sectorShare(opt.shareSector) : std::nan("");
    out.columns[c].reals[i] = share;
    out.columns[c++].null[i] = std::isnan(share);
    for (int s = 0; s < kSectorCount; ++s) out.columns[c++].reals[i] = h.tally.sectorGfa[size_t(s)];
    double value = opt.heightBy == HexHeight::Gfa ? h.tally.gfa : double(h.tally.buildings);
    out.columns[c++].reals[i] = value * opt.heightScale;
  }
}

}  // namespace ps::analysis
