#pragma once
// The union of equal discs as one polygon: the drawing of a circle around a
// point, or of several overlapping ones merged (knowledge rings). Pure; each
// call owns its GEOS context.
#include <span>

#include <glm/vec2.hpp>

#include "core/feature_table.h"

namespace ps::geometry {

// Appends one Polygon feature (discs of `radius` with `segmentsPerQuarter`
// segments per quarter circle, at least 1, unioned when there are several)
// and returns true; returns false, appending nothing, when there are no
// centres or GEOS fails.
bool appendDiscUnion(std::span<const glm::dvec2> centres, double radius, int segmentsPerQuarter,
                     GeometryColumn& out);

}  // namespace ps::geometry
