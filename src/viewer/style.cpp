#include "viewer/style.h"

#include "scene/style_eval.h"

namespace ps::viewer {

void computeVisuals(const data::LoadedLayer& layer, std::vector<FeatureVisual>& out) {
  EvaluatedStyle ev;
  evaluateStyle(*layer.spec, layer.table, ev);
  const size_t n = layer.table.size();
  out.resize(n);
  for (size_t row = 0; row < n; ++row) {
    FeatureVisual& v = out[row];
    if (row < ev.color.size()) v.color = Rgba(ev.color[row]) / 255.0f;
    v.base = 0;
    v.height = row < ev.height.size() ? ev.height[row] : 0.0f;
  }
}

void applyFlags(uint32_t layerIndex, const std::vector<uint8_t>& filterPass, bool hideFiltered,
                const std::vector<FeatureRef>& selection, const std::optional<FeatureRef>& hover,
                std::vector<FeatureVisual>& visuals) {
  for (size_t row = 0; row < visuals.size(); ++row) {
    uint8_t f = 0;
    if (row < filterPass.size() && !filterPass[row]) f |= hideFiltered ? kHidden : kFaded;
    visuals[row].flags = f;
  }
  for (const FeatureRef& s : selection)
    if (s.layer == layerIndex && s.row < visuals.size()) visuals[s.row].flags |= kSelected;
  if (hover && hover->layer == layerIndex && hover->row < visuals.size()) visuals[hover->row].flags |= kHighlighted;
}

std::string unitKeyFor(const LayerSpec& spec, const std::string& column) {
  const FieldRoles& r = spec.fields;
  if (column.empty()) return {};
  if (column == r.gfa || column == r.vacant || column == "gfa" || column == "vacant") return "unit.m2";
  if (column == r.occupancy || column == "occupancy") return "unit.ratio";
  if (column == r.height || column == "height") return "unit.m";
  if (column == r.floors || column == "floors") return "unit.floors";
  return {};
}

}  // namespace ps::viewer
