#pragma once
// Limits a feature's geometry must meet before it reaches the expensive
// libraries (GEOS validity and repair, the GLU tessellator, the label
// search), checked in one linear pass over its vertices:
//  - every coordinate finite and inside the CRS's area of use (geo/area_of_use.h);
//  - each polygon within geometry::TriangulationLimits (holes, vertices);
//  - at most kMaxFeatureVertices vertices in the whole feature.
// Internal to io/ (io/ogr_geometry.h applies it).
#include <cstddef>
#include <optional>
#include <string>

#include "geo/area_of_use.h"

class OGRGeometry;

namespace ps::io {

struct GeometryBudget {
  static constexpr size_t kMaxFeatureVertices = 1000000;
};

// Why `g` (linear: points, line strings, polygons and their collections) is
// refused ("too complex to triangulate in budget: 1200 holes (limit 1000)",
// "coordinate (1e+308, 0) outside the CRS's area of use ..."), or "".
std::string geometryBudgetProblem(const OGRGeometry* g, const std::optional<geo::CoordBox>& box);

}  // namespace ps::io
