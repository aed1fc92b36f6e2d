#pragma once
// Feature and field text as the panels, the labels and the tooltip show it,
// in the UI language: names, column labels by role, values with units.
#include <cstddef>
#include <cstdint>
#include <string>

#include "viewer/state.h"

namespace ps::viewer {

// Label of a column in the UI language: by the role it plays (gfa, sector...),
// else by its name (field.<name> keys), else the raw name.
std::string fieldLabel(const ViewerState& s, uint32_t layer, const std::string& column);

// Display text of a feature (name in the UI language, else its id).
std::string featureName(const ViewerState& s, FeatureRef f);
// A value formatted for reading: thousands separators, units by role.
std::string formatValue(const ViewerState& s, uint32_t layer, const Column& col, size_t row);

}  // namespace ps::viewer
