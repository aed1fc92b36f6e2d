#pragma once
// The outline of a cloud of points as an area: hull (concave via
// GEOSConcaveHull_r, GEOS >= 3.11, holes never allowed; or convex), buffered
// so a single row of points is still an area and the outline clears what
// stands on the points. The label anchor is GEOSPointOnSurface of that area,
// so it always lies inside. Pure; each call owns its GEOS context.
#include <span>

#include <glm/vec2.hpp>

#include "core/feature_table.h"

namespace ps::geometry {

struct HullOptions {
  bool concave = true;
  double concaveRatio = 0.3;  // 0 = tightest, 1 = convex
  double buffer = 60;         // CRS units; at least 0.01 is used
};

// Appends the area as one Polygon feature and returns true, with `anchor`
// set (NaN when GEOS finds no point on the surface). A concave hull GEOS
// refuses falls back to the convex one. Returns false, appending nothing,
// when GEOS cannot make an area of the points.
bool appendPointHull(std::span<const glm::dvec2> points, const HullOptions& options, GeometryColumn& out,
                     glm::dvec2& anchor);

}  // namespace ps::geometry
