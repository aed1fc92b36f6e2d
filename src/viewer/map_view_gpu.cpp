// MapView on the GPU renderer (src/render) through app/map_builder, the same
// bucket building, upload and styling `parkscape render` uses, so the viewer
// and the headless renders draw a scene alike. Buckets are built on the
// loading worker (prepare), uploaded once (setScene); styles are re-uploaded
// per style revision without re-triangulating.
#include <cstdio>

#include "map/map_builder.h"
#include "viewer/map_view.h"

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

class GpuMapView final : public MapView {
 public:
  const char* name() const override { return "gpu"; }

  std::shared_ptr<void> prepare(const data::SceneData& d) const override {
    auto p = std::make_shared<std::vector<map::LayerBuckets>>();
    p->reserve(d.layers.size());
    for (const auto& L : d.layers) p->push_back(map::buildLayerBuckets(L, d.frame));
    return p;
  }

  void setScene(const ViewerState& s, std::shared_ptr<void> prepared) override {
    if (!prepared) prepared = prepare(*s.data);
    const auto& buckets = *static_cast<const std::vector<map::LayerBuckets>*>(prepared.get());
    r_.clear();
    handles_.assign(s.data->layers.size(), {});
    for (size_t li = 0; li < buckets.size() && li < handles_.size(); ++li)
      handles_[li] = map::uploadLayer(r_, buckets[li], static_cast<int>(li));
  }

  void updateLayer(const ViewerState& s, uint32_t li) override {
    if (li >= handles_.size() || li >= s.data->layers.size()) return;
    map::LayerHandles& h = handles_[li];
    for (render::LayerId id : {h.body, h.outline, h.lod, h.vacant})
      if (id) r_.removeLayer(id);
    h = map::uploadLayer(r_, map::buildLayerBuckets(s.data->layers[li], s.data->frame), static_cast<int>(li));
  }

  void setStyles(const ViewerState& s) override {
    if (handles_.size() != s.data->layers.size()) return;
    for (size_t k = 0; k < s.order.size(); ++k) {
      const uint32_t li = s.order[k];
      const auto& L = s.data->layers[li];
      const auto& vis = s.visuals[li];
      style_.color.resize(vis.size());
      style_.height.resize(vis.size());
      flags_.resize(vis.size());
      for (size_t f = 0; f < vis.size(); ++f) {
        style_.color[f] = toU8(vis[f].color);
        style_.height[f] = vis[f].height;
        flags_[f] = flagsOf(vis[f].flags);
      }
      const map::LayerHandles& h = handles_[li];
      map::applyLayerStyle(r_, h, L, style_, flags_, L.spec->visible, s.time.quarter);
      // Draw order follows the layers panel.
      for (render::LayerId id : {h.body, h.outline, h.lod})
        if (id) {
          render::LayerParams p = r_.layerParams(id);
          p.order = static_cast<int>(k) * 2 + (id == h.outline ? 1 : 0);
          r_.setLayerParams(id, p);
        }
    }
  }

  void draw(const ViewerState& s, glm::ivec2 fb, glm::dvec2) override {
    r_.draw(s.camera, fb.x, fb.y, s.data->scene.background);
  }

 private:
  render::Renderer r_;
  std::vector<map::LayerHandles> handles_;
  EvaluatedStyle style_;
  std::vector<uint32_t> flags_;
};

}  // namespace

std::unique_ptr<MapView> makeGpuMapView() {
  try {
    return std::make_unique<GpuMapView>();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "parkscape: GPU renderer unavailable (%s); using the sketch view\n", e.what());
    return nullptr;
  }
}

}  // namespace ps::viewer
