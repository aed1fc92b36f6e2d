#include "viewer/labels.h"

#include "viewer/feature_text.h"

#include "viewer/style.h"

#include <algorithm>

#include "viewer/search.h"

namespace ps::viewer {

void labelCandidates(const ViewerState& s, const PickIndex& index, std::vector<LabelCandidate>& out) {
  out.clear();
  if (!s.data) return;
  for (uint32_t li = 0; li < s.data->layers.size(); ++li) {
    const auto& L = s.data->layers[li];
    const LayerSpec& spec = *L.spec;
    const std::string kind = kindKeyFor(spec);
    int prio = 0;
    bool large = false;
    if (spec.kind == LayerKind::Label) prio = 50;
    else if (kind == "kind.district") { prio = 100; large = true; }
    else if (kind == "kind.zone") prio = 90;
    else if (kind == "kind.park" && spec.kind != LayerKind::Extrusion) prio = 70;
    else if (kind == "kind.cluster") prio = 60;
    else if (kind == "kind.university") prio = 55;
    else if (spec.kind == LayerKind::Point) prio = 40;
    else continue;
    if (spec.kind == LayerKind::Extrusion || spec.kind == LayerKind::Line || spec.kind == LayerKind::Ring) continue;
    if (spec.kind == LayerKind::Fill && L.table.size() > 500) continue;
    const GeometryColumn& g = L.table.geom;
    for (uint32_t row = 0; row < g.featureCount(); ++row) {
      glm::dvec2 p;
      if (g.kind[row] == GeomKind::Point) {
        p = g.coords[g.ringCoord[g.partRing[g.featurePart[row]]]] - s.data->frame.origin;
      } else {
        const glm::dvec4& b = index.boxes[li][row];
        p = {(b.x + b.z) * 0.5, (b.y + b.w) * 0.5};
      }
      out.push_back({{li, row}, {p, 0.0}, prio, large});
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const LabelCandidate& a, const LabelCandidate& b) { return a.priority > b.priority; });
}

void placeLabels(const ViewerState& s, const PickIndex& index, const std::vector<LabelCandidate>& cands,
                 glm::dvec2 viewport, const MeasureFn& measure, bool testOcclusion,
                 std::vector<PlacedLabel>& out) {
  out.clear();
  if (!s.data) return;
  std::vector<glm::vec4> boxes;  // placed rectangles (x0, y0, x1, y1)
  const glm::dvec3 eye = s.camera.eyeD();
  for (const LabelCandidate& c : cands) {
    const LayerSpec& spec = *s.data->layers[c.ref.layer].spec;
    if (!spec.visible || !layerInRange(spec, s.camera.distance)) continue;
    // The scene decides when small places get names (style.label_max_distance).
    if (spec.style.labelMaxDistance > 0 && s.camera.distance > spec.style.labelMaxDistance) continue;
    if (c.ref.layer < s.visuals.size() && c.ref.row < s.visuals[c.ref.layer].size() &&
        (s.visuals[c.ref.layer][c.ref.row].flags & (kHidden | kFaded)))
      continue;
    auto sp = s.camera.worldToScreen(c.anchor, viewport.x, viewport.y);
    if (!sp || sp->x < 0 || sp->y < 0 || sp->x > viewport.x || sp->y > viewport.y) continue;
    std::string text = featureName(s, c.ref);
    if (text.empty()) continue;
    glm::vec2 size = measure(text, c.large) + glm::vec2(8, 4);
    glm::vec4 box(static_cast<float>(sp->x) - size.x * 0.5f, static_cast<float>(sp->y) - size.y * 0.5f,
                  static_cast<float>(sp->x) + size.x * 0.5f, static_cast<float>(sp->y) + size.y * 0.5f);
    bool overlap = std::any_of(boxes.begin(), boxes.end(), [&](const glm::vec4& b) {
      return box.x < b.z && box.z > b.x && box.y < b.w && box.w > b.y;
    });
    if (overlap) continue;
    if (testOcclusion) {
      glm::dvec3 d = c.anchor + glm::dvec3(0, 0, 2.0) - eye;
      double len = glm::length(d);
      if (firstExtrusionHit(s, index, {eye, d / len}, len * 0.999)) continue;
    }
    boxes.push_back(box);
    PlacedLabel pl;
    pl.text = std::move(text);
    pl.pos = glm::vec2(*sp);
    pl.large = c.large;
    if (c.large) pl.color = 0xFF4A3A2A;  // dark slate (ABGR)
    out.push_back(std::move(pl));
  }
}

}  // namespace ps::viewer
