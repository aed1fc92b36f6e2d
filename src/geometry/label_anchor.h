#pragma once
// Where to put a feature's label.
//  - Polygon: the pole of inaccessibility of its largest part (by area), the
//    interior point farthest from any edge, found to ~1% of the part's bounding
//    box (the "polylabel" idea published by Mapbox, 2016: best-first search over
//    quad-tree cells bounded by distance + cell radius). Inside the part
//    whenever the part is thicker than that precision somewhere; a zero-area
//    part gives its bounding-box centre.
//  - Line: the point halfway along the longest part (by length); for evenly
//    spaced vertices that is the middle vertex.
//  - Point: the first point.
//  - None / no coordinates: (NaN, NaN).
// Pure and deterministic.
#include <cstddef>

#include <glm/vec2.hpp>

#include "core/feature_table.h"

namespace ps::geometry {

glm::dvec2 labelAnchor(const GeometryColumn& col, size_t feature);

// The same search on one polygon part, with an explicit precision (CRS units).
// `distance` (optional) receives the anchor's distance to the nearest edge,
// `cellsVisited` (optional) the number of cells the search evaluated. The
// search is bounded whatever the shape (at most 4096 initial cells along the
// long side, about 5e7 point-to-edge distances and 2^18 cells in all: best
// found so far then); a non-finite coordinate in any of its rings gives
// (NaN, NaN), one beyond 1e150 (squared distances overflow) the box centre.
glm::dvec2 poleOfInaccessibility(const GeometryColumn& col, uint32_t part, double precision, double* distance = nullptr,
                                 size_t* cellsVisited = nullptr);

}  // namespace ps::geometry
