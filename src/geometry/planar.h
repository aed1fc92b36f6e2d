#pragma once
// Planar ring helpers on FeatureTable geometry (rings open, polygon parts as
// in feature_table.h): signed ring area, point-in-ring, polygon area. Exact
// Euclidean arithmetic: no geodesics, no GEOS.
#include <cstddef>

#include <glm/vec2.hpp>

#include "core/feature_table.h"

namespace ps::geometry {

// Signed area of one open ring (positive when counter-clockwise), summed as a
// fan from the ring's first vertex so large projected coordinates keep their
// precision. 0 under 3 vertices.
double ringSignedArea(const glm::dvec2* ring, size_t n);

// Even-odd crossing test of p against one open ring (a point on the boundary
// may fall either way).
bool pointInRing(const glm::dvec2* ring, size_t n, const glm::dvec2& p);

// Area of a Polygon feature in CRS units² (|shell| - sum |holes|, whatever
// their orientation; parts added). 0 for other kinds.
double polygonArea(const GeometryColumn& col, size_t feature);

}  // namespace ps::geometry
