#pragma once
// Hand-built siting scenes: FeatureTables constructed in memory, in a
// Gauss-Krüger-like metric CRS with realistic magnitudes (x ~ 4e5, y ~ 3.4e6)
// so precision problems would show.
#include <cmath>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include <glm/vec2.hpp>

#include "analysis/siting/siting_index.h"
#include "core/feature_table.h"

namespace ps::siting::test {

inline const glm::dvec2 kOrigin{400000.0, 3390000.0};

using Value = std::variant<std::monostate, int64_t, double, std::string>;
using Row = std::vector<std::pair<std::string, Value>>;

inline void addRow(FeatureTable& t, const Row& row) {
  size_t r = t.size() - 1;  // geometry already added
  t.fid.push_back(static_cast<int64_t>(r));
  for (const auto& [name, v] : row) {
    if (t.findColumn(name) >= 0 || std::holds_alternative<std::monostate>(v)) continue;
    Column c;
    c.name = name;
    c.type = std::holds_alternative<int64_t>(v) ? FieldType::Integer
             : std::holds_alternative<double>(v) ? FieldType::Real : FieldType::String;
    c.null.assign(r, 1);
    c.ints.assign(c.type == FieldType::Integer ? r : 0, 0);
    c.reals.assign(c.type == FieldType::Real ? r : 0, 0.0);
    c.strings.assign(c.type == FieldType::String ? r : 0, "");
    t.columns.push_back(std::move(c));
  }
  for (Column& c : t.columns) {
    c.null.push_back(1);
    if (c.type == FieldType::Integer) c.ints.push_back(0);
    if (c.type == FieldType::Real) c.reals.push_back(0);
    if (c.type == FieldType::String) c.strings.push_back("");
    for (const auto& [name, v] : row) {
      if (name != c.name || std::holds_alternative<std::monostate>(v)) continue;
      c.null.back() = 0;
      if (auto* i = std::get_if<int64_t>(&v)) c.ints.back() = *i;
      if (auto* d = std::get_if<double>(&v)) c.reals.back() = *d;
      if (auto* s = std::get_if<std::string>(&v)) c.strings.back() = *s;
    }
  }
}

inline void addPolygon(FeatureTable& t, const std::vector<glm::dvec2>& shell, const Row& row) {
  t.geom.beginFeature(GeomKind::Polygon);
  t.geom.beginPart();
  std::vector<glm::dvec2> pts;
  for (const auto& p : shell) pts.push_back(kOrigin + p);
  t.geom.addRing(pts.data(), pts.size());
  t.geom.endFeature();
  addRow(t, row);
}

inline void addRect(FeatureTable& t, glm::dvec2 lo, glm::dvec2 hi, const Row& row) {
  addPolygon(t, {lo, {hi.x, lo.y}, hi, {lo.x, hi.y}}, row);
}

// A square building footprint of side 2*half centred on c (local coordinates).
inline void addSquare(FeatureTable& t, glm::dvec2 c, double half, const Row& row) {
  addRect(t, c - glm::dvec2(half), c + glm::dvec2(half), row);
}

inline void addCircle(FeatureTable& t, glm::dvec2 c, double r, const Row& row, int n = 64) {
  std::vector<glm::dvec2> pts;
  for (int i = 0; i < n; ++i) {
    double a = 2 * M_PI * i / n;
    pts.push_back(c + r * glm::dvec2(std::cos(a), std::sin(a)));
  }
  addPolygon(t, pts, row);
}

inline void addPoint(FeatureTable& t, glm::dvec2 p, const Row& row) {
  t.geom.beginFeature(GeomKind::Point);
  t.geom.beginPart();
  glm::dvec2 q = kOrigin + p;
  t.geom.addRing(&q, 1);
  t.geom.endFeature();
  addRow(t, row);
}

// A small scene: two zones side by side (gaoxin x<5000, tianfu x>=5000, both
// y in [0,5000]), dongbu far east; one district; a 1 km knowledge ring around
// campus uestc_shahe at (1000,1000); a pilot platform at (3000,1000); robotics
// tenants clustered near (1500,1000). Buildings are added by each test.
struct TestScene {
  FeatureTable buildings, parks, zones, districts, rings, universities, ecosystem, tenants;

  TestScene() {
    for (auto* t : {&buildings, &parks, &zones, &districts, &rings, &universities, &ecosystem, &tenants})
      t->crs = "EPSG:4507";
    buildings.source = "test/buildings.gpkg";
    zones.source = "test/zones.gpkg";
    rings.source = "test/rings";
    addRect(zones, {0, 0}, {5000, 5000}, {{"zone_id", "gaoxin"}, {"name_zh", "高新区"}, {"name_en", "High-tech Zone"}});
    addRect(zones, {5000, 0}, {10000, 5000}, {{"zone_id", "tianfu"}, {"name_zh", "天府新区"}, {"name_en", "Tianfu New Area"}});
    addRect(zones, {20000, 0}, {30000, 5000}, {{"zone_id", "dongbu"}, {"name_zh", "东部新区"}, {"name_en", "Eastern New Area"}});
    addRect(districts, {-1000, -1000}, {40000, 10000}, {{"code", "510108"}, {"name_zh", "成华区"}, {"name_en", "Chenghua"}});
    addCircle(rings, {1000, 1000}, 1000, {{"name_zh", "电子科技大学"}, {"name_en", "UESTC"}, {"campus", "沙河"}});
    addPoint(universities, {1000, 1000}, {{"id", "uestc_shahe"}, {"name_zh", "电子科技大学"}, {"name_en", "UESTC"}, {"campus", "沙河"}});
    addPoint(ecosystem, {3000, 1000}, {{"site_id", "pp1"}, {"name_zh", "机器人中试平台"}, {"name_en", "Robot pilot platform"},
                                        {"kind", "pilot_platform"}, {"sector", "digital"}});
    addPoint(ecosystem, {25000, 1000}, {{"site_id", "new_materials_zone"}, {"name_zh", "成都新材料产业功能区"},
                                         {"kind", "named_cluster"}, {"sector", "materials"}});
    for (int i = 0; i < 10; ++i)
      addPoint(tenants, {1500.0 + i, 1000.0}, {{"tenant_id", "T" + std::to_string(i)}, {"sector", "digital"},
                                               {"sub_sector", "humanoid_robots"}});
  }

  SitingInputs inputs() const {
    SitingInputs in;
    in.buildings = {&buildings, "buildings", nullptr};
    in.parks = {&parks, "parks", nullptr};
    in.zones = {&zones, "zones", nullptr};
    in.districts = {&districts, "districts", nullptr};
    in.rings = {&rings, "rings", nullptr};
    in.universities = {&universities, "universities", nullptr};
    in.ecosystem = {&ecosystem, "ecosystem", nullptr};
    in.tenants = {&tenants, "tenants", nullptr};
    in.parcels = {nullptr, "parcels", nullptr};
    return in;
  }

  void building(const std::string& id, glm::dvec2 c, double vacant, int64_t ready = 1, int64_t floors = 5,
                const std::string& sub = "humanoid_robots") {
    addSquare(buildings, c, 15, {{"building_id", id}, {"name_zh", "楼" + id}, {"name_en", "Building " + id},
                                 {"park_id", "P1"}, {"sector", "digital"}, {"sub_sector", sub},
                                 {"vacant_m2", vacant}, {"gfa_m2", 10000.0}, {"floors", floors},
                                 {"occupancy", 0.6}, {"ready_now", ready}, {"rent_cny_m2_month", 60.0},
                                 {"tenants", int64_t(3)}});
  }
};

}  // namespace ps::siting::test
