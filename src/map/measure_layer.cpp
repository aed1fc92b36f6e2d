#include "map/measure_layer.h"

#include <vector>

#include "geometry/fill.h"
#include "geometry/outline.h"
#include "geometry/points.h"

namespace ps::map {
namespace {

constexpr int kOrderAboveScene = 1 << 20;
const glm::u8vec4 kInk{215, 48, 39, 255};      // the drawing, its vertices and its area (at the fill layer's opacity)
const glm::u8vec4 kBand{215, 48, 39, 150};     // the rubber band

std::vector<render::FeatureStyle> styles(size_t n) {
  std::vector<render::FeatureStyle> st(n);
  for (size_t i = 0; i < n; ++i) {
    st[i].color = i == 1 ? kBand : kInk;
    st[i].base = 0.5f;  // just above the ground fills
  }
  return st;
}

}  // namespace

void uploadMeasure(render::Renderer& r, const FeatureTable& shape, const LocalFrame& frame, MeasureHandles& h) {
  for (render::LayerId id : {h.fill, h.lines, h.points})
    if (id) r.removeLayer(id);
  h = {};
  const size_t n = shape.size();
  if (n == 0) return;
  FillBucket fill;
  geometry::buildFill(shape, frame, fill);
  LineBucket lines;
  geometry::buildOutlines(shape, frame, false, lines);
  PointBucket points;
  geometry::buildPoints(shape, frame, points);
  const std::vector<render::FeatureStyle> st = styles(n);
  auto place = [&](render::LayerId id, int order, auto&& adjust) {
    r.setFeatureStyle(id, st);
    render::LayerParams p = r.layerParams(id);
    p.order = kOrderAboveScene + order;
    adjust(p);
    r.setLayerParams(id, p);
    return id;
  };
  if (!fill.indices.empty()) h.fill = place(r.addFill(fill), 0, [](render::LayerParams& p) { p.opacity = 0.18f; });
  if (!lines.indices.empty()) h.lines = place(r.addLines(lines), 1, [](render::LayerParams& p) { p.lineWidthPx = 3.0f; });
  if (!points.points.empty()) h.points = place(r.addPoints(points), 2, [](render::LayerParams& p) { p.pointSizePx = 9.0f; });
}

}  // namespace ps::map
