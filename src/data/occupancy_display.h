#pragma once
// Occupancy on an extrusion layer (style.occupancy = "filled"): each building
// is drawn twice from the same bucket, the occupied floors solid from the
// ground up and the vacant floors above them translucent. Only per-feature
// styles change with the quarter; the geometry is never rebuilt.
#include <optional>
#include <span>
#include <vector>

#include "core/feature_table.h"
#include "scene/scene.h"
#include "scene/style_eval.h"

namespace ps::data {

// Occupancy 0..1 of every feature, NaN when unknown. At `quarter` (fractional
// quarter index): the occ_YYYYqN columns through analysis::occupancyAt
// (monotone cubic). Now (nullopt), or a row without quarter values: the
// occupancy role (fallback column "occupancy"), else 1 - vacant / gfa.
void featureOccupancy(const FeatureTable& t, const FieldRoles& roles, std::optional<double> quarter,
                      std::vector<double>& out);

// Storeys of every feature (floors role, fallback "floors"); NaN when unknown.
void featureFloors(const FeatureTable& t, const FieldRoles& roles, std::vector<double>& out);

// The occupied part of each height (analysis::filledHeight: whole floors;
// `smooth` = analysis::filledHeightSmooth, for playback between quarters).
// Unknown occupancy keeps the whole building solid: nothing is claimed vacant
// without data. All spans have the same length; out is resized to it.
void filledHeights(std::span<const float> height, std::span<const double> floors, std::span<const double> occupancy,
                   bool smooth, std::vector<float>& out);

// Ramp styles on the occupancy field show it at the chosen time: recolours
// `style` from `occupancy` when the layer's colour_field is its occupancy
// column. Returns whether it did.
bool recolourOccupancyRamp(const LayerSpec& layer, const FeatureTable& t, std::span<const double> occupancy,
                           EvaluatedStyle& style);

}  // namespace ps::data
