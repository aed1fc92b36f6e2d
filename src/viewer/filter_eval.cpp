#include "viewer/filter_eval.h"

#include <cmath>

#include "core/sectors.h"

namespace ps::viewer {
namespace {

bool inRange(const Column* col, size_t row, const RangeFilter& r) {
  if (!r.enabled || !col) return true;
  double v = col->asReal(row);
  if (std::isnan(v)) return false;
  return v >= r.lo && v <= r.hi;
}

}  // namespace

void evalFilter(const FeatureTable& table, const FieldRoles& roles, const FilterState& filter,
                std::vector<uint8_t>& out) {
  const size_t n = table.size();
  out.assign(n, 1);
  if (!filter.active()) return;
  const Column* sector = roles.sector.empty() ? nullptr : table.column(roles.sector);
  const Column* sub = roles.subSector.empty() ? nullptr : table.column(roles.subSector);
  const Column* gfa = roles.gfa.empty() ? nullptr : table.column(roles.gfa);
  const Column* occ = roles.occupancy.empty() ? nullptr : table.column(roles.occupancy);
  const Column* floors = roles.floors.empty() ? nullptr : table.column(roles.floors);
  const bool sectorOn = sector && !filter.hiddenSectors.empty();
  const bool subOn = sub && !filter.hiddenSubSectors.empty();

  for (size_t row = 0; row < n; ++row) {
    bool pass = true;
    if (sectorOn) {
      const Sector* s = sector->isNull(row) ? nullptr : findSector(sector->asString(row));
      pass = s && !filter.hiddenSectors.count(std::string(s->id));
    }
    if (pass && subOn) {
      const SubSector* ss = sub->isNull(row) ? nullptr : findSubSector(sub->asString(row));
      pass = ss && !filter.hiddenSubSectors.count(std::string(ss->id));
    }
    pass = pass && inRange(gfa, row, filter.gfa) && inRange(occ, row, filter.occupancy) &&
           inRange(floors, row, filter.floors);
    out[row] = pass ? 1 : 0;
  }
}

bool roleExtent(const data::SceneData& data, std::string FieldRoles::*role, double& lo, double& hi) {
  bool any = false;
  for (const auto& layer : data.layers) {
    if (!layer.spec) continue;
    const std::string& field = layer.spec->fields.*role;
    if (field.empty()) continue;
    const Column* col = layer.table.column(field);
    if (!col || !col->numeric()) continue;
    for (size_t r = 0; r < col->size(); ++r) {
      double v = col->asReal(r);
      if (std::isnan(v)) continue;
      if (!any) lo = hi = v;
      lo = std::min(lo, v);
      hi = std::max(hi, v);
      any = true;
    }
  }
  return any;
}

}  // namespace ps::viewer
