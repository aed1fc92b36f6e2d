#pragma once
// Screen-space-width lines: polygon rings (closed) and line strings (open) as
// one quad per segment, in the LineVertex format of buckets.h.
//
// Contract: `out` is cleared, then filled; out.featureCount = t.size().
//  - Per segment a -> b: 4 vertices {a,b,+1}, {a,b,-1}, {b,a,+1}, {b,a,-1}
//    (pos, other, side; side is relative to pos -> other, so the quad's left
//    edge is vertices 0 and 3) and 6 indices, two triangles counter-clockwise
//    once extruded by the shader.
//  - Polygon rings get the closing segment last -> first; lines do not.
//  - Segments whose ends coincide in float local metres are skipped (the
//    shader could not compute a direction for them).
//  - along: metres from the ring's (line's) first vertex to the segment's
//    start on its start vertices (0, 1), minus the distance to its end on its
//    end vertices (2, 3); dashed lines use it (the renderer's LayerParams::dashPx).
//  - onRoof: top = 1 on every vertex so outlines trace the roofs of
//    extrusions; otherwise top = 0 (ground). Point features are skipped.
// Pure and deterministic.
#include "core/feature_table.h"
#include "geometry/buckets.h"

namespace ps::geometry {

void buildOutlines(const FeatureTable& t, const LocalFrame& frame, bool onRoof, LineBucket& out);

}  // namespace ps::geometry
