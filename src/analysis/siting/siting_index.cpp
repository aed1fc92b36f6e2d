#include "analysis/siting/siting_index.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

#include "analysis/siting/planar.h"
#include "geometry/planar.h"
#include "core/error.h"
#include "core/sectors.h"

namespace ps::siting {
namespace {

// The role's field name when the scene maps it, else the sample data's name.
std::string pick(const LayerInput& L, std::string FieldRoles::*role, const char* fallback) {
  if (L.fields && role && !(L.fields->*role).empty()) return L.fields->*role;
  return fallback;
}

const Column* col(const LayerInput& L, const std::string& name) {
  return name.empty() ? nullptr : L.table->column(name);
}

std::vector<std::string> strings(const LayerInput& L, const std::string& name) {
  std::vector<std::string> out(L.table->size());
  if (const Column* c = col(L, name))
    for (size_t i = 0; i < out.size(); ++i) out[i] = c->asString(i);
  return out;
}

std::vector<double> reals(const LayerInput& L, const std::string& name, std::string* usedField = nullptr) {
  std::vector<double> out(L.table->size(), std::nan(""));
  const Column* c = col(L, name);
  if (usedField) *usedField = c ? c->name : "";
  if (c)
    for (size_t i = 0; i < out.size(); ++i) out[i] = c->asReal(i);
  return out;
}

// Sector values may be ids or names; store ids so matching is exact.
std::string sectorId(const std::string& v) {
  const Sector* s = findSector(v);
  return s ? std::string(s->id) : v;
}
std::string subSectorId(const std::string& v) {
  const SubSector* s = findSubSector(v);
  return s ? std::string(s->id) : v;
}

bool usable(const LayerInput& L) { return L.table && L.table->size() > 0; }

std::string campusLabel(const std::string& name, const std::string& campus) {
  return campus.empty() ? name : name + " (" + campus + ")";
}

PointSet points(const LayerInput& L, const char* idField, const char* kindField) {
  PointSet p;
  if (!usable(L)) return p;
  p.present = true;
  p.layer = L.id;
  p.source = L.table->source;
  size_t n = L.table->size();
  p.id = strings(L, pick(L, &FieldRoles::id, idField));
  std::vector<std::string> campus = strings(L, "campus");
  p.nameZh = strings(L, pick(L, &FieldRoles::name, "name_zh"));
  p.nameEn = strings(L, pick(L, &FieldRoles::nameEn, "name_en"));
  for (size_t i = 0; i < n; ++i) {
    p.nameZh[i] = campusLabel(p.nameZh[i], campus[i]);
    p.nameEn[i] = campusLabel(p.nameEn[i].empty() ? p.nameZh[i] : p.nameEn[i], campus[i]);
  }
  p.kind = strings(L, kindField ? kindField : "");
  p.sector = strings(L, pick(L, &FieldRoles::sector, "sector"));
  p.subSector = strings(L, pick(L, &FieldRoles::subSector, "sub_sector"));
  for (auto& s : p.sector) s = sectorId(s);
  for (auto& s : p.subSector) s = subSectorId(s);
  p.weight.assign(n, 1.0);
  p.pos.resize(n);
  std::vector<geometry::Box> boxes(n);
  for (size_t i = 0; i < n; ++i) {
    p.pos[i] = featureAnchor(L.table->geom, i);
    if (std::isfinite(p.pos[i].x)) boxes[i].add(p.pos[i]);
  }
  p.grid.build(boxes);
  return p;
}

Regions regions(const LayerInput& L, const char* idField, const std::vector<glm::dvec2>& anchors) {
  Regions r;
  if (!usable(L)) return r;
  r.present = true;
  r.layer = L.id;
  r.source = L.table->source;
  r.id = strings(L, pick(L, &FieldRoles::id, idField));
  r.nameZh = strings(L, pick(L, &FieldRoles::name, "name_zh"));
  r.nameEn = strings(L, pick(L, &FieldRoles::nameEn, "name_en"));
  const GeometryColumn& g = L.table->geom;
  std::vector<geometry::Box> boxes(g.featureCount());
  for (size_t i = 0; i < boxes.size(); ++i) boxes[i] = geometry::featureBounds(g, i);
  GridIndex grid;
  grid.build(boxes);
  std::vector<uint32_t> hits;
  for (const glm::dvec2& a : anchors) {
    hits.clear();
    if (std::isfinite(a.x)) {
      geometry::Box q;
      q.add(a);
      grid.query(q, [&](uint32_t f) {
        if (geometry::containsPoint(g, f, a)) hits.push_back(f);
      });
    }
    std::sort(hits.begin(), hits.end());
    r.members.insert(r.members.end(), hits.begin(), hits.end());
    r.memberStart.push_back(static_cast<uint32_t>(r.members.size()));
  }
  return r;
}

// "M2 二类工业用地" -> "M2": the class code before the first space.
std::string landUseCodeOf(const std::string& v) { return v.substr(0, v.find(' ')); }

// Land use (the candidate's own field, else its parcel's via parcel_id), building type and floor load.
void readLandUseAndType(const SitingInputs& in, const LayerInput& C, CandidateKind kind, SitingIndex& x) {
  const size_t n = C.table->size();
  x.landUse.assign(n, "");
  x.buildingType.assign(n, "");
  x.floorLoad.assign(n, std::nan(""));
  if (const Column* own = col(C, "land_use")) {
    x.landUseField = "land_use";
    for (size_t i = 0; i < n; ++i) x.landUse[i] = landUseCodeOf(own->asString(i));
  } else if (kind == CandidateKind::Buildings && usable(in.parcels) && col(C, "parcel_id") &&
             col(in.parcels, "land_use")) {
    const Column* pid = col(in.parcels, pick(in.parcels, &FieldRoles::id, "parcel_id"));
    const Column* lu = col(in.parcels, "land_use");
    if (pid) {
      std::unordered_map<std::string, std::string> byParcel;
      for (size_t r = 0; r < in.parcels.table->size(); ++r) byParcel.emplace(pid->asString(r), landUseCodeOf(lu->asString(r)));
      const Column* bp = col(C, "parcel_id");
      for (size_t i = 0; i < n; ++i)
        if (auto it = byParcel.find(bp->asString(i)); it != byParcel.end()) x.landUse[i] = it->second;
      x.landUseField = in.parcels.id + ".land_use";
    }
  }
  if (kind != CandidateKind::Buildings) return;
  if (const Column* t = col(C, "building_type")) {
    x.buildingTypeField = "building_type";
    for (size_t i = 0; i < n; ++i) x.buildingType[i] = t->asString(i);
  }
  x.floorLoad = reals(C, "floor_load_kn_m2", &x.floorLoadField);
}

}  // namespace

SitingIndex buildSitingIndex(const SitingInputs& in, CandidateKind kind) {
  const LayerInput& C = kind == CandidateKind::Buildings ? in.buildings : in.parcels;
  const char* role = kind == CandidateKind::Buildings ? "buildings" : "parcels";
  if (!C.table)
    throw Error(in.scenePath, std::string("the scene has no '") + C.id + "' layer, needed as the " + role +
                        " (candidate) layer; map another with [layers] " + role + " = \"<layer id>\" in the demand",
                C.id);
  SitingIndex x;
  x.kind = kind;
  x.crs = in.crs;
  x.table = C.table;
  x.layer = C.id;
  x.source = C.table->source;
  size_t n = C.table->size();
  const GeometryColumn& g = C.table->geom;

  x.anchor.resize(n);
  for (size_t i = 0; i < n; ++i) x.anchor[i] = featureAnchor(g, i);
  x.id = strings(C, pick(C, &FieldRoles::id, kind == CandidateKind::Buildings ? "building_id" : "parcel_id"));
  for (size_t i = 0; i < n; ++i)
    if (x.id[i].empty()) x.id[i] = "#" + std::to_string(C.table->fid.size() > i ? C.table->fid[i] : int64_t(i));
  x.nameZh = strings(C, pick(C, &FieldRoles::name, "name_zh"));
  x.nameEn = strings(C, pick(C, &FieldRoles::nameEn, "name_en"));
  x.park = strings(C, pick(C, &FieldRoles::park, "park_id"));
  std::string secField = pick(C, &FieldRoles::sector, "sector"), subField = pick(C, &FieldRoles::subSector, "sub_sector");
  x.sector = strings(C, secField);
  x.subSector = strings(C, subField);
  x.sectorField = col(C, secField) ? secField : "";
  x.subSectorField = col(C, subField) ? subField : "";
  for (auto& s : x.sector) s = sectorId(s);
  for (auto& s : x.subSector) s = subSectorId(s);

  if (kind == CandidateKind::Buildings) {
    x.space = reals(C, pick(C, &FieldRoles::vacant, "vacant_m2"), &x.spaceField);
    x.floors = reals(C, pick(C, &FieldRoles::floors, "floors"), &x.floorsField);
    x.occupancy = reals(C, pick(C, &FieldRoles::occupancy, "occupancy"), &x.occupancyField);
    x.ready = reals(C, "ready_now", &x.readyField);
    x.rent = reals(C, "rent_cny_m2_month", &x.rentField);
  } else {
    // Buildable floor area of a parcel: land area (field, else geometry) x FAR.
    std::string areaField, farField;
    std::vector<double> area = reals(C, "area_m2", &areaField), far = reals(C, "far", &farField);
    x.space.assign(n, std::nan(""));
    if (!farField.empty())
      for (size_t i = 0; i < n; ++i) {
        double a = std::isfinite(area[i]) ? area[i] : geometry::polygonArea(g, i);
        x.space[i] = a * far[i];
      }
    x.spaceField = farField.empty() ? "" : (areaField.empty() ? "far" : areaField + " x " + farField);
    x.floors.assign(n, std::nan(""));
    x.occupancy = x.ready = x.rent = x.floors;
  }

  readLandUseAndType(in, C, kind, x);

  // Park names for display: candidates carry a park id, parks carry names.
  x.parkName = x.park;
  if (usable(in.parks)) {
    std::vector<std::string> pid = strings(in.parks, pick(in.parks, &FieldRoles::id, "park_id"));
    std::vector<std::string> pname = strings(in.parks, pick(in.parks, &FieldRoles::name, "name_zh"));
    for (size_t i = 0; i < n; ++i) {
      if (x.park[i].empty()) continue;
      auto it = std::find(pid.begin(), pid.end(), x.park[i]);
      if (it != pid.end() && !pname[size_t(it - pid.begin())].empty()) x.parkName[i] = pname[size_t(it - pid.begin())];
    }
  }

  std::vector<uint32_t> order(n);
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return x.id[a] < x.id[b]; });
  x.idOrder.resize(n);
  for (uint32_t r = 0; r < n; ++r) x.idOrder[order[r]] = r;

  x.zones = regions(in.zones, "zone_id", x.anchor);
  x.districts = regions(in.districts, "code", x.anchor);
  x.universities = points(in.universities, "id", nullptr);
  x.ecosystem = points(in.ecosystem, "site_id", "kind");

  if (usable(in.tenants)) {
    x.agglomeration = points(in.tenants, "tenant_id", nullptr);
    x.agglomerationFromTenants = true;
  } else if (usable(in.buildings)) {
    // No tenant points: each building stands for its tenants, counted by its `tenants` field.
    x.agglomeration = points(in.buildings, "building_id", nullptr);
    std::vector<double> t = reals(in.buildings, pick(in.buildings, &FieldRoles::tenants, "tenants"));
    for (size_t i = 0; i < t.size(); ++i) x.agglomeration.weight[i] = std::isfinite(t[i]) ? t[i] : 0.0;
  }

  if (usable(in.rings)) {
    x.ringsPresent = true;
    x.ringsLayer = in.rings.id;
    x.ringsSource = in.rings.table->source;
    x.rings = in.rings.table;
    x.ringRadius = in.ringRadius;
    // Rings drawn from the universities layer carry the campus's names; prefer
    // them to the display role (often the programme name, "环电子科大知识经济圈").
    const char* zhField = in.rings.table->column("name_zh") ? "name_zh" : nullptr;
    x.ringNameZh = strings(in.rings, zhField ? std::string(zhField) : pick(in.rings, &FieldRoles::name, "name_zh"));
    x.ringNameEn = strings(in.rings, in.rings.table->column("name_en") ? std::string("name_en")
                                                                        : pick(in.rings, &FieldRoles::nameEn, "name_en"));
    std::vector<std::string> campus = strings(in.rings, "campus");
    for (size_t i = 0; i < campus.size(); ++i) {
      x.ringNameZh[i] = campusLabel(x.ringNameZh[i], campus[i]);
      x.ringNameEn[i] = campusLabel(x.ringNameEn[i].empty() ? x.ringNameZh[i] : x.ringNameEn[i], campus[i]);
    }
    std::vector<geometry::Box> boxes(x.rings->size());
    for (size_t i = 0; i < boxes.size(); ++i) boxes[i] = geometry::featureBounds(x.rings->geom, i);
    x.ringGrid.build(boxes);
  }
  return x;
}

}  // namespace ps::siting
