// MapView on the GPU renderer (src/render) through app/map_builder, the same
// bucket building, upload and styling `parkscape render` uses, so the viewer
// and the headless renders draw a scene alike. Buckets are built on the
// loading worker (prepare), uploaded once (setScene); styles are re-uploaded
// per style revision without re-triangulating.
#include <cstdio>

#include "map/map_builder.h"
#include "map/measure_layer.h"
#include "viewer/map_view.h"
#include "viewer/measure.h"
#include "viewer/state_styles.h"

namespace ps::viewer {
namespace {

std::shared_ptr<void> prepare(const data::SceneData& d) {
  auto p = std::make_shared<std::vector<map::LayerBuckets>>();
  p->reserve(d.layers.size());
  for (const auto& L : d.layers) p->push_back(map::buildLayerBuckets(L, d.frame));
  return p;
}

class GpuMapView final : public MapView {
 public:
  const char* name() const override { return "gpu"; }

  PrepareFn preparer() const override { return &prepare; }

  void setScene(const ViewerState& s, std::shared_ptr<void> prepared) override {
    if (!prepared) prepared = prepare(*s.data);
    const auto& buckets = *static_cast<const std::vector<map::LayerBuckets>*>(prepared.get());
    r_.clear();
    measure_ = {};
    measureRev_ = ~0ull;
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

  void setStyles(const ViewerState& s) override { applyStateStyles(r_, handles_, s); }

  void draw(const ViewerState& s, glm::ivec2 fb, glm::dvec2) override {
    if (measureRev_ != s.measure.revision) {  // the measure drawing, above the scene (viewer/measure.h)
      measureRev_ = s.measure.revision;
      map::uploadMeasure(r_, s.measure.active ? measureShape(s.measure) : FeatureTable{}, s.data->frame, measure_);
    }
    r_.draw(s.camera, fb.x, fb.y, s.data->scene.background);
  }

 private:
  render::Renderer r_;
  std::vector<map::LayerHandles> handles_;
  map::MeasureHandles measure_;
  uint64_t measureRev_ = ~0ull;
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
