#pragma once
// Clipping polygons to a mask: each Polygon feature of `subjects` intersected
// with Polygon feature `maskFeature` of `mask` (GEOS overlay, same CRS, planar).
// Used to keep drawn outlines (the sample's lead-zone sketches) inside the
// municipality. Pure; owns its GEOS context.
#include <cstddef>

#include "core/feature_table.h"

namespace ps::geometry {

// One output feature per input feature, in order: the intersection as a
// Polygon feature (several parts when the mask cuts a shape in two), or a None
// feature when nothing is left or the input is not a polygon. Invalid inputs
// are repaired (MakeValid) before the overlay. Throws ps::Error when GEOS fails.
GeometryColumn clipPolygons(const GeometryColumn& subjects, const GeometryColumn& mask, size_t maskFeature);

}  // namespace ps::geometry
