// MapView on the GPU renderer (src/render): buckets built once per scene
// (geometry::), per-feature styles uploaded on every style revision (no
// re-triangulation), the viewer's camera converted to render's OrbitCamera.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/map_view.h"
#include "camera/orbit_camera.h"
#include "geometry/extrude.h"
#include "geometry/fill.h"
#include "geometry/outline.h"
#include "geometry/points.h"
#include "render/renderer.h"

namespace ps::viewer {
namespace {

struct LayerIds {
  render::LayerId main = 0;     // fill, extrusion, line or point layer
  render::LayerId outline = 0;  // outlines of fills / extrusions, if styled
};

uint32_t flagsOf(uint8_t f) {
  uint32_t r = 0;
  if (f & kHidden) r |= render::kFeatureHidden;
  if (f & kHighlighted) r |= render::kFeatureHighlighted;
  if (f & kSelected) r |= render::kFeatureSelected;
  if (f & kFaded) r |= render::kFeatureFaded;
  return r;
}

glm::u8vec4 u8(const Rgba& c) {
  auto b = [](float v) { return static_cast<uint8_t>(std::lround(std::clamp(v, 0.0f, 1.0f) * 255.0f)); };
  return {b(c.r), b(c.g), b(c.b), b(c.a)};
}

class GpuMapView final : public MapView {
 public:
  const char* name() const override { return "gpu"; }

  struct Prepared {
    struct Layer {
      FillBucket fill;
      ExtrusionBucket extrusion;
      LineBucket lines, outline;
      PointBucket points;
    };
    std::vector<Layer> layers;
  };

  std::shared_ptr<void> prepare(const app::SceneData& d) const override {
    auto p = std::make_shared<Prepared>();
    p->layers.resize(d.layers.size());
    for (size_t li = 0; li < d.layers.size(); ++li) {
      const auto& L = d.layers[li];
      const LayerSpec& spec = *L.spec;
      auto& out = p->layers[li];
      switch (spec.kind) {
        case LayerKind::Fill:
        case LayerKind::Ring: geometry::buildFill(L.table, d.frame, out.fill); break;  // rings: buffer polygons after loading
        case LayerKind::Extrusion: geometry::buildExtrusion(L.table, d.frame, out.extrusion); break;
        case LayerKind::Line: geometry::buildOutlines(L.table, d.frame, false, out.lines); break;
        case LayerKind::Point: geometry::buildPoints(L.table, d.frame, out.points); break;
        case LayerKind::Label: break;
      }
      if (spec.style.outline && spec.kind != LayerKind::Line && spec.kind != LayerKind::Point && spec.kind != LayerKind::Label)
        geometry::buildOutlines(L.table, d.frame, spec.kind == LayerKind::Extrusion, out.outline);
    }
    return p;
  }

  void setScene(const ViewerState& s, std::shared_ptr<void> prepared) override {
    if (!prepared) prepared = prepare(*s.data);
    const auto& p = *static_cast<const Prepared*>(prepared.get());
    r_.clear();
    ids_.assign(s.data->layers.size(), {});
    for (size_t li = 0; li < s.data->layers.size() && li < p.layers.size(); ++li) {
      const LayerSpec& spec = *s.data->layers[li].spec;
      const auto& b = p.layers[li];
      LayerIds& id = ids_[li];
      switch (spec.kind) {
        case LayerKind::Fill:
        case LayerKind::Ring: id.main = r_.addFill(b.fill); break;
        case LayerKind::Extrusion: id.main = r_.addExtrusion(b.extrusion); break;
        case LayerKind::Line: id.main = r_.addLines(b.lines); break;
        case LayerKind::Point: id.main = r_.addPoints(b.points); break;
        case LayerKind::Label: break;
      }
      if (!b.outline.vertices.empty()) id.outline = r_.addLines(b.outline);
    }
  }

  void setStyles(const ViewerState& s) override {
    if (ids_.size() != s.data->layers.size()) return;
    std::vector<int> orderOf(s.data->layers.size(), 0);
    for (size_t k = 0; k < s.order.size(); ++k) orderOf[s.order[k]] = static_cast<int>(k);
    for (size_t li = 0; li < ids_.size(); ++li) {
      const LayerSpec& spec = *s.data->layers[li].spec;
      const auto& vis = s.visuals[li];
      const float opacity = std::clamp(spec.style.opacity, 0.0f, 1.0f);
      styles_.resize(vis.size());
      for (size_t f = 0; f < vis.size(); ++f) {
        Rgba c = vis[f].color;
        // evaluateStyle folded the layer opacity into alpha; the renderer applies it per layer.
        if (opacity > 0) c.a = std::min(1.0f, c.a / opacity);
        styles_[f] = {u8(c), vis[f].base, vis[f].height, flagsOf(vis[f].flags)};
      }
      render::LayerParams p;
      p.visible = spec.visible;
      p.opacity = opacity;
      p.order = orderOf[li] * 2;
      p.pointSizePx = spec.style.pointSize;
      p.lineWidthPx = spec.kind == LayerKind::Line ? spec.style.outlineWidth * 1.5f : spec.style.outlineWidth;
      if (ids_[li].main) {
        r_.setFeatureStyle(ids_[li].main, styles_);
        r_.setLayerParams(ids_[li].main, p);
      }
      if (ids_[li].outline) {
        const glm::u8vec4 oc = u8(*spec.style.outline);
        for (auto& st : styles_)
          if (!(st.flags & (render::kFeatureSelected | render::kFeatureHighlighted))) st.color = oc;
        r_.setFeatureStyle(ids_[li].outline, styles_);
        p.order = orderOf[li] * 2 + 1;
        r_.setLayerParams(ids_[li].outline, p);
      }
    }
  }

  void draw(const ViewerState& s, glm::ivec2 fb, glm::dvec2) override {
    OrbitCamera cam;
    cam.center = s.camera.target;
    cam.distance = s.camera.distance;
    cam.pitchDeg = std::min(s.camera.pitch, 89.0);
    cam.bearingDeg = s.camera.bearing;
    cam.fovYDeg = s.camera.fovY;
    r_.draw(cam, fb.x, fb.y, s.data->scene.background);
  }

 private:
  render::Renderer r_;
  std::vector<LayerIds> ids_;
  std::vector<render::FeatureStyle> styles_;
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
