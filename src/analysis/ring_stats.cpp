#include "analysis/ring_stats.h"

#include <cmath>
#include <cstdio>
#include <numeric>

#include "analysis/centroid.h"
#include "core/sectors.h"
#include "geometry/disc_union.h"

namespace ps::analysis {
namespace {

std::string radiusText(double r) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", r);
  return buf;
}

std::string cellOf(const Column* c, size_t row) { return c ? c->asString(row) : std::string(); }

size_t findRoot(std::vector<size_t>& parent, size_t i) {
  while (parent[i] != i) i = parent[i] = parent[parent[i]];
  return i;
}

bool inRing(const Ring& ring, glm::dvec2 p) {
  if (std::isnan(p.x) || std::isnan(p.y)) return false;
  double r2 = ring.radius * ring.radius;
  for (const glm::dvec2& c : ring.centres) {
    glm::dvec2 d = p - c;
    if (d.x * d.x + d.y * d.y <= r2) return true;
  }
  return false;
}

}  // namespace

void buildRings(const FeatureTable& t, const FieldRoles& roles, const RingOptions& opt, std::vector<Ring>& out) {
  out.clear();
  const Column* id = roleColumn(t, roles.id, "id");
  // The university's own name groups campuses, even where the layer's display
  // role is something else (the ring layer shows ring_program).
  const Column* zh = t.column("name_zh") ? t.column("name_zh") : roleColumn(t, roles.name, "name_zh");
  const Column* en = t.column("name_en") ? t.column("name_en") : roleColumn(t, roles.nameEn, "name_en");
  const Column* campus = t.column("campus");
  size_t n = t.size();
  std::vector<glm::dvec2> centre(n);
  featureCentroids(t.geom, centre);

  // members[(campus, radius)]: the campuses whose ring that campus owns (empty when merged into another's).
  std::vector<std::vector<size_t>> members(n * opt.radii.size());  // by (owner campus, radius)
  for (size_t k = 0; k < opt.radii.size(); ++k) {
    std::vector<size_t> parent(n);
    std::iota(parent.begin(), parent.end(), size_t(0));
    if (opt.mergeOverlapping)
      for (size_t i = 0; i < n; ++i)
        for (size_t j = i + 1; j < n; ++j) {
          if (cellOf(zh, i) != cellOf(zh, j) || cellOf(zh, i).empty()) continue;
          glm::dvec2 d = centre[i] - centre[j];
          double lim = 2 * opt.radii[k];
          if (d.x * d.x + d.y * d.y > lim * lim) continue;
          size_t a = findRoot(parent, i), b = findRoot(parent, j);
          if (a != b) parent[std::max(a, b)] = std::min(a, b);  // root = lowest campus index
        }
    for (size_t i = 0; i < n; ++i) members[findRoot(parent, i) * opt.radii.size() + k].push_back(i);
  }
  for (size_t i = 0; i < n; ++i)
    for (size_t k = 0; k < opt.radii.size(); ++k) {
      const std::vector<size_t>& m = members[i * opt.radii.size() + k];
      if (m.empty()) continue;
      if (std::isnan(centre[i].x) || std::isnan(centre[i].y)) continue;
      Ring ring;
      ring.university = cellOf(zh, i);
      ring.universityEn = cellOf(en, i);
      ring.radius = opt.radii[k];
      for (size_t j : m) {
        if (!ring.campus.empty() || j != m.front()) ring.campus += "+";
        ring.campus += cellOf(campus, j);
        ring.centres.push_back(centre[j]);
      }
      std::string who = cellOf(id, i);
      if (who.empty()) who = ring.university;
      ring.key = who + "/" + ring.campus + "/" + radiusText(ring.radius);
      out.push_back(std::move(ring));
    }
}

void ringTotals(const BuildingFacts& b, const ParkFacts& parks, std::vector<Ring>& rings) {
  for (Ring& ring : rings) {
    ring.tally = Tally{};
    for (const BuildingFact& f : b.rows)
      if (inRing(ring, f.centroid)) ring.tally.add(f);
    for (const glm::dvec2& p : parks.centroid)
      if (inRing(ring, p)) ring.tally.parks += 1;
  }
}

void ringsToTable(const std::vector<Ring>& rings, const RingOptions& opt, FeatureTable& out) {
  out = FeatureTable{};
  out.layer = "rings";
  std::vector<std::pair<std::string, FieldType>> cols = {
      {"key", FieldType::String},      {"university", FieldType::String}, {"university_en", FieldType::String},
      {"campus", FieldType::String},   {"radius_m", FieldType::Real},     {"parks", FieldType::Integer},
      {"buildings", FieldType::Integer}, {"gfa_m2", FieldType::Real},     {"vacant_m2", FieldType::Real},
      {"vacancy", FieldType::Real},    {"dominant", FieldType::String}};
  for (const Sector& s : sectors()) cols.push_back({"share_" + std::string(s.id), FieldType::Real});
  for (auto& [name, type] : cols) {
    Column c;
    c.name = name;
    c.type = type;
    out.columns.push_back(std::move(c));
  }
  auto put = [&](size_t col, const std::string* s, int64_t i, double d) {
    Column& c = out.columns[col];
    c.null.push_back(0);
    if (c.type == FieldType::String) c.strings.push_back(*s);
    else if (c.type == FieldType::Integer) c.ints.push_back(i);
    else {
      c.reals.push_back(d);
      c.null.back() = std::isnan(d);
    }
  };

  auto sectorList = sectors();
  for (const Ring& ring : rings) {
    if (!geometry::appendDiscUnion(ring.centres, ring.radius, opt.segmentsPerQuarter, out.geom)) continue;
    out.fid.push_back(int64_t(out.fid.size()));
    int dom = ring.tally.dominantSector();
    std::string domId = dom >= 0 ? std::string(sectorList[size_t(dom)].id) : std::string();
    size_t c = 0;
    put(c++, &ring.key, 0, 0);
    put(c++, &ring.university, 0, 0);
    put(c++, &ring.universityEn, 0, 0);
    put(c++, &ring.campus, 0, 0);
    put(c++, nullptr, 0, ring.radius);
    put(c++, nullptr, ring.tally.parks, 0);
    put(c++, nullptr, ring.tally.buildings, 0);
    put(c++, nullptr, 0, ring.tally.gfa);
    put(c++, nullptr, 0, ring.tally.vacant);
    put(c++, nullptr, 0, ring.tally.vacancy());
    put(c++, &domId, 0, 0);
    for (int s = 0; s < kSectorCount; ++s) put(c++, nullptr, 0, ring.tally.sectorShare(s));
  }
}

}  // namespace ps::analysis
