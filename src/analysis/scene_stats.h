#pragma once
// The statistics of `parkscape stats` and of the overlay panels, as one
// StatsTable per grouping. Both call computeStats with the same inputs, so
// they print the same digits.
//
// Columns, in order:
//   key, name_zh, name_en                       (Text)
//   by=subsector: sector, horizon, timeframe    (Text: sector id; near|medium_long|""; 3-5|5-10|"")
//                 timing_zh, timing_en          (Text: the seed's timing, "近期 · 未来3到5年")
//   by=sector: timing_zh, timing_en             (Text: "近期 3 个细分领域(未来3到5年)；中远期 2 个...")
//   by=ring: university, campus, radius_m       (Text, Text, Length)
//   parks, buildings                            (Count)
//   gfa_m2, vacant_m2, occupied_m2              (Area)
//   occupancy, vacancy                          (Rate: occupied/gfa, vacant/gfa)
//   dominant_sector                             (Text: sector id, "" none)
//   share_bio ... share_frontier                (Rate: GFA share of each sector)
// Rows: as the grouping functions order them (occupancy.h, ring_stats.h).
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/stats_table.h"
#include "core/feature_table.h"
#include "scene/scene.h"

namespace ps::analysis {

enum class StatsBy { District, Zone, Ring, Park, Sector, SubSector, Status, CarrierRole };

// "district", "zone", "ring", "park", "sector", "subsector" (also "sub_sector"),
// "status", "carrier_role" (also "carrier-role").
std::optional<StatsBy> parseStatsBy(std::string_view text);
const char* statsByName(StatsBy by);

struct StatsSources {
  std::string scenePath;            // for error messages
  const FeatureTable* buildings = nullptr;
  FieldRoles buildingRoles;
  const FeatureTable* parks = nullptr;      // optional: without it parks counts come from buildings only
  FieldRoles parkRoles;
  const FeatureTable* districts = nullptr;  // needed for by=district
  FieldRoles districtRoles;
  const FeatureTable* zones = nullptr;      // needed for by=zone
  FieldRoles zoneRoles;
  const FeatureTable* campuses = nullptr;   // needed for by=ring
  FieldRoles campusRoles;
  std::vector<double> ringRadii;            // needed for by=ring
};

struct StatsRequest {
  StatsBy by = StatsBy::District;
  std::optional<int> quarter;   // quarter index (quarters.h); unset = the layer's current values
  bool mergeRings = false;
};

// Throws ps::Error naming the scene and the missing layer or field.
void computeStats(const StatsSources& sources, const StatsRequest& request, StatsTable& out);

// The scene's layers by their conventional ids: "buildings", "parks",
// "districts", "zones", and the ring layer: id "rings", else the first layer
// of kind ring (radii from its ring_radii; campus points from its own table
// when it holds points, else from the "universities" layer).
// `lookup` returns a loaded layer's table, or null when the scene has none.
using LayerLookup = std::function<const FeatureTable*(const std::string& layerId)>;
StatsSources statsSourcesFromScene(const Scene& scene, const LayerLookup& lookup);

}  // namespace ps::analysis
