#pragma once
// Occupancy per building and its totals per park, district, zone, sector and
// sub-sector, plus the "filled height" that draws occupied floors solid and
// vacant floors translucent.
//
// Membership rules (the same ones ring_stats and the stats CLI use):
//  - a building is in a region when its centroid is (region_index.h: interior
//    or boundary; for districts, the first district in table order);
//  - a park is in a region when its centroid is; Tally::parks counts those;
//  - a building is in a park by its park_id; a park's Tally::parks is 1;
//  - for sectors, Tally::parks counts parks whose own sector field is that sector.
#include <span>
#include <string>
#include <vector>

#include "analysis/facts.h"
#include "analysis/tally.h"
#include "core/feature_table.h"

namespace ps::analysis {

// The part of a building's height that is occupied (drawn solid; the rest up
// to `height` is drawn translucent). Whole floors: round(occupancy * floors)
// floors of height/floors each, so a building never shows a half-let storey.
// floors <= 0 or NaN: the continuous height * occupancy. Occupancy is clamped
// to [0, 1]; NaN occupancy or height gives 0.
double filledHeight(double height, double floors, double occupancy);
// Continuous variant for time playback (no jumps between whole floors).
double filledHeightSmooth(double height, double occupancy);

struct Group {
  std::string key;     // park_id, district code, sector id ...
  std::string nameZh;
  std::string nameEn;
  Tally tally;
};

// One group per region feature, in table order. idField/nameZh/nameEn name the
// region's columns (empty / absent: key = row number, names empty).
// District semantics: each building and park counts in at most one region.
void totalsByRegion(const BuildingFacts& b, const ParkFacts& parks, const FeatureTable& regions,
                    const std::string& idField, const std::string& nameZhField, const std::string& nameEnField,
                    bool exclusive, std::vector<Group>& out);

// One group per park of the parks layer (table order), then one per park_id
// found only in buildings (first-seen order), then "" for buildings with none.
void totalsByPark(const BuildingFacts& b, const ParkFacts& parks, std::vector<Group>& out);

// The seven sectors in policy order, then "" (unknown) if any building has none.
void totalsBySector(const BuildingFacts& b, const ParkFacts& parks, std::vector<Group>& out);

// Every sub-sector of every sector in policy order (empty ones included so the
// panel's drill-down is stable), then "" if any building has no sub-sector.
void totalsBySubSector(const BuildingFacts& b, const ParkFacts& parks, std::vector<Group>& out);

// All buildings together.
Tally totalOf(const BuildingFacts& b);

// The chart of occupancy over time for a selection: GFA-weighted occupancy of
// buildings `rows` (all when empty) at t = 0, 1/steps, ..., 11 (fractional
// quarter indices, steps >= 1 per quarter), each building on its own
// interpolated curve (quarters.h). Buildings without GFA or without any
// quarter value are left out. t and occupancy are resized to 11 * steps + 1;
// occupancy is NaN where no building counts.
void occupancyOverTime(const FeatureTable& buildings, const FieldRoles& roles, std::span<const uint32_t> rows,
                       int steps, std::vector<double>& t, std::vector<double>& occupancy);

}  // namespace ps::analysis
