#include "analysis/park_groups.h"

#include <cstdint>
#include <string>
#include <unordered_map>

namespace ps::analysis {
namespace {

void totalsByParkValue(const BuildingFacts& b, const ParkFacts& parks, const std::vector<std::string>& value,
                       std::vector<Group> known, std::vector<Group>& out) {
  out = std::move(known);
  std::unordered_map<std::string, size_t> slot;
  for (size_t g = 0; g < out.size(); ++g) slot[out[g].key] = g;
  // Group indices, not references: a new value appends to `out` and may move it.
  constexpr size_t kUnknown = SIZE_MAX;
  Group unknown;
  auto groupOf = [&](const std::string& v) -> size_t {
    if (v.empty()) return kUnknown;
    auto it = slot.find(v);
    if (it == slot.end()) {
      it = slot.emplace(v, out.size()).first;
      out.push_back(Group{v, v, v, {}});
    }
    return it->second;
  };
  auto at = [&](size_t g) -> Group& { return g == kUnknown ? unknown : out[g]; };
  std::unordered_map<std::string, size_t> parkRow;
  for (size_t p = 0; p < parks.size(); ++p) parkRow.emplace(parks.id[p], p);
  for (size_t p = 0; p < parks.size(); ++p) at(groupOf(value[p])).tally.parks += 1;
  // Resolve each distinct park key of the buildings once.
  std::vector<size_t> byKey(b.parkKeys.size(), kUnknown);
  for (size_t k = 0; k < b.parkKeys.size(); ++k) {
    auto it = parkRow.find(b.parkKeys[k]);
    if (it != parkRow.end()) byKey[k] = groupOf(value[it->second]);
  }
  for (const BuildingFact& f : b.rows) at(f.park == kNoPark ? kUnknown : byKey[f.park]).tally.add(f);
  if (unknown.tally.buildings > 0 || unknown.tally.parks > 0) out.push_back(unknown);
}

}  // namespace

void totalsByParkStatus(const BuildingFacts& b, const ParkFacts& parks, std::vector<Group>& out) {
  totalsByParkValue(b, parks, parks.status,
                    {{"operating", "运营中", "Operating", {}},
                     {"under_construction", "建设中", "Under construction", {}},
                     {"planned", "规划中", "Planned", {}},
                     {"watch", "跟踪预研", "Watch (tracked only)", {}}},
                    out);
}

void totalsByCarrierRole(const BuildingFacts& b, const ParkFacts& parks, std::vector<Group>& out) {
  totalsByParkValue(b, parks, parks.carrierRole,
                    {{"main", "主承载地", "Main carrier area", {}}, {"co_carrier", "协同承载地", "Co-carrier area", {}}},
                    out);
}

}  // namespace ps::analysis
