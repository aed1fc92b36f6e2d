#pragma once
// Quarterly occupancy of hex columns, so a hexbin layer drawn with
// style.occupancy = "filled" plays 2024Q1..2026Q4 like the buildings do.
//
// Appends to a hexBinsToTable() table the columns occ_2024q1 .. occ_2026q4
// (quarters.h names): for each bin, the GFA-weighted occupancy of its
// buildings at that whole quarter (readBuildingFacts at the quarter, so
// buildings without quarter values count with their current vacancy, as in
// `parkscape stats --quarter`). A bin without GFA gets null. Between quarters
// the display interpolates the bin's own values (monotone cubic), which is
// exact at every quarter.
#include "analysis/hexbin.h"
#include "core/feature_table.h"
#include "scene/scene.h"

namespace ps::analysis {

// `bins` must come from binBuildings over the same buildings (any quarter:
// membership does not depend on time). Throws like readBuildingFacts.
void addHexQuarterOccupancy(const FeatureTable& buildings, const FieldRoles& roles, const HexBins& bins,
                            FeatureTable& table);

}  // namespace ps::analysis
