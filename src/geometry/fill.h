#pragma once
// Flat fills: every part of every Polygon feature triangulated at ground level.
//
// Contract: `out` is cleared, then filled (its capacity is reused). Vertices
// are in `frame`'s local metres and carry their feature's row in `t`;
// out.featureCount = t.size(). Point, Line and None features are skipped, as
// are degenerate parts (see triangulate.h). Pure and deterministic; safe to
// call from any thread with distinct outputs.
#include "core/feature_table.h"
#include "geometry/buckets.h"

namespace ps::geometry {

void buildFill(const FeatureTable& t, const LocalFrame& frame, FillBucket& out);

}  // namespace ps::geometry
