#pragma once
// Which polygons hold a point, for many points: a GEOS STRtree over the
// polygons' envelopes, then a prepared-geometry test per candidate, so n
// points x m polygons cost about n log m. "Holds" means the interior or the
// boundary (GEOSPreparedIntersects). Owns its GEOS context: one index per
// thread.
#include <cstdint>
#include <memory>
#include <vector>

#include <glm/vec2.hpp>

#include "core/feature_table.h"

namespace ps::geometry {

class PolygonIndex {
 public:
  // Features that are not polygons, or that GEOS cannot hold, contain nothing.
  explicit PolygonIndex(const GeometryColumn& polygons);
  ~PolygonIndex();
  PolygonIndex(const PolygonIndex&) = delete;
  PolygonIndex& operator=(const PolygonIndex&) = delete;

  // Indices of the features holding p, ascending (none for a NaN point).
  void containing(glm::dvec2 p, std::vector<uint32_t>& hits) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace ps::geometry
