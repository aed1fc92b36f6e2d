#include "sample/park_attributes.h"

#include <cmath>

namespace ps::sample {

int openedYear(Setting setting, Rng& rng) {
  const double u = rng.uniform();
  if (u < 0.06) return 2027;  // planned: selected, not yet built
  if (u < 0.14) return 2026;  // under construction: buildings open during 2026
  return rng.intRange(setting == Setting::Outer ? 2021 : 2019, 2025);
}

BuildingType buildingTypeFor(Setting setting, const Sector& sector, std::string_view sub, int floors, Rng& rng) {
  const double u = rng.uniform(), r = rng.uniform();
  auto load = [&](double lo, double hi) { return std::round(2 * (lo + (hi - lo) * r)) / 2; };
  const bool low = floors <= 4, mid = floors <= 8;
  const bool heavy = sector.id == "energy" || sector.id == "materials" ||
                     (sector.id == "mobility" && sub != "hyperloop");
  if (heavy && low && setting == Setting::Outer) return u < 0.6 ? BuildingType{"plant", load(12, 20)} : BuildingType{"pilot_plant", load(10, 15)};
  if (heavy && low) return u < 0.5 ? BuildingType{"pilot_plant", load(8, 12)} : BuildingType{"lab", load(5, 6)};
  if ((sub == "optical_chips" || sub == "flexible_electronics" || sub == "quantum") && mid)
    return u < 0.6 ? BuildingType{"cleanroom", load(10, 12)} : BuildingType{"lab", load(5, 6)};
  if ((sub == "gene_cell_therapy" || sub == "nuclear_medicine" || sub == "synthetic_biology" || sub == "bio_breeding") && mid)
    return u < 0.55 ? BuildingType{"gmp", load(7, 10)} : BuildingType{"lab", load(5, 6)};
  if (!mid) return u < 0.8 ? BuildingType{"office", load(3.5, 5)} : BuildingType{"lab", load(5, 6)};
  return u < 0.5 ? BuildingType{"lab", load(5, 6)} : BuildingType{"office", load(3.5, 5)};
}

std::string devAreaOf(const std::string& district, std::string_view zoneShort) {
  if (!zoneShort.empty()) return "new_area";
  static const char* const kCentral[] = {"锦江区", "青羊区", "金牛区", "武侯区", "成华区", "龙泉驿区",
                                         "新都区", "青白江区", "温江区", "双流区", "郫都区", "新津区"};
  for (const char* d : kCentral)
    if (district == d) return "central_city";
  return district.empty() ? "" : "suburban_city";
}

ParkAttributes parkAttributes(const Sector& sector, AnchorKind kind, Setting setting, int opened,
                              const std::string& district, std::string_view zoneShort, Rng& rng) {
  ParkAttributes a;
  const bool watch = sector.id == "frontier";  // 前沿交叉融合新赛道: 常态化开展新赛道跟踪预研
  a.status = watch ? "watch" : opened >= 2027 ? "planned" : opened == 2026 ? "under_construction" : "operating";
  const bool early = rng.chance(0.55);
  a.batch = watch ? 0 : opened >= 2026 ? 2 : early ? 1 : 2;
  // Named clusters and lead-zone sites stand for a chain's main carrier area; campus rings and
  // district seats for co-carrier areas.
  a.carrierRole = kind == AnchorKind::Cluster || kind == AnchorKind::Zone ? "main" : "co_carrier";
  const bool reuse = rng.chance(kind == AnchorKind::University ? 0.4 : 0.15);
  a.stockRenovation = setting == Setting::SiliconAlley || (setting == Setting::Urban && reuse) ? 1 : 0;
  a.devArea = devAreaOf(district, zoneShort);
  return a;
}

}  // namespace ps::sample
