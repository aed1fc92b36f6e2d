#pragma once
// Label anchors: the pole of inaccessibility of a polygon, the interior point
// farthest from its boundary, so a label sits well inside even a C-shaped
// district. Algorithm: Mapbox's polylabel (V. Agafonkin, 2016,
// https://github.com/mapbox/polylabel): quadtree cells in a best-first queue
// ordered by the best distance a cell could contain.
#include <cstddef>

#include <glm/vec2.hpp>

#include "core/feature_table.h"

namespace ps::geo {

// Pole of inaccessibility of polygon part `part` of `g` (shell + holes), to
// within `precision` (coordinate units; use a projected CRS). `distance`, when
// given, receives the point's distance to the boundary.
glm::dvec2 poleOfInaccessibility(const GeometryColumn& g, size_t part, double precision, double* distance = nullptr);

// Signed area of one polygon part (shell minus holes), coordinate units squared.
double partArea(const GeometryColumn& g, size_t part);

}  // namespace ps::geo
