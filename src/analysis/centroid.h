#pragma once
// Representative points of features, computed straight from the columnar
// geometry (no GEOS round trip: a million buildings take milliseconds).
//
// Polygon: area-weighted centroid of all parts, holes subtracted (the same
// point GEOSGetCentroid returns). Degenerate polygons (zero area) fall back to
// the mean of their vertices. Line: mean of vertices. Point: the first point.
// None / empty: NaN, NaN.
#include <cstddef>
#include <vector>

#include <glm/vec2.hpp>

#include "core/feature_table.h"

namespace ps::analysis {

glm::dvec2 featureCentroid(const GeometryColumn& geom, size_t feature);
// out[i] = featureCentroid(geom, i) for every feature; out is resized.
void featureCentroids(const GeometryColumn& geom, std::vector<glm::dvec2>& out);

}  // namespace ps::analysis
