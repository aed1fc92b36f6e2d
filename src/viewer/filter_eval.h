#pragma once
// Which features pass the sector / sub-sector / range filters. Pure: the
// result is uploaded as per-feature flags (fade or hide), never by
// re-triangulating.
//
// Rules: a criterion applies to a layer only when the layer maps the field's
// role (a district layer has no sector, so sector filters leave it alone).
// Sector values may be ids, Chinese or English names (core/sectors.h); an
// unknown or null sector fails when any sector is switched off. A null value
// fails an enabled range filter.
#include <cstdint>
#include <vector>

#include "viewer/state.h"
#include "core/feature_table.h"
#include "scene/scene.h"

namespace ps::viewer {

// out[row] = 1 when the feature passes, 0 when it is filtered out. out is resized to table.size().
void evalFilter(const FeatureTable& table, const FieldRoles& roles, const FilterState& filter,
                std::vector<uint8_t>& out);

// The data's extent of a role's column over all layers that map it (for slider limits);
// false when no layer has a numeric value for it.
bool roleExtent(const data::SceneData& data, std::string FieldRoles::*role, double& lo, double& hi);

}  // namespace ps::viewer
