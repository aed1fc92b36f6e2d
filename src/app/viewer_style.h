#pragma once
// Per-feature colour and height from a layer's style state, and the legend
// that describes exactly that mapping (both come from the same functions, so
// the legend cannot drift from the map). Pure; no GL.
#include <string>
#include <vector>

#include "app/viewer_state.h"

namespace ps::viewer {

// The style state a layer starts with, from its scene spec.
LayerStyleState initialStyle(const LayerSpec& spec);

// Column name for a field or a role name ("sector" -> the column mapped to the sector role).
std::string resolveField(const LayerSpec& spec, const std::string& fieldOrRole);

// Fills colour, base and height for every row (flags untouched; out resized to rows).
void computeVisuals(const app::LoadedLayer& layer, const LayerStyleState& style,
                    std::vector<FeatureVisual>& out);

// Sets the flag bits from filter results, selection and hover.
void applyFlags(uint32_t layerIndex, const std::vector<uint8_t>& filterPass, bool hideFiltered,
                const std::vector<FeatureRef>& selection, const std::optional<FeatureRef>& hover,
                std::vector<FeatureVisual>& visuals);

struct LegendItem {
  Rgba color;
  std::string label;     // category value (display name in the UI language) or ramp value
  std::string labelAlt;  // the other language, when known
};
struct LegendInfo {
  ColorMode mode = ColorMode::Single;
  std::string field;           // column coloured by ("" for Single)
  std::string unitKey;         // i18n key of the unit ("unit.m2", "unit.percent"...) or ""
  std::vector<LegendItem> items;  // categories, or ramp stops low to high
  bool sample = false, approximate = false;
};
LegendInfo legendFor(const app::LoadedLayer& layer, const LayerStyleState& style, Lang lang);

// Unit key for a column: by role (gfa/vacant m², occupancy %, height m, floors).
std::string unitKeyFor(const LayerSpec& spec, const std::string& column);

}  // namespace ps::viewer
