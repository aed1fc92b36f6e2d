#include "analysis/region_index.h"

#include "geometry/polygon_index.h"

namespace ps::analysis {

void pointsInRegions(std::span<const glm::dvec2> points, const GeometryColumn& regions, RegionMembers& out) {
  const geometry::PolygonIndex index(regions);
  size_t m = regions.featureCount();
  std::vector<std::vector<uint32_t>> lists(m);
  std::vector<uint32_t> hits;
  for (size_t i = 0; i < points.size(); ++i) {
    index.containing(points[i], hits);
    for (uint32_t r : hits) lists[r].push_back(static_cast<uint32_t>(i));
  }
  out.offsets.assign(1, 0);
  out.members.clear();
  for (auto& l : lists) {
    out.members.insert(out.members.end(), l.begin(), l.end());
    out.offsets.push_back(static_cast<uint32_t>(out.members.size()));
  }
}

void firstRegion(std::span<const glm::dvec2> points, const GeometryColumn& regions, std::vector<int32_t>& out) {
  const geometry::PolygonIndex index(regions);
  out.assign(points.size(), -1);
  std::vector<uint32_t> hits;
  for (size_t i = 0; i < points.size(); ++i) {
    index.containing(points[i], hits);
    if (!hits.empty()) out[i] = static_cast<int32_t>(hits.front());
  }
}

}  // namespace ps::analysis
