#pragma once
// The shortest segment between one feature and the nearest of a set of others
// (GEOS: GEOSDistance / GEOSNearestPoints), planar in the features' CRS units.
// A polygon that contains or touches the other feature is at distance 0.
#include <cstddef>
#include <functional>
#include <optional>

#include <glm/vec2.hpp>

#include "core/feature_table.h"

namespace ps::geometry {

struct NearestHit {
  size_t row = 0;         // in `targets`
  double distance = 0;    // CRS units; 0 when the two intersect
  glm::dvec2 from{0}, to{0};  // the nearest points: on the source feature, on the target
};

// Among the features of `targets` for which keep(row) holds (every one when
// keep is empty), the one nearest feature `row` of `source`; ties go to the
// lower row. nullopt when the source or every kept target has no coordinates.
// Throws ps::Error when GEOS fails.
std::optional<NearestHit> nearestFeature(const GeometryColumn& source, size_t row, const GeometryColumn& targets,
                                         const std::function<bool(size_t)>& keep = {});

}  // namespace ps::geometry
