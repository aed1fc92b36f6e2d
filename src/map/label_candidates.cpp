#include "map/label_candidates.h"

#include <cmath>

#include "geometry/label_anchor.h"
#include "scene/style_eval.h"

namespace ps::map {

bool layerLabelled(const LayerSpec& spec, bool visible, double cameraDistance) {
  if (!visible) return false;
  if (cameraDistance <= 0) return true;
  if (spec.style.labelMaxDistance > 0 && cameraDistance > spec.style.labelMaxDistance) return false;
  return cameraDistance >= spec.minDistance && (spec.maxDistance <= 0 || cameraDistance < spec.maxDistance);
}

std::string approximateLabelMark(const LayerSpec& spec, Lang lang) {
  if (!spec.approximate || spec.kind != LayerKind::Fill) return "";
  return lang == Lang::Zh ? "(示意)" : " (approx.)";
}

std::vector<LabelCandidate> buildLabelCandidates(const data::SceneData& data, Lang lang) {
  std::vector<LabelCandidate> out;
  const size_t n = data.layers.size();
  for (size_t li = 0; li < n; ++li) {
    const data::LoadedLayer& l = data.layers[li];
    const LayerSpec& spec = *l.spec;
    if (spec.kind == LayerKind::Ring || spec.kind == LayerKind::Line || spec.kind == LayerKind::Extrusion) continue;
    std::string field = spec.labelField;
    if (lang == Lang::En && !spec.fields.nameEn.empty()) field = spec.fields.nameEn;
    if (field.empty()) field = spec.fields.name;
    if (field.empty()) continue;
    const Column* col = resolveField(l.table, spec.fields, field);
    if (!col) continue;
    // File order (the first layer's labels win), raised by the style's label_priority.
    const int priority = 1000 - static_cast<int>(li) * 10 + spec.style.labelPriority * 100000;
    for (size_t f = 0; f < l.table.size(); ++f) {
      std::string text = col->asString(f);
      if (text.empty() || l.table.geom.kind[f] == GeomKind::None) continue;
      const glm::dvec2 a = geometry::labelAnchor(l.table.geom, f);
      if (!std::isfinite(a.x) || !std::isfinite(a.y)) continue;
      LabelCandidate c;
      c.layer = static_cast<uint32_t>(li);
      c.row = static_cast<uint32_t>(f);
      c.anchor = glm::dvec3(glm::dvec2(data.frame.toLocal(a)), 0.0);
      c.text = std::move(text) + approximateLabelMark(spec, lang);
      c.sizePx = spec.style.labelSize;
      c.color = toU8(spec.style.labelColor);
      c.halo = toU8(spec.style.haloColor);
      c.priority = priority;
      if (spec.kind == LayerKind::Point) c.offsetPx = {0.0f, -(spec.style.pointSize * 0.5f + spec.style.labelSize * 0.75f)};
      out.push_back(std::move(c));
    }
  }
  return out;
}

}  // namespace ps::map
