#pragma once
// Extruded prisms for Polygon features: a roof and walls, no floor (the base
// sits on the ground or on whatever lies beneath it).
//
// Heights are not baked in: vertices carry top (0 = base, 1 = roof) and the
// vertex shader computes z = base(feature) + top * height(feature), so heights
// can be restyled or animated without rebuilding (see buckets.h).
//
// Contract: `out` is cleared, then filled; out.featureCount = t.size().
//  - Roof: the part's triangulation (triangulate.h), top = 1, normal +z.
//  - Walls: one quad per ring edge, 4 vertices of its own (bottom-start,
//    bottom-end, top-end, top-start), two triangles, flat outward horizontal
//    normal, counter-clockwise seen from outside. "Outside" means away from
//    the polygon's material: shell walls face out, hole walls face into the
//    hole. The ring's role (shell/hole) decides this, not its stored
//    orientation, so clockwise shells come out right too.
//  - Zero-length edges (also after conversion to float local metres) and
//    zero-area rings produce no walls. Non-polygon features are skipped.
// Pure and deterministic: `threads` (0 = two for large tables when the
// machine has two cores, 1 = the calling thread only) changes the speed, never
// a byte of the output.
#include "core/feature_table.h"
#include "geometry/buckets.h"

namespace ps::geometry {

void buildExtrusion(const FeatureTable& t, const LocalFrame& frame, ExtrusionBucket& out, unsigned threads = 0);

}  // namespace ps::geometry

namespace ps::geometry {

// The roofs of an extrusion as a flat fill (same triangles, top = 1 and an
// upward normal), for drawing far-away buildings as footprints without
// triangulating them a second time.
void roofsAsFill(const ExtrusionBucket& extrusion, FillBucket& out);

}  // namespace ps::geometry
