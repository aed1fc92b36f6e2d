#pragma once
// Planar ring helpers on FeatureTable geometry (rings open, polygon parts as
// in feature_table.h): signed ring area, point-in-ring, polygon area. Exact
// Euclidean arithmetic: no geodesics, no GEOS.
#include <cstddef>
#include <limits>

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

// An axis-aligned box; empty (min > max) until a point is added.
struct Box {
  glm::dvec2 min{std::numeric_limits<double>::infinity()};
  glm::dvec2 max{-std::numeric_limits<double>::infinity()};
  bool empty() const { return min.x > max.x || min.y > max.y; }
  void add(const glm::dvec2& p);
  // Euclidean distance from p to the box (0 inside).
  double distance(const glm::dvec2& p) const;
};

// Bounding box of one feature (empty when it has no coordinates).
Box featureBounds(const GeometryColumn& col, size_t feature);

// Even-odd point-in-polygon over every ring of every part of a Polygon
// feature (rings under 3 vertices ignored). Other kinds: false.
bool containsPoint(const GeometryColumn& col, size_t feature, const glm::dvec2& p);

// Euclidean distance from p to the feature: 0 inside a polygon (even-odd over
// its rings), else the distance to the nearest ring/line segment or point.
// +infinity for a feature without coordinates.
double distanceToFeature(const GeometryColumn& col, size_t feature, const glm::dvec2& p);

}  // namespace ps::geometry
