#pragma once
// Planar geometry on FeatureTable features, in a projected (metre) CRS.
// Exact Euclidean distances: no geodesics, no GEOS. Polygon parts follow
// feature_table.h (ring 0 the shell, the others holes, rings open).
#include <cstddef>

#include <glm/vec2.hpp>

#include "core/feature_table.h"

namespace ps::siting {

struct Box {
  glm::dvec2 lo{0.0, 0.0}, hi{-1.0, -1.0};  // empty when lo > hi
  bool empty() const { return lo.x > hi.x || lo.y > hi.y; }
  void add(const glm::dvec2& p);
  // Distance from p to the box (0 inside).
  double distance(const glm::dvec2& p) const;
};

Box featureBox(const GeometryColumn& g, size_t feature);

// A representative point: the area-weighted centroid of the feature's largest
// polygon part when that lies inside it, else the part's first vertex-free
// interior guess (midpoint of a horizontal chord); points and lines: first coord.
glm::dvec2 featureAnchor(const GeometryColumn& g, size_t feature);

// Even-odd point-in-polygon over every ring of every part of the feature.
// Non-polygons: false.
bool containsPoint(const GeometryColumn& g, size_t feature, const glm::dvec2& p);

// Distance from p to the feature: 0 inside a polygon, else the distance to the
// nearest edge / vertex. Polygon area of a feature (shells minus holes), m².
double distanceToFeature(const GeometryColumn& g, size_t feature, const glm::dvec2& p);
double featureArea(const GeometryColumn& g, size_t feature);

}  // namespace ps::siting
