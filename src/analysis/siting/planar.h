#pragma once
// The siting candidates' representative point. Boxes, containment,
// distances and areas are geometry/planar.h's.
#include <cstddef>

#include <glm/vec2.hpp>

#include "core/feature_table.h"

namespace ps::siting {

// A representative point: the area-weighted centroid of the feature's largest
// polygon part when that lies inside it, else the part's first vertex-free
// interior guess (midpoint of a horizontal chord); points and lines: first coord.
glm::dvec2 featureAnchor(const GeometryColumn& g, size_t feature);

}  // namespace ps::siting
