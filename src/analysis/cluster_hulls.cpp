#include "analysis/cluster_hulls.h"

#include <cmath>
#include <unordered_set>

#include "core/sectors.h"
#include "geometry/point_hull.h"

namespace ps::analysis {

void clusterBySector(const BuildingFacts& b, const DbscanParams& params, std::vector<SectorCluster>& out) {
  out.clear();
  std::vector<glm::dvec2> pts;
  std::vector<uint32_t> rows;
  std::vector<int32_t> labels;
  for (int16_t s = 0; s < kSectorCount; ++s) {
    pts.clear();
    rows.clear();
    for (size_t i = 0; i < b.rows.size(); ++i)
      if (b.rows[i].sector == s && !std::isnan(b.rows[i].centroid.x) && !std::isnan(b.rows[i].centroid.y)) {
        pts.push_back(b.rows[i].centroid);
        rows.push_back(uint32_t(i));
      }
    int32_t n = dbscan(pts, params, labels);
    size_t base = out.size();
    for (int32_t c = 0; c < n; ++c) out.push_back(SectorCluster{s, c, {}, {}});
    for (size_t k = 0; k < pts.size(); ++k)
      if (labels[k] >= 0) {
        SectorCluster& sc = out[base + size_t(labels[k])];
        sc.buildings.push_back(rows[k]);
        sc.tally.add(b.rows[rows[k]]);
      }
    for (size_t c = base; c < out.size(); ++c) {
      std::unordered_set<uint32_t> parks;
      for (uint32_t row : out[c].buildings)
        if (b.rows[row].park != kNoPark) parks.insert(b.rows[row].park);
      out[c].tally.parks = int64_t(parks.size());
    }
  }
}

void clusterHulls(const BuildingFacts& b, const std::vector<SectorCluster>& clusters, const ClusterOptions& opt,
                  FeatureTable& out) {
  out = FeatureTable{};
  out.layer = "clusters";
  const char* names[] = {"sector", "sector_zh", "sector_en", "cluster", "parks", "buildings",
                         "gfa_m2", "vacant_m2", "occupancy", "label_x", "label_y"};
  const FieldType types[] = {FieldType::String,  FieldType::String,  FieldType::String, FieldType::Integer,
                             FieldType::Integer, FieldType::Integer, FieldType::Real,   FieldType::Real,
                             FieldType::Real,    FieldType::Real,    FieldType::Real};
  for (size_t i = 0; i < std::size(names); ++i) {
    Column c;
    c.name = names[i];
    c.type = types[i];
    out.columns.push_back(std::move(c));
  }
  auto push = [&](size_t col, auto value) {
    Column& c = out.columns[col];
    c.null.push_back(0);
    if constexpr (std::is_same_v<decltype(value), std::string>) c.strings.push_back(value);
    else if constexpr (std::is_integral_v<decltype(value)>) c.ints.push_back(int64_t(value));
    else {
      c.reals.push_back(double(value));
      c.null.back() = std::isnan(double(value));
    }
  };

  const geometry::HullOptions hullOpt{opt.concave, opt.concaveRatio, opt.buffer};
  auto sectorList = sectors();
  std::vector<glm::dvec2> pts;
  for (const SectorCluster& sc : clusters) {
    pts.clear();
    for (uint32_t row : sc.buildings) pts.push_back(b.rows[row].centroid);
    glm::dvec2 anchor;
    if (!geometry::appendPointHull(pts, hullOpt, out.geom, anchor)) continue;  // GEOS failure: no outline
    const double ax = anchor.x, ay = anchor.y;
    const Sector& s = sectorList[size_t(sc.sector)];
    out.fid.push_back(int64_t(out.fid.size()));
    size_t c = 0;
    push(c++, std::string(s.id));
    push(c++, std::string(s.zh));
    push(c++, std::string(s.en));
    push(c++, sc.cluster);
    push(c++, sc.tally.parks);
    push(c++, sc.tally.buildings);
    push(c++, sc.tally.gfa);
    push(c++, sc.tally.vacant);
    push(c++, sc.tally.occupancy());
    push(c++, ax);
    push(c++, ay);
  }
}

}  // namespace ps::analysis
