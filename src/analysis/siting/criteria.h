#pragma once
// The siting criteria: one fixed list, in the order they are evaluated,
// reported and exported (c_<id> columns). docs/SITING.md gives each one's raw
// value, hard test and normalisation formula.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace ps::siting {

enum class Criterion : uint8_t {
  Sector,         // candidate's own sector / sub-sector matches the demand's
  Space,          // vacant floor area (buildings) or buildable GFA (parcels), m²
  Ring,           // distance to the nearest university knowledge ring, m (0 inside)
  Near,           // distance to the nearest named campus or cluster, m
  Zone,           // inside an allowed management zone (高新区, 天府新区, 东部新区)
  District,       // inside an allowed district / county
  Agglomeration,  // same-sector tenants within a radius (count)
  Ecosystem,      // distance to the nearest ecosystem site of the wanted kinds, m
  Floors,         // storeys of the building
  Occupancy,      // building occupancy rate, 0..1
  Ready,          // space ready now (0/1)
  Rent,           // rent, CNY per m² per month
  LandUse,        // land-use class of the candidate's parcel (M2, M3, A35 ...), allowed list
  BuildingType,   // building type (plant, cleanroom, gmp ...) and floor load, kN/m²
};
inline constexpr size_t kCriterionCount = 14;

template <class T>
using PerCriterion = std::array<T, kCriterionCount>;

std::string_view criterionId(Criterion c);   // "sector", "space", ... (TOML key, export column suffix)
std::string_view criterionZh(Criterion c);
std::string_view criterionEn(Criterion c);
// nullptr-like: returns false when the id is unknown.
bool findCriterion(std::string_view id, Criterion& out);
inline Criterion criterionAt(size_t i) { return static_cast<Criterion>(i); }

}  // namespace ps::siting
