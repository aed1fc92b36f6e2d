#pragma once
// Which points lie in which polygons: building centroids in districts, zones
// and rings, through geometry::PolygonIndex (a GEOS STRtree over the
// polygons' envelopes, then a prepared geometry test per candidate), so n
// points x m regions costs about n log m.
//
// "In" means GEOSPreparedIntersects: the interior or the boundary. A point on
// a shared border counts for both regions; callers that need one region per
// point (districts) take the first in table order (firstRegion).
#include <cstdint>
#include <span>
#include <vector>

#include <glm/vec2.hpp>

#include "core/feature_table.h"

namespace ps::analysis {

// Compressed lists: points of region r are members[offsets[r] .. offsets[r+1]),
// ascending. offsets has regions+1 entries.
struct RegionMembers {
  std::vector<uint32_t> offsets{0};
  std::vector<uint32_t> members;

  size_t regionCount() const { return offsets.size() - 1; }
  std::span<const uint32_t> of(size_t region) const {
    return {members.data() + offsets[region], members.data() + offsets[region + 1]};
  }
};

// Points with NaN coordinates belong nowhere. Non-polygon regions hold nothing.
void pointsInRegions(std::span<const glm::dvec2> points, const GeometryColumn& regions, RegionMembers& out);

// out[i] = lowest region index containing points[i], or -1.
void firstRegion(std::span<const glm::dvec2> points, const GeometryColumn& regions, std::vector<int32_t>& out);

}  // namespace ps::analysis
