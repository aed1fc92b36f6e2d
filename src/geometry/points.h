#pragma once
// Point instances: one PointInstance per point of every Point feature
// (multi-points give several, all tagged with the same feature row).
//
// Contract: `out` is cleared, then filled; out.featureCount = t.size().
// Line, Polygon and None features are skipped (their label anchors come from
// label_anchor.h). Pure and deterministic.
#include "core/feature_table.h"
#include "geometry/buckets.h"

namespace ps::geometry {

void buildPoints(const FeatureTable& t, const LocalFrame& frame, PointBucket& out);

}  // namespace ps::geometry
