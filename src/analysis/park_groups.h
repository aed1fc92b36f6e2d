#pragma once
// Totals grouped by a policy attribute of the parks layer (成府发〔2024〕2号 三(一)):
// park status (operating / under construction / planned / watch) and the
// 建圈强链 carrier role (main / co-carrier area). A building counts with its
// park (matched by park id); parks without the field, and buildings whose park
// is unknown, fall in a trailing "" group (only when there are any).
#include <vector>

#include "analysis/facts.h"
#include "analysis/occupancy.h"

namespace ps::analysis {

// operating, under_construction, planned, watch (always, in this order), then other values first-seen.
void totalsByParkStatus(const BuildingFacts& b, const ParkFacts& parks, std::vector<Group>& out);
// main, co_carrier (always), then other values first-seen.
void totalsByCarrierRole(const BuildingFacts& b, const ParkFacts& parks, std::vector<Group>& out);

}  // namespace ps::analysis
