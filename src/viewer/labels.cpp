#include "viewer/labels.h"

#include <algorithm>

#include "map/label_placement.h"

namespace ps::viewer {

namespace {

uint32_t abgr(glm::u8vec4 c) {
  return uint32_t(c.r) | uint32_t(c.g) << 8 | uint32_t(c.b) << 16 | uint32_t(c.a) << 24;
}

}  // namespace

std::vector<LayoutRect> labelBlockers(const ViewerState& s) {
  std::vector<LayoutRect> out;
  const LayoutState& L = s.layout;
  for (size_t i = 0; i < L.occupied.size() && i < L.occupiedNames.size(); ++i) {
    const std::string& n = L.occupiedNames[i];
    if (n.starts_with("##toast") || n.starts_with("##Tooltip") || n.starts_with("##Popup")) continue;
    out.push_back(L.occupied[i]);
  }
  return out;
}

void placeLabels(const ViewerState& s, const PickIndex& index, const std::vector<map::LabelCandidate>& cands,
                 glm::dvec2 viewport, const MeasureFn& measure, bool testOcclusion,
                 std::vector<PlacedLabel>& out) {
  out.clear();
  if (!s.data) return;
  const glm::dvec3 eye = s.camera.eyeD();
  auto eligible = [&](size_t i) {
    const map::LabelCandidate& c = cands[i];
    if (c.layer >= s.data->layers.size()) return false;
    const LayerSpec& spec = *s.data->layers[c.layer].spec;
    if (!map::layerLabelled(spec, spec.visible, s.camera.distance)) return false;
    return !(c.layer < s.visuals.size() && c.row < s.visuals[c.layer].size() &&
             (s.visuals[c.layer][c.row].flags & (kHidden | kFaded)));
  };
  const std::vector<LayoutRect> blockers = labelBlockers(s);
  auto box = [&](size_t i, glm::dvec2 a) -> std::optional<map::LabelBox> {
    const glm::vec2 size = measure(cands[i].text, cands[i].sizePx >= kLargeLabelPx) + glm::vec2(8, 4);
    const glm::vec2 p(a);
    const glm::vec4 b(p.x - size.x * 0.5f, p.y - size.y * 0.5f, p.x + size.x * 0.5f, p.y + size.y * 0.5f);
    for (const LayoutRect& r : blockers)
      if (b.x < r.right() && r.x < b.z && b.y < r.bottom() && r.y < b.w) return std::nullopt;
    return map::LabelBox{b, p};
  };
  auto occluded = [&](size_t i) {
    const glm::dvec3 d = cands[i].anchor + glm::dvec3(0, 0, 2.0) - eye;
    const double len = glm::length(d);
    return firstExtrusionHit(s, index, {eye, d / len}, len * 0.999).has_value();
  };
  const glm::ivec2 vp(static_cast<int>(viewport.x), static_cast<int>(viewport.y));
  for (const map::PlacedLabel& p : map::placeLabels(cands, s.camera, vp, box, eligible,
                                                    testOcclusion ? map::LabelTestFn(occluded) : map::LabelTestFn())) {
    const map::LabelCandidate& c = cands[p.candidate];
    PlacedLabel pl;
    pl.text = c.text;
    pl.pos = p.origin;
    pl.large = c.sizePx >= kLargeLabelPx;
    pl.color = abgr(c.color);
    pl.halo = abgr(c.halo);
    out.push_back(std::move(pl));
  }
}

}  // namespace ps::viewer
