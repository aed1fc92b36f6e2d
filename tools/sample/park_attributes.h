#pragma once
// The policy attributes of a sample park (成府发〔2024〕2号 三(一)): status and
// selection batch, 建圈强链 carrier role, 存量空间改造/硅巷 stock renovation,
// and the 三个做优做强 area it lies in. Every value here is SAMPLE: the seed
// names the categories, not which park has which (docs/DATA.md).
#include <string>
#include <string_view>

#include "core/sectors.h"
#include "sample/layout.h"
#include "sample/park_plan.h"
#include "sample/prng.h"

namespace ps::sample {

struct ParkAttributes {
  std::string status;       // "operating" | "under_construction" | "planned" | "watch" (前沿交叉: 跟踪预研)
  int batch = 0;            // selection batch 1 (2024) or 2 (2025); 0 = not selected (watch tracks)
  std::string carrierRole;  // "main" (主承载地) | "co_carrier" (协同承载地)
  int stockRenovation = 0;  // 1: reuses existing buildings (存量空间改造, 硅巷)
  std::string devArea;      // "central_city" | "new_area" | "suburban_city" (三个做优做强)
};

// The year a park opened: 2019-2025 (operating), 2026 (under construction) or 2027 (planned).
int openedYear(Setting setting, Rng& rng);

// `zoneShort`: the lead zone the park lies in ("高新区", "天府新区", "东部新区") or "".
ParkAttributes parkAttributes(const Sector& sector, AnchorKind kind, Setting setting, int opened,
                              const std::string& district, std::string_view zoneShort, Rng& rng);

// What a sample building is built as: "office", "lab", "plant", "pilot_plant", "cleanroom"
// or "gmp", with its design floor load in kN/m² (GB 50009 practice: offices 2.5-5, labs 5-6,
// clean rooms and GMP suites 7-12, plants 10-20).
struct BuildingType {
  std::string type;
  double floorLoad = 0;
};
BuildingType buildingTypeFor(Setting setting, const Sector& sector, std::string_view subSector, int floors, Rng& rng);

// 三个做优做强: a lead zone is a 城市新区; otherwise the 12 central districts are 中心城区 and
// the 8 outer counties and cities 郊区新城.
std::string devAreaOf(const std::string& district, std::string_view zoneShort);

}  // namespace ps::sample
