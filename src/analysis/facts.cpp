#include "analysis/facts.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "analysis/centroid.h"
#include "analysis/quarters.h"
#include "core/error.h"
#include "core/sectors.h"

namespace ps::analysis {

const Column* roleColumn(const FeatureTable& t, const std::string& role, const char* fallback) {
  return t.column(role.empty() ? std::string_view(fallback) : std::string_view(role));
}

int16_t sectorIndex(const std::string& value) {
  const Sector* s = findSector(value);
  if (!s) {
    // A sub-sector value in the sector field still tells the sector.
    findSubSector(value, &s);
  }
  return s ? static_cast<int16_t>(s - sectors().data()) : int16_t(-1);
}

int16_t subSectorIndex(const std::string& value, int16_t* parentSector) {
  const Sector* parent = nullptr;
  const SubSector* sub = findSubSector(value, &parent);
  if (!sub) return -1;
  if (parentSector) *parentSector = static_cast<int16_t>(parent - sectors().data());
  return static_cast<int16_t>(sub - parent->subSectors.data());
}

namespace {

double realOr(const Column* c, size_t row, double dflt) {
  if (!c) return dflt;
  double v = c->asReal(row);
  return std::isnan(v) ? dflt : v;
}

}  // namespace

void readBuildingFacts(const FeatureTable& t, const FieldRoles& roles, std::optional<double> quarter,
                       BuildingFacts& out) {
  const Column* gfa = roleColumn(t, roles.gfa, "gfa_m2");
  if (!gfa) throw Error(t.source, "no GFA field in layer '" + t.layer + "': map fields.gfa or add gfa_m2", roles.gfa);
  const Column* vacant = roleColumn(t, roles.vacant, "vacant_m2");
  const Column* occ = roleColumn(t, roles.occupancy, "occupancy");
  const Column* sector = roleColumn(t, roles.sector, "sector");
  const Column* sub = roleColumn(t, roles.subSector, "sub_sector");
  const Column* park = roleColumn(t, roles.park, "park_id");
  const Column* height = roleColumn(t, roles.height, "height_m");
  const Column* floors = roleColumn(t, roles.floors, "floors");
  QuarterColumns qcols = findOccupancyColumns(t);

  out.rows.assign(t.size(), BuildingFact{});
  out.parkKeys.clear();
  std::unordered_map<std::string, uint32_t> parkIndex;
  const double nan = std::nan("");
  for (size_t i = 0; i < t.size(); ++i) {
    BuildingFact& b = out.rows[i];
    b.centroid = featureCentroid(t.geom, i);
    b.gfa = std::max(0.0, realOr(gfa, i, 0));
    double o = quarter ? occupancyAt(qcols, i, *quarter) : nan;
    if (!std::isnan(o)) {
      b.vacant = b.gfa * (1 - std::clamp(o, 0.0, 1.0));
    } else if (vacant && !vacant->isNull(i) && !std::isnan(vacant->asReal(i))) {
      b.vacant = vacant->asReal(i);
    } else if (occ && !std::isnan(realOr(occ, i, nan))) {
      b.vacant = b.gfa * (1 - std::clamp(occ->asReal(i), 0.0, 1.0));
    }
    b.vacant = std::clamp(b.vacant, 0.0, b.gfa);
    b.occupancy = b.gfa > 0 ? (b.gfa - b.vacant) / b.gfa : nan;
    b.height = realOr(height, i, nan);
    b.floors = realOr(floors, i, nan);
    if (sub) {
      int16_t parent = -1;
      b.subSector = subSectorIndex(sub->asString(i), &parent);
      b.sector = parent;
    }
    if (sector) {
      int16_t s = sectorIndex(sector->asString(i));
      if (s >= 0) {
        if (b.sector >= 0 && b.sector != s) b.subSector = -1;  // contradicting sub-sector: trust the sector
        b.sector = s;
      }
    }
    if (park && !park->isNull(i)) {
      std::string key = park->asString(i);
      auto [it, added] = parkIndex.emplace(key, static_cast<uint32_t>(out.parkKeys.size()));
      if (added) out.parkKeys.push_back(key);
      b.park = it->second;
    }
  }
}

void readParkFacts(const FeatureTable& t, const FieldRoles& roles, ParkFacts& out) {
  const Column* id = roleColumn(t, roles.id, "park_id");
  const Column* zh = roleColumn(t, roles.name, "name_zh");
  const Column* en = roleColumn(t, roles.nameEn, "name_en");
  const Column* sector = roleColumn(t, roles.sector, "sector");
  const Column* sub = roleColumn(t, roles.subSector, "sub_sector");
  const Column* status = roleColumn(t, roles.status, "status");
  const Column* role = roleColumn(t, roles.carrierRole, "carrier_role");
  out = ParkFacts{};
  for (size_t i = 0; i < t.size(); ++i) {
    out.centroid.push_back(featureCentroid(t.geom, i));
    out.id.push_back(id ? id->asString(i) : std::to_string(t.fid.size() > i ? t.fid[i] : int64_t(i)));
    out.nameZh.push_back(zh ? zh->asString(i) : std::string());
    out.nameEn.push_back(en ? en->asString(i) : std::string());
    out.status.push_back(status ? status->asString(i) : std::string());
    out.carrierRole.push_back(role ? role->asString(i) : std::string());
    int16_t parent = -1;
    int16_t subIdx = sub ? subSectorIndex(sub->asString(i), &parent) : int16_t(-1);
    int16_t s = sector ? sectorIndex(sector->asString(i)) : int16_t(-1);
    if (s < 0) s = parent;
    if (s != parent) subIdx = -1;
    out.sector.push_back(s);
    out.subSector.push_back(subIdx);
  }
}

}  // namespace ps::analysis
