#include <algorithm>
#include <vector>

#include <imgui.h>

#include "viewer/map_view.h"
#include "viewer/measure.h"

namespace ps::viewer {
namespace {

ImU32 toU32(const Rgba& c, float alphaMul = 1.0f) {
  return ImGui::ColorConvertFloat4ToU32(ImVec4(c.r, c.g, c.b, std::clamp(c.a * alphaMul, 0.0f, 1.0f)));
}

class SketchMapView final : public MapView {
 public:
  PrepareFn preparer() const override {
    return [](const data::SceneData&) -> std::shared_ptr<void> { return nullptr; };
  }
  void setScene(const ViewerState&, std::shared_ptr<void>) override {}
  void setStyles(const ViewerState&) override {}
  void updateLayer(const ViewerState&, uint32_t) override {}  // draws straight from the tables
  const char* name() const override { return "sketch"; }

  void draw(const ViewerState& s, glm::ivec2, glm::dvec2 window) override {
    if (!s.data) return;
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    const glm::dmat4 vp = s.camera.projD(window.x / window.y) * s.camera.viewD();
    const glm::dvec2 origin = s.data->frame.origin;
    auto proj = [&](glm::dvec3 p, ImVec2& out) {
      glm::dvec4 q = vp * glm::dvec4(p, 1.0);
      if (q.w <= 1e-6) return false;
      out = ImVec2(static_cast<float>((q.x / q.w * 0.5 + 0.5) * window.x),
                   static_cast<float>((0.5 - q.y / q.w * 0.5) * window.y));
      return true;
    };
    std::vector<ImVec2> pts;
    for (uint32_t li : s.order) {
      const auto& L = s.data->layers[li];
      if (!L.spec->visible || L.spec->kind == LayerKind::Label) continue;
      const GeometryColumn& g = L.table.geom;
      const auto& vis = s.visuals[li];
      for (size_t f = 0; f < g.featureCount(); ++f) {
        const FeatureVisual& v = vis[f];
        if (v.flags & kHidden) continue;
        float alpha = (v.flags & kFaded) ? 0.15f : 1.0f;
        Rgba c = v.color;
        if (v.flags & kSelected) c = {1.0f, 0.85f, 0.0f, 1.0f};
        else if (v.flags & kHighlighted) c = {0.1f, 0.6f, 1.0f, 1.0f};
        const float width = (v.flags & (kSelected | kHighlighted)) ? 3.0f : 1.2f;
        for (uint32_t part = g.featurePart[f]; part < g.featurePart[f + 1]; ++part)
          for (uint32_t r = g.partRing[part]; r < g.partRing[part + 1]; ++r) {
            const uint32_t b = g.ringCoord[r], e = g.ringCoord[r + 1];
            if (g.kind[f] == GeomKind::Point) {
              ImVec2 p;
              if (proj({g.coords[b] - origin, 0.0}, p))
                dl->AddCircleFilled(p, L.spec->style.pointSize * 0.5f, toU32(c, alpha), 12);
              continue;
            }
            const bool closed = g.kind[f] == GeomKind::Polygon;
            const double z = v.base + v.height;
            pts.clear();
            bool ok = true;
            for (uint32_t k = b; k < e && ok; ++k) {
              ImVec2 p;
              ok = proj({g.coords[k] - origin, z}, p);
              pts.push_back(p);
            }
            if (!ok || pts.size() < 2) continue;
            dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), toU32(c, alpha),
                            closed ? ImDrawFlags_Closed : ImDrawFlags_None, width);
            if (v.height > 0)
              for (uint32_t k = b; k < e; ++k) {
                ImVec2 lo;
                if (proj({g.coords[k] - origin, v.base}, lo)) dl->AddLine(lo, pts[k - b], toU32(c, alpha * 0.7f), 1.0f);
              }
          }
      }
    }
    if (!s.measure.active) return;
    // The measure drawing (viewer/measure.h) over everything.
    const FeatureTable shape = measureShape(s.measure);
    const GeometryColumn& g = shape.geom;
    for (size_t f = 0; f < g.featureCount(); ++f)
      for (uint32_t part = g.featurePart[f]; part < g.featurePart[f + 1]; ++part)
        for (uint32_t r = g.partRing[part]; r < g.partRing[part + 1]; ++r) {
          pts.clear();
          for (uint32_t k = g.ringCoord[r]; k < g.ringCoord[r + 1]; ++k) {
            ImVec2 p;
            if (proj({g.coords[k] - origin, 0.5}, p)) pts.push_back(p);
          }
          const ImU32 ink = f == 1 ? IM_COL32(215, 48, 39, 150) : IM_COL32(215, 48, 39, 255);
          if (g.kind[f] == GeomKind::Point && !pts.empty()) dl->AddCircleFilled(pts[0], 4.5f, ink, 12);
          else if (pts.size() >= 2)
            dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), ink,
                            g.kind[f] == GeomKind::Polygon ? ImDrawFlags_Closed : ImDrawFlags_None, 3.0f);
        }
  }
};

}  // namespace

std::unique_ptr<MapView> makeSketchMapView() { return std::make_unique<SketchMapView>(); }

}  // namespace ps::viewer
