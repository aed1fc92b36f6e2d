#include "sample/generator.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <string_view>
#include <unordered_map>

#include "core/error.h"
#include "core/sectors.h"
#include "geometry/clip.h"
#include "geometry/planar.h"
#include "sample/layout.h"
#include "sample/local_frame.h"
#include "sample/park_attributes.h"
#include "sample/park_plan.h"
#include "sample/prng.h"
#include "sample/table_builder.h"
#include "sample/zones.h"

// [SECTION] helpers
// [SECTION] fixed layers: universities, zones, real ecosystem sites
// [SECTION] placement of parks
// [SECTION] park contents: parcels, buildings, occupancy, tenants
// [SECTION] generateSample

namespace ps::sample {
namespace {

using S = FieldType;
constexpr double kPi = 3.14159265358979323846;

// ---------------------------------------------------------------------------
// [SECTION] helpers
// ---------------------------------------------------------------------------

std::string fmt(const char* f, int v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, f, v);
  return buf;
}

double round1(double v) { return std::round(v * 10.0) / 10.0; }
double round3(double v) { return std::round(v * 1000.0) / 1000.0; }

std::string_view horizonId(Horizon h) {
  return h == Horizon::Near ? "near" : h == Horizon::MediumLong ? "medium_long" : "";
}

// The seed's timing: "未来３到５年" for 近期 sub-sectors, "未来５到１０年" for 中远期.
std::string_view horizonYears(Horizon h) {
  return h == Horizon::Near ? "3-5" : h == Horizon::MediumLong ? "5-10" : "";
}

std::string anchorKindId(AnchorKind k) {
  switch (k) {
    case AnchorKind::University: return "university";
    case AnchorKind::Cluster: return "cluster";
    case AnchorKind::Zone: return "zone";
    case AnchorKind::District: return "district";
  }
  return "";
}

void addPolygon(GeometryColumn& g, const std::vector<std::vector<glm::dvec2>>& rings) {
  g.beginFeature(GeomKind::Polygon);
  g.beginPart();
  for (const auto& r : rings) g.addRing(r.data(), r.size());
  g.endFeature();
}

void addPoint(GeometryColumn& g, glm::dvec2 p) {
  g.beginFeature(GeomKind::Point);
  g.beginPart();
  g.addRing(&p, 1);
  g.endFeature();
}

template <size_t N>
std::vector<glm::dvec2> toLonLat(const LocalFrame& f, const std::array<glm::dvec2, N>& pts) {
  std::vector<glm::dvec2> out;
  for (const auto& p : pts) out.push_back(f.toLonLat(p));
  return out;
}
std::vector<glm::dvec2> toLonLat(const LocalFrame& f, const std::vector<glm::dvec2>& pts) {
  std::vector<glm::dvec2> out;
  out.reserve(pts.size());
  for (const auto& p : pts) out.push_back(f.toLonLat(p));
  return out;
}

// Words for synthetic company names, by sub-sector.
std::string_view tenantKeyword(std::string_view sub) {
  static const std::pair<std::string_view, std::string_view> k[] = {
      {"gene_cell_therapy", "细胞"}, {"digital_diagnosis", "医疗"}, {"nuclear_medicine", "核药"},
      {"bio_breeding", "种业"}, {"synthetic_biology", "合成生物"}, {"green_hydrogen", "氢能"},
      {"energy_storage", "储能"}, {"advanced_nuclear", "聚变"}, {"flying_cars", "飞行器"},
      {"drones", "无人机"}, {"aerospace_propulsion", "动力"}, {"commercial_space", "航天"},
      {"hyperloop", "磁浮"}, {"humanoid_robots", "机器人"}, {"brain_inspired", "类脑"},
      {"metaverse", "数字"}, {"flexible_electronics", "柔性电子"}, {"advanced_computing", "算力"},
      {"satellite_internet", "星联"}, {"optical_chips", "光芯"}, {"6g", "通信"},
      {"quantum", "量子"}, {"hp_fibres", "纤维"}, {"advanced_carbon", "碳材"},
      {"deep_earth_sea_space", "深空"}, {"cognitive_ai", "智能"}, {"superconductivity", "超导"}};
  for (const auto& [id, w] : k)
    if (id == sub) return w;
  return "科技";
}

constexpr std::string_view kSyllables[] = {"蓉", "锦", "天", "川", "蜀", "芯", "星", "云", "智", "博", "启", "新",
                                           "华", "睿", "航", "源", "恒", "熙", "泽", "瑞", "嘉", "峰", "融", "达"};

std::string tenantName(std::string_view sub, Rng& rng) {
  std::string s = "示例·";
  s += kSyllables[rng.intRange(0, 23)];
  s += kSyllables[rng.intRange(0, 23)];
  s += tenantKeyword(sub);
  s += rng.chance(0.7) ? "科技有限公司" : "技术有限公司";
  return s;
}

// ---------------------------------------------------------------------------
// [SECTION] fixed layers: universities, zones, real ecosystem sites
// ---------------------------------------------------------------------------

// The campus's Chinese name: the CJK run in "Wangjiang 望江" / "Main (Erxianqiao 二仙桥)".
std::string campusZh(const std::string& campus) {
  std::string out;
  for (size_t i = 0; i < campus.size();) {
    const unsigned char c = static_cast<unsigned char>(campus[i]);
    const size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (len == 3) out += campus.substr(i, 3);
    else if (!out.empty()) break;
    i += len;
  }
  return out;
}

// The English campus name: the first word ("Wangjiang", "Qingshuihe").
std::string campusEn(const std::string& campus) {
  size_t end = campus.find_first_of(" (");
  return campus.substr(0, end);
}

void buildUniversities(const Anchors& a, FeatureTable& t) {
  t.layer = "universities";
  t.crs = "EPSG:4326";
  TableBuilder b(t, {{"id", S::String}, {"name_zh", S::String}, {"name_en", S::String}, {"campus", S::String},
                     {"district", S::String}, {"coord_status", S::String}, {"ring_program", S::String},
                     {"label_zh", S::String}, {"label_en", S::String}});
  // Universities with several campuses are labelled with the campus: 四川大学·江安.
  std::map<std::string, int> campuses;
  for (const Campus& c : a.campuses) ++campuses[c.nameZh];
  for (const Campus& c : a.campuses) {
    const bool multi = campuses[c.nameZh] > 1;
    const std::string zh = campusZh(c.campus), en = campusEn(c.campus);
    b.s(c.id).s(c.nameZh).s(c.nameEn).s(c.campus).s(c.district).s(c.coordStatus).s(c.ringProgram)
        .s(multi && !zh.empty() ? c.nameZh + "·" + zh : c.nameZh)
        .s(multi && !en.empty() ? c.nameEn + " (" + en + ")" : c.nameEn)
        .endRow();
    addPoint(t.geom, c.lonLat);
  }
}

// Area of a lon/lat Polygon feature in km²: shells less holes, each ring in its own local frame.
double featureAreaKm2(const GeometryColumn& g, size_t f) {
  double km2 = 0;
  for (uint32_t p = g.featurePart[f]; p < g.featurePart[f + 1]; ++p)
    for (uint32_t r = g.partRing[p]; r < g.partRing[p + 1]; ++r) {
      const std::vector<glm::dvec2> ring(g.coords.begin() + g.ringCoord[r], g.coords.begin() + g.ringCoord[r + 1]);
      km2 += (r == g.partRing[p] ? 1 : -1) * ringAreaKm2(ring);
    }
  return km2;
}

// The sketches with the mapped water cut out, clipped to the municipality's outline.
void buildZones(const Municipality& town, FeatureTable& t) {
  t.layer = "zones";
  t.crs = "EPSG:4326";
  GeometryColumn sketches;
  for (const ZoneOutline& z : zoneOutlines()) {
    sketches.beginFeature(GeomKind::Polygon);
    for (const auto& ring : z.parts) {
      sketches.beginPart();
      sketches.addRing(ring.data(), ring.size());
      for (const auto& hole : z.holes)  // a hole goes with the part that holds it
        if (geometry::pointInRing(ring.data(), ring.size(), hole.front())) sketches.addRing(hole.data(), hole.size());
    }
    sketches.endFeature();
  }
  t.geom = geometry::clipPolygons(sketches, town.outline(), 0);
  TableBuilder b(t, {{"zone_id", S::String}, {"name_zh", S::String}, {"name_en", S::String},
                     {"area_km2_public", S::Real}, {"area_km2_drawn", S::Real}, {"note", S::String}});
  for (size_t i = 0; i < zoneOutlines().size(); ++i) {
    const ZoneOutline& z = zoneOutlines()[i];
    b.s(z.id).s(z.nameZh).s(z.nameEn).r(z.publicKm2).r(round1(featureAreaKm2(t.geom, i))).s(kZoneNote).endRow();
  }
}

struct RealSite {
  std::string_view id, kind, sector;
};
constexpr RealSite kRealSites[] = {
    {"future_medical_city", "named_cluster", "bio"},
    {"tianfu_bio_city", "named_cluster", "bio"},
    {"chengdu_medical_city", "named_cluster", "bio"},
    {"huaxi_medbeauty_city", "named_cluster", "bio"},
    {"tianfu_tcm_city", "named_cluster", "bio"},
    {"tianfu_seed_park", "named_cluster", "bio"},
    {"new_materials_zone", "named_cluster", "energy"},  // the seed: 四川最大氢源制备基地 (先进能源)
    {"tianfu_newenergy_materials", "named_cluster", "energy"},
    {"uav_test_base", "named_cluster", "mobility"},
    {"kechuang_island", "innovation_island", ""},
    {"chengdu_science_city", "named_cluster", ""},
    {"hl3_tokamak", "science_facility", "energy"},
    {"z_pinch_fusion", "science_facility", "energy"},
    {"vector_light_field", "science_facility", "frontier"},
    {"maglev_test_platform", "science_facility", "mobility"},
    {"maglev_wind_tunnel", "science_facility", "mobility"},
    {"supercomputer", "science_facility", "digital"},
    {"polymer_lab", "science_facility", "materials"},
    {"silicone_centre", "science_facility", "materials"},
    {"materials_test_centre", "science_facility", "materials"},
    {"computing_hub", "science_facility", "digital"},
    {"xinglonghu_lab", "science_facility", ""},
    {"yongxing_lab", "science_facility", "energy"},
    {"jincheng_lab", "science_facility", "bio"},
    {"jiangxi_lab", "science_facility", "digital"},
    {"usp_uestc", "university_science_park", ""},
    {"usp_scu", "university_science_park", ""},
    {"usp_swjtu", "university_science_park", ""},
    {"uestc_jinniu_fisp", "university_science_park", "digital"},
};

// "guess (±3 km)" -> "approximate (±3 km)"; no stated error -> the clusters file's usual ±3 km.
std::string positionNote(const std::string& coordStatus) {
  const size_t pm = coordStatus.find("±");
  if (pm != std::string::npos) {
    const size_t km = coordStatus.find("km", pm);
    if (km != std::string::npos) return "approximate (" + coordStatus.substr(pm, km + 2 - pm) + ")";
  }
  return "approximate (±3 km)";
}

struct EcoBuilder {
  FeatureTable& t;
  TableBuilder b;
  int synthetic = 0;
  explicit EcoBuilder(FeatureTable& table)
      : t(table),
        b(table, {{"site_id", S::String}, {"name_zh", S::String}, {"name_en", S::String}, {"kind", S::String},
                  {"sector", S::String}, {"real", S::Integer}, {"position", S::String}, {"data_status", S::String}}) {}
};

void addRealSites(const Anchors& a, EcoBuilder& e) {
  for (const Cluster& c : a.clusters) {
    if (!c.hasPosition) continue;  // z_pinch_fusion, maglev_wind_tunnel: "not located"
    std::string_view kind = "named_cluster", sector = "";
    for (const RealSite& r : kRealSites)
      if (r.id == c.id) kind = r.kind, sector = r.sector;
    e.b.s(c.id).s(c.nameZh).s(c.nameEn).s(std::string(kind)).s(std::string(sector)).i(1).s(positionNote(c.coordStatus))
        .s(kRealSiteStatus).endRow();
    addPoint(e.t.geom, c.lonLat);
  }
}

// ---------------------------------------------------------------------------
// [SECTION] placement of parks
// ---------------------------------------------------------------------------

struct Anchor {
  std::string id;          // "" for zone sites (the data's anchor_id names only real places)
  AnchorKind kind;
  glm::dvec2 lonLat;
  std::string district;
};

Anchor resolveAnchor(const Anchors& a, const ParkSlot& s) {
  const std::string id(s.anchorId);
  switch (s.kind) {
    case AnchorKind::University: {
      const Campus* c = a.campus(id);
      if (!c) throw Error("universities_chengdu.csv", "the sample plan needs campus '" + id + "', which is missing", "id");
      // "金牛区/郫都区" (a campus on a border): its ring programme belongs to the latter.
      const size_t slash = c->district.rfind('/');
      return {id, s.kind, c->lonLat, slash == std::string::npos ? c->district : c->district.substr(slash + 1)};
    }
    case AnchorKind::Cluster: {
      const Cluster* c = a.cluster(id);
      if (!c || !c->hasPosition)
        throw Error("clusters_chengdu.csv", "the sample plan needs cluster '" + id + "' with coordinates", "id");
      return {id, s.kind, c->lonLat, c->district};
    }
    case AnchorKind::Zone:
    case AnchorKind::District: {
      const ZoneSite* z = findZoneSite(s.anchorId);
      if (!z) throw Error("", "the sample plan names an unknown zone site '" + id + "'");
      return {"", s.kind, z->lonLat, std::string(z->district)};
    }
  }
  return {};
}

Setting settingAt(glm::dvec2 p) {
  if (distanceMetres(p, kCityCentre) < 7500) return Setting::SiliconAlley;
  const ZoneOutline* z = zoneAt(p);
  if (z && (z->id == "gaoxin" || z->id == "tianfu")) return Setting::Urban;
  if (z && z->id == "dongbu") return Setting::Outer;
  return distanceMetres(p, kCityCentre) < 16000 ? Setting::Urban : Setting::Outer;
}

// Placed parks as discs, hashed on a 2 km grid of a city-wide metric frame.
class ParkIndex {
 public:
  bool free(glm::dvec2 m, double r) const {
    const int64_t cx = cell(m.x), cy = cell(m.y);
    for (int64_t dx = -1; dx <= 1; ++dx)
      for (int64_t dy = -1; dy <= 1; ++dy) {
        auto it = grid_.find(key(cx + dx, cy + dy));
        if (it == grid_.end()) continue;
        for (size_t i : it->second) {
          const glm::dvec2 d = discs_[i].first - m;
          const double min = discs_[i].second + r + 80;  // at least a street between parks
          if (d.x * d.x + d.y * d.y < min * min) return false;
        }
      }
    return true;
  }
  void add(glm::dvec2 m, double r) {
    grid_[key(cell(m.x), cell(m.y))].push_back(discs_.size());
    discs_.emplace_back(m, r);
  }

