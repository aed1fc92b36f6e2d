#pragma once
// What the overlays need from the buildings and parks layers, read once into
// flat rows: centroid, GFA, vacant area at a chosen time, sector, park.
//
// Fields are found by the layer's FieldRoles (scene file) and, where a role is
// not mapped, by the sample data's names: building_id, park_id, sector,
// sub_sector, floors, height_m, gfa_m2, vacant_m2, occupancy, occ_YYYYqN;
// parks: park_id, name_zh, name_en, sector, sub_sector, status, carrier_role.
//
// Time: `quarter` unset = "now": vacant = vacant_m2 when present, else
// gfa * (1 - occupancy), else 0 (unknown vacancy counts as occupied; the
// totals then say so through the vacancy rate of 0). `quarter` set (a
// fractional quarter index, quarters.h) = occupancy interpolated from the
// occ_YYYYqN columns, vacant = gfa * (1 - occupancy); a building without any
// quarter value falls back to "now".
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <glm/vec2.hpp>

#include "core/feature_table.h"
#include "scene/scene.h"

namespace ps::analysis {

inline constexpr uint32_t kNoPark = UINT32_MAX;

struct BuildingFact {
  glm::dvec2 centroid{0, 0};  // scene CRS, metres
  double gfa = 0;             // m², 0 when null
  double vacant = 0;          // m² at the chosen time, within [0, gfa]
  double occupancy = 0;       // (gfa - vacant) / gfa; NaN when gfa is 0
  double height = 0;          // m, NaN when unknown
  double floors = 0;          // storeys, NaN when unknown
  int16_t sector = -1;        // index into ps::sectors(), -1 unknown
  int16_t subSector = -1;     // index within that sector's subSectors, -1 unknown
  uint32_t park = kNoPark;    // index into BuildingFacts::parkKeys
};

struct BuildingFacts {
  std::vector<BuildingFact> rows;      // one per feature, table order
  std::vector<std::string> parkKeys;   // distinct park ids in first-seen order
};

struct ParkFacts {
  std::vector<glm::dvec2> centroid;
  std::vector<std::string> id, nameZh, nameEn;
  std::vector<int16_t> sector, subSector;
  std::vector<std::string> status, carrierRole;  // "" when the layer has no such field
  size_t size() const { return id.size(); }
};

// Name of the column playing `role` ("" when unmapped) or `fallback`; null if absent.
const Column* roleColumn(const FeatureTable& t, const std::string& role, const char* fallback);

// Throws ps::Error (source, "no GFA field ...") when the GFA column is missing:
// every statistic is weighted by it.
void readBuildingFacts(const FeatureTable& buildings, const FieldRoles& roles, std::optional<double> quarter,
                       BuildingFacts& out);
void readParkFacts(const FeatureTable& parks, const FieldRoles& roles, ParkFacts& out);

// Sector / sub-sector indices for a cell value (id, Chinese or English name).
int16_t sectorIndex(const std::string& value);
int16_t subSectorIndex(const std::string& value, int16_t* parentSector = nullptr);

}  // namespace ps::analysis
