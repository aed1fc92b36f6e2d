#pragma once
// GEOS as the reference the analysis tests compare against, through the one
// wrapper (geometry/geos_convert.h), with ownership taken at once.
#include <glm/vec2.hpp>

#include "geometry/geos_convert.h"

namespace gx {

using ps::geometry::GeosContext;
using GeosGeom = ps::geometry::GeosPtr;

inline GeosGeom geos(const GeosContext& ctx, const ps::GeometryColumn& col, size_t f) {
  return ps::geometry::own(ctx, ps::geometry::toGeos(ctx, col, f));
}
inline GeosGeom point(const GeosContext& ctx, glm::dvec2 p) {
  return ps::geometry::own(ctx, GEOSGeom_createPointFromXY_r(ctx, p.x, p.y));
}
inline GeosGeom own(const GeosContext& ctx, GEOSGeometry* g) { return ps::geometry::own(ctx, g); }

}  // namespace gx
