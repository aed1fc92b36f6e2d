#pragma once
// Per-feature visuals for the GPU: colour and height from the layer's style
// (scene/style_eval.h, the same rules the legend describes), plus the flag
// bits for filters, selection and hover. Pure; no GL.
#include <optional>
#include <string>
#include <vector>

#include "viewer/state.h"

namespace ps::viewer {

// Fills colour and height for every row from layer.spec->style (flags untouched).
void computeVisuals(const data::LoadedLayer& layer, std::vector<FeatureVisual>& out);

// Sets the flag bits from filter results, selection and hover.
void applyFlags(uint32_t layerIndex, const std::vector<uint8_t>& filterPass, bool hideFiltered,
                const std::vector<FeatureRef>& selection, const std::optional<FeatureRef>& hover,
                std::vector<FeatureVisual>& visuals);

// i18n key of the unit of a column, by the role it plays ("unit.m2", "unit.percent",
// "unit.m", "unit.floors"), or "" when unknown.
std::string unitKeyFor(const LayerSpec& spec, const std::string& column);

// Whether a layer shows at this camera distance (its min_distance /
// max_distance, as the renderer applies them): hidden layers are neither
// picked nor labelled nor listed in the legend.
inline bool layerInRange(const LayerSpec& spec, double cameraDistance) {
  return cameraDistance >= spec.minDistance && (spec.maxDistance <= 0 || cameraDistance < spec.maxDistance);
}

}  // namespace ps::viewer