 private:
  static constexpr double kCell = 2000;  // > 2 * max park radius + gap
  static int64_t cell(double v) { return static_cast<int64_t>(std::floor(v / kCell)); }
  static int64_t key(int64_t x, int64_t y) { return x * 1000003 + y; }
  std::unordered_map<int64_t, std::vector<size_t>> grid_;
  std::vector<std::pair<glm::dvec2, double>> discs_;
};

// Finds a free centre for a park of radius r near the anchor; false if none.
bool placePark(const Anchor& an, const Anchors& all, const Municipality& town, double r, int round,
               const ParkIndex& index, const LocalFrame& city, Rng& rng, glm::dvec2& centre) {
  double dMin = 0, dMax = 3000;
  if (an.kind == AnchorKind::University) dMin = std::max(900.0, r + 700), dMax = 2800;
  else if (an.kind == AnchorKind::Cluster) dMin = r + 200, dMax = 3000;
  dMax += 1500 * std::sqrt(static_cast<double>(round));  // --scale: later rounds spread further out
  const LocalFrame f{an.lonLat};
  for (int attempt = 0; attempt < 400; ++attempt) {
    const double d = rng.range(dMin, std::max(dMin + 100, dMax * (1 + attempt / 80.0)));
    const double bearing = rng.range(0, 2 * kPi);
    const glm::dvec2 c = f.toLonLat({d * std::sin(bearing), d * std::cos(bearing)});
    const LocalFrame pf{c};
    const glm::dvec2 lo = pf.toLonLat({-r, -r}), hi = pf.toLonLat({r, r});
    if (lo.x < kBboxMin.x || lo.y < kBboxMin.y || hi.x > kBboxMax.x || hi.y > kBboxMax.y) continue;
    bool ok = true;
    for (const Exclusion& e : exclusions())
      if (distanceMetres(c, e.lonLat) < e.radiusM + r) ok = false;
    for (const Campus& cp : all.campuses)
      if (distanceMetres(c, cp.lonLat) < 600 + r) ok = false;  // the campus itself
    // The whole park inside the municipality: its centre and the corners of its bounding square.
    for (const glm::dvec2 q : {c, lo, hi, glm::dvec2{lo.x, hi.y}, glm::dvec2{hi.x, lo.y}})
      if (ok && !town.contains(q)) ok = false;
    if (!ok || !index.free(city.toMetres(c), r)) continue;
    centre = c;
    return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// [SECTION] park contents: parcels, buildings, occupancy, tenants
// ---------------------------------------------------------------------------

struct Tables {
  FeatureTable &parks, &parcels, &buildings, &tenants;
  TableBuilder pk, pc, bd, tn;
};

std::string landUse(Setting s, std::string_view sector, AnchorKind kind, Rng& rng) {
  const double u = rng.uniform();
  switch (s) {
    case Setting::SiliconAlley:
      return u < (kind == AnchorKind::University ? 0.45 : 0.25) ? "A35 科研用地" : "B29 商务用地";
    case Setting::Urban:
      return u < 0.6 ? "M0 新型产业用地" : u < 0.85 ? "A35 科研用地" : "B29 商务用地";
    case Setting::Outer:
      // Hydrogen and materials plants need M2/M3 land (hazard classes); some sit on M1.
      if (sector == "materials" || sector == "energy")
        return u < 0.25 ? "M3 三类工业用地" : u < 0.6 ? "M2 二类工业用地" : u < 0.88 ? "M1 一类工业用地" : "M0 新型产业用地";
      return u < 0.5 ? "M0 新型产业用地" : u < 0.85 ? "M1 一类工业用地" : "A35 科研用地";
  }
  return "M0 新型产业用地";
}

// Quarterly occupancy 2024Q1..2026Q4: zero before the building opened, then a
// saturating ramp towards its target with noise; a few lose a big tenant.
std::array<double, kQuarters> occupancySeries(int openQuarter, Rng& rng) {
  const double target = rng.range(0.55, 0.97), start = rng.range(0.05, 0.3), tau = rng.range(1.5, 6.0);
  const bool dip = rng.chance(0.12);
  const int dipAt = rng.intRange(3, 10);
  const double dipSize = rng.range(0.1, 0.25);
  std::array<double, kQuarters> occ{};
  for (int q = 0; q < kQuarters; ++q) {
    double v = 0;
    if (q >= openQuarter) {
      v = target - (target - start) * std::exp(-(q - openQuarter) / tau) + rng.range(-0.035, 0.035);
      if (dip && q >= dipAt) v -= dipSize * std::exp(-(q - dipAt) / 3.0);
    } else {
      rng.next();  // keep the stream aligned whatever the opening date
    }
    occ[static_cast<size_t>(q)] = round3(std::clamp(v, 0.0, 1.0));
  }
  return occ;
}

struct ParkInfo {
  std::string id, nameZh, nameEn;
  std::string placeZh, placeEn;  // "环电子科大" / "UESTC ring"
  std::string hostZh, hostEn;    // the university for a campus park ("电子科技大学"), else ""

  const Sector* sector;
  const SubSector* sub;
  Setting setting;
  AnchorKind kind;
  int opened;
};

std::string quarterLabel(int q) {  // 0 -> "2024Q1"; negative quarters reach back before 2024
  const int y = 2024 + (q >= 0 ? q / 4 : -((-q + 3) / 4));
  return std::to_string(y) + "Q" + std::to_string(q - (y - 2024) * 4 + 1);
}

void addParkContents(const ParkInfo& pk, const ParkLayout& lay, const LocalFrame& f, const GeneratorOptions& opt,
                     Tables& t, Rng& rng, double& gfaSum, double& vacantSum, int& buildingCount) {
  const auto secs = sectors();
  for (size_t j = 0; j < lay.parcels.size(); ++j) {
    const ParcelLayout& pl = lay.parcels[j];
    const std::string parcelId = pk.id + "-" + fmt("%02d", static_cast<int>(j + 1));
    const std::string letter(1, static_cast<char>('A' + j));
    double parcelGfa = 0;
    for (size_t k = 0; k < pl.buildings.size(); ++k) {
      const Footprint& fp = pl.buildings[k];
      const std::string bid = parcelId + "-" + fmt("%02d", static_cast<int>(k + 1));
      const double footprint = round1(fp.areaM2);
      const double gfa = footprint * fp.floors;
      // Buildings of a park open over its first two years.
      const int openQuarter = (pk.opened - 2024) * 4 + rng.intRange(0, 7);
      const auto occ = occupancySeries(openQuarter, rng);
      const double occupancy = occ[kQuarters - 1];
      const double vacant = gfa * (1 - occupancy);
      const double occupied = gfa - vacant;
      const double tenantSize = pk.setting == Setting::SiliconAlley ? rng.range(400, 1200)
                                : pk.setting == Setting::Urban      ? rng.range(600, 2000)
                                                                    : rng.range(1500, 5000);
      const int tenants = std::clamp(static_cast<int>(std::lround(occupied / tenantSize)), occupied > 50 ? 1 : 0, 12);
      const bool readyNow = vacant > 0 && rng.chance(pk.opened >= 2023 ? 0.65 : 0.4) && openQuarter < kQuarters;
      const double rent = std::round(2 * (pk.setting == Setting::SiliconAlley ? rng.range(70, 130)
                                          : pk.setting == Setting::Urban      ? rng.range(45, 95)
                                                                              : rng.range(18, 40))) / 2;
      t.bd.s(bid).s(parcelId).s(pk.id).s(pk.nameZh + " " + letter + std::to_string(k + 1) + "栋")
          .s(pk.nameEn + " Bldg " + letter + std::to_string(k + 1)).s(std::string(pk.sector->id))
          .s(std::string(pk.sub->id)).i(fp.floors).r(fp.heightM).r(footprint).r(gfa).r(vacant).r(occupancy);
      for (double v : occ) t.bd.r(v);
      const BuildingType type = buildingTypeFor(pk.setting, *pk.sector, pk.sub->id, fp.floors, rng);
      t.bd.i(tenants).i(readyNow ? 1 : 0).r(rent).s(type.type).r(type.floorLoad).s(kSampleStatus).endRow();
      std::vector<std::vector<glm::dvec2>> rings{toLonLat(f, fp.shell)};
      if (!fp.hole.empty()) rings.push_back(toLonLat(f, fp.hole));
      addPolygon(t.buildings.geom, rings);

      // Tenants: mostly the park's own sub-sector, some neighbours from other fields.
      std::vector<double> w(static_cast<size_t>(tenants));
      double wsum = 0;
      for (double& v : w) wsum += (v = rng.range(0.3, 1.7));
      for (int n = 0; n < tenants; ++n) {
        const Sector* sec = pk.sector;
        const SubSector* sub = pk.sub;
        const double u = rng.uniform();
        if (u > 0.85) sec = &secs[static_cast<size_t>(rng.intRange(0, static_cast<int>(secs.size()) - 1))];
        if (u > 0.7) sub = &sec->subSectors[static_cast<size_t>(rng.intRange(0, static_cast<int>(sec->subSectors.size()) - 1))];
        const std::string name = tenantName(sub->id, rng);
        const double area = round1(occupied * w[static_cast<size_t>(n)] / wsum);
        const std::string since = quarterLabel(rng.intRange(std::max(openQuarter, -20), kQuarters - 1));
        const glm::dvec2 p = fp.solidPoint + glm::dvec2(rng.range(-2.5, 2.5), rng.range(-2.5, 2.5));
        if (!opt.tenants) continue;
        t.tn.s(bid + "-T" + fmt("%02d", n + 1)).s(bid).s(pk.id).s(name).s(std::string(sec->id)).s(std::string(sub->id))
            .r(area).s(since).s(kSampleStatus).endRow();
        addPoint(t.tenants.geom, f.toLonLat(p));
      }
      parcelGfa += gfa;
      gfaSum += gfa;
      vacantSum += vacant;
      ++buildingCount;
    }
    t.pc.s(parcelId).s(pk.id).s(pk.nameZh + " " + letter + "地块").s(pk.nameEn + " Plot " + letter)
        .s(std::string(pk.sector->id))
        .s(std::string(pk.sub->id)).s(landUse(pk.setting, pk.sector->id, pk.kind, rng)).r(round1(pl.areaM2))
        .r(std::round(parcelGfa / pl.areaM2 * 100) / 100).s(kSampleStatus).endRow();
    addPolygon(t.parcels.geom, {toLonLat(f, pl.corners)});
  }
}

// Ecosystem sites hosted by a park: proof-of-concept centres and university
// science parks on campus rings, pilot platforms and new R&D institutions at
// clusters and zones, and one demonstration scenario per policy theme.
void addParkSites(const ParkInfo& pk, const Anchor& an, glm::dvec2 at, EcoBuilder& e, std::vector<std::string>& used,
                  Rng& rng) {
  struct Pick {
    std::string_view kind, zh, en;
    int naming = 0;  // 0: park name + kind, 1: place + kind (scenarios), 2: university + kind
  };
  std::vector<Pick> picks;
  static const std::pair<std::string_view, Pick> kScenarios[] = {
      {"digital_diagnosis", {"scenario", "数字诊疗应用场景", "digital diagnosis scenario", 1}},
      {"green_hydrogen", {"scenario", "氢能应用场景", "hydrogen scenario", 1}},
      {"flying_cars", {"scenario", "飞行汽车应用场景", "flying-car scenario", 1}},
      {"metaverse", {"scenario", "元宇宙+应用场景", "metaverse+ scenario", 1}}};
  for (const auto& [sub, p] : kScenarios)
    if (sub == pk.sub->id && std::find(used.begin(), used.end(), sub) == used.end()) {
      used.emplace_back(sub);
      picks.push_back(p);
    }
  if (rng.chance(0.5)) {
    // University science parks are the real ones (clusters_chengdu.csv), never invented.
    if (an.kind == AnchorKind::University) {
      rng.chance(0.5);  // keeps the stream as it was when sample science parks were drawn here
      picks.push_back({"proof_of_concept", "概念验证中心", "proof-of-concept centre"});
    } else if (rng.chance(0.5)) {
      picks.push_back({"pilot_platform", "中试平台", "pilot platform"});
    } else {
      picks.push_back({"new_rd_institution", "新型研发机构", "new-type R&D institution"});
    }
  }
  for (const Pick& p : picks) {
    std::string zh = pk.nameZh.substr(0, pk.nameZh.rfind("孵化加速园")), en = pk.nameEn.substr(0, pk.nameEn.rfind(" park"));
    if (p.naming == 1) zh = "示例·" + pk.placeZh, en = "SAMPLE " + pk.placeEn;
    if (p.naming == 2) zh = "示例·" + pk.hostZh, en = "SAMPLE " + pk.hostEn;
    e.b.s(fmt("E%03d", ++e.synthetic)).s(zh + std::string(p.zh)).s(en + " " + std::string(p.en))
        .s(std::string(p.kind)).s(std::string(pk.sector->id)).i(0).s("sample").s(kSampleSiteStatus).endRow();
    addPoint(e.t.geom, at);
  }
}

}  // namespace

std::string quarterColumn(int q) { return "occ_" + std::to_string(2024 + q / 4) + "q" + std::to_string(q % 4 + 1); }

// ---------------------------------------------------------------------------
// [SECTION] generateSample
// ---------------------------------------------------------------------------

SampleData generateSample(const Anchors& anchors, const GeneratorOptions& opt) {
  if (!(opt.scale > 0 && opt.scale <= 10000))
    throw Error("", "--scale must be in (0, 10000], got " + std::to_string(opt.scale), "scale");
  if (!opt.municipality)
    throw Error("", "the sample generator needs the district polygons (geodata/cache/chengdu_districts.gpkg)",
                "districts");
  const Municipality& town = *opt.municipality;
  SampleData d;
  buildUniversities(anchors, d.universities);
  buildZones(town, d.zones);
  d.ecosystem.layer = "ecosystem";
  d.ecosystem.crs = "EPSG:4326";
  EcoBuilder eco(d.ecosystem);
  addRealSites(anchors, eco);

  for (FeatureTable* t : {&d.parks, &d.parcels, &d.buildings, &d.tenants}) t->crs = "EPSG:4326";
  d.parks.layer = "parks";
  d.parcels.layer = "parcels";
  d.buildings.layer = "buildings";
  d.tenants.layer = "tenants";
  Tables t{d.parks, d.parcels, d.buildings, d.tenants,
           TableBuilder(d.parks, {{"park_id", S::String}, {"name_zh", S::String}, {"name_en", S::String},
                                  {"sector", S::String}, {"sub_sector", S::String}, {"horizon", S::String},
                                  {"zone", S::String}, {"district", S::String}, {"anchor_id", S::String},
                                  {"anchor_kind", S::String}, {"opened", S::Integer}, {"area_m2", S::Real},
                                  {"gfa_m2", S::Real}, {"vacant_m2", S::Real}, {"occupancy", S::Real},
                                  {"buildings", S::Integer}, {"status", S::String}, {"selection_batch", S::Integer},
                                  {"carrier_role", S::String}, {"stock_renovation", S::Integer},
                                  {"dev_area", S::String}, {"timeframe", S::String}, {"data_status", S::String}}),
           TableBuilder(d.parcels, {{"parcel_id", S::String}, {"park_id", S::String}, {"name_zh", S::String},
                                    {"name_en", S::String}, {"sector", S::String}, {"sub_sector", S::String}, {"land_use", S::String},
                                    {"area_m2", S::Real}, {"far", S::Real}, {"data_status", S::String}}),
           TableBuilder(d.buildings,
                        {{"building_id", S::String}, {"parcel_id", S::String}, {"park_id", S::String},
                         {"name_zh", S::String}, {"name_en", S::String}, {"sector", S::String},
                         {"sub_sector", S::String}, {"floors", S::Integer}, {"height_m", S::Real},
                         {"footprint_m2", S::Real}, {"gfa_m2", S::Real}, {"vacant_m2", S::Real},
                         {"occupancy", S::Real}}),
           TableBuilder(d.tenants, {{"tenant_id", S::String}, {"building_id", S::String}, {"park_id", S::String},
                                    {"name_zh", S::String}, {"sector", S::String}, {"sub_sector", S::String},
                                    {"area_m2", S::Real}, {"since", S::String}, {"data_status", S::String}})};
  // The quarterly columns and the rest of the building fields, appended in order.
  {
    FeatureTable tail;
    TableBuilder(tail, {{"tenants", S::Integer}, {"ready_now", S::Integer}, {"rent_cny_m2_month", S::Real},
                        {"building_type", S::String}, {"floor_load_kn_m2", S::Real}, {"data_status", S::String}});
    std::vector<Column> cols;
    for (int q = 0; q < kQuarters; ++q) {
      Column c;
      c.name = quarterColumn(q);
      c.type = S::Real;
      cols.push_back(std::move(c));
    }
    for (auto& c : tail.columns) cols.push_back(std::move(c));
    for (auto& c : cols) d.buildings.columns.push_back(std::move(c));
  }

  const auto slots = parkSlots();
  const size_t planned = std::max<size_t>(1, static_cast<size_t>(std::lround(static_cast<double>(slots.size()) * opt.scale)));
  const LocalFrame city{kCityCentre};
  ParkIndex index;
  std::unordered_map<std::string, int> nameCount;
  std::vector<std::string> usedSites;
  int parkNo = 0;
  for (size_t i = 0; i < planned; ++i) {
    const ParkSlot& slot = slots[i % slots.size()];
    const int round = static_cast<int>(i / slots.size());
    Rng rng = Rng::stream(opt.seed, i);
    const Anchor an = resolveAnchor(anchors, slot);
    const Sector* sec = nullptr;
    const SubSector* sub = findSubSector(slot.subSector, &sec);
    if (!sub) throw Error("", "the sample plan names an unknown sub-sector '" + std::string(slot.subSector) + "'");

    const Setting setting = settingAt(an.lonLat);
    ParkLayout lay;
    layoutPark(setting, rng, lay);
    double radius = 0;
    for (const auto& c : lay.boundary) radius = std::max(radius, std::hypot(c.x, c.y));
    glm::dvec2 centre;
    if (!placePark(an, anchors, town, radius, round, index, city, rng, centre)) {
      ++d.parksSkipped;
      continue;
    }
    index.add(city.toMetres(centre), radius);

    ParkInfo pk;
    pk.id = fmt("P%03d", ++parkNo);
    const std::string base = std::string(placeZh(slot.anchorId, slot.kind)) + std::string(sub->zh);
    const int dup = ++nameCount[base];
    pk.nameZh = "示例·" + base + (dup > 1 ? fmt("%d号", dup) : "") + "孵化加速园";
    pk.nameEn = "SAMPLE " + std::string(placeEn(slot.anchorId, slot.kind)) + " " + std::string(sub->en) +
                (dup > 1 ? fmt(" No.%d", dup) : "") + " park";
    pk.placeZh = placeZh(slot.anchorId, slot.kind);
    pk.placeEn = placeEn(slot.anchorId, slot.kind);
    if (const Campus* c = slot.kind == AnchorKind::University ? anchors.campus(an.id) : nullptr)
      pk.hostZh = c->nameZh, pk.hostEn = c->nameEn;
    pk.sector = sec;
    pk.sub = sub;
    pk.setting = setting;
    pk.kind = slot.kind;
    pk.opened = openedYear(setting, rng);

    const LocalFrame f{centre};
    double gfa = 0, vacant = 0;
    int nBuildings = 0;
    addParkContents(pk, lay, f, opt, t, rng, gfa, vacant, nBuildings);

    const ZoneOutline* zone = zoneAt(centre);
    const std::string& district = town.districtAt(centre);  // from the polygons, not the anchor
    const ParkAttributes at = parkAttributes(*sec, slot.kind, setting, pk.opened, district, zone ? zone->shortZh : "", rng);
    t.pk.s(pk.id).s(pk.nameZh).s(pk.nameEn).s(std::string(sec->id)).s(std::string(sub->id))
        .s(std::string(horizonId(sub->horizon))).s(zone ? zone->shortZh : "").s(district).s(an.id)
        .s(anchorKindId(slot.kind)).i(pk.opened).r(round1(lay.areaM2)).r(gfa).r(vacant)
        .r(gfa > 0 ? 1 - vacant / gfa : 0).i(nBuildings).s(at.status).i(at.batch).s(at.carrierRole)
        .i(at.stockRenovation).s(at.devArea).s(std::string(horizonYears(sub->horizon))).s(kSampleStatus).endRow();
    addPolygon(d.parks.geom, {toLonLat(f, lay.boundary)});

    const Footprint& host = lay.parcels.front().buildings.front();
    addParkSites(pk, an, f.toLonLat(host.solidPoint), eco, usedSites, rng);
  }
  return d;
}

}  // namespace ps::sample
