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

// Whether the column is internal (scene/field_display): the inspector skips it.
bool fieldHidden(const ViewerState& s, uint32_t layer, const std::string& column);

// Display text of a feature (name in the UI language, else its id).
std::string featureName(const ViewerState& s, FeatureRef f);
// A value formatted for reading (scene/field_display's rules: units, %, enums).
std::string formatValue(const ViewerState& s, uint32_t layer, const Column& col, size_t row);

}  // namespace ps::viewer
