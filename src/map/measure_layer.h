#pragma once
// The viewer's measure drawing (viewer/measure.h measureShape: the drawing,
// the rubber band, the vertices) on a renderer, above every scene layer, as
// ordinary line, point and translucent fill layers: the same buckets
// (geometry::buildOutlines / buildPoints / buildFill) and passes the scene uses.
#include "core/feature_table.h"
#include "geometry/buckets.h"
#include "render/renderer.h"

namespace ps::map {

struct MeasureHandles {
  render::LayerId fill = 0, lines = 0, points = 0;
};

// Replaces what `h` holds with `shape` (scene CRS; feature 0 the drawing,
// 1 the rubber band, then the vertices); an empty shape removes it all.
void uploadMeasure(render::Renderer& r, const FeatureTable& shape, const LocalFrame& frame, MeasureHandles& h);

}  // namespace ps::map
