#include "viewer/state_styles.h"

namespace ps::viewer {
namespace {

uint32_t flagsOf(uint8_t f) {
  uint32_t r = 0;
  if (f & kHidden) r |= render::kFeatureHidden;
  if (f & kHighlighted) r |= render::kFeatureHighlighted;
  if (f & kSelected) r |= render::kFeatureSelected;
  if (f & kFaded) r |= render::kFeatureFaded;
  return r;
}

}  // namespace

void applyStateStyles(render::Renderer& r, const std::vector<map::LayerHandles>& handles, const ViewerState& s) {
  if (!s.data || handles.size() != s.data->layers.size()) return;
  EvaluatedStyle style;
  std::vector<uint32_t> flags;
  for (size_t k = 0; k < s.order.size(); ++k) {
    const uint32_t li = s.order[k];
    const auto& L = s.data->layers[li];
    const auto& vis = s.visuals[li];
    style.color.resize(vis.size());
    style.height.resize(vis.size());
    flags.resize(vis.size());
    for (size_t f = 0; f < vis.size(); ++f) {
      style.color[f] = toU8(vis[f].color);
      style.height[f] = vis[f].height;
      flags[f] = flagsOf(vis[f].flags);
    }
    const map::LayerHandles& h = handles[li];
    map::applyLayerStyle(r, h, L, style, flags, L.spec->visible, s.time.quarter);
    // Draw order follows the layers panel.
    for (render::LayerId id : {h.body, h.outline, h.lod})
      if (id) {
        render::LayerParams p = r.layerParams(id);
        p.order = static_cast<int>(k) * 2 + (id == h.outline ? 1 : 0);
        r.setLayerParams(id, p);
      }
  }
}

}  // namespace ps::viewer
