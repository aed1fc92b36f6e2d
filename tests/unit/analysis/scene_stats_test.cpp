// computeStats cross-checked against GDAL's SQLite dialect (SpatiaLite
// functions) run on the same tables written to a GeoPackage: an independent
// implementation of the spatial joins and the sums.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <sstream>

#include "analysis/quarters.h"
#include "analysis/scene_stats.h"
#include "analysis_fixture.h"
#include "core/error.h"

using namespace ps::analysis;

namespace {

struct SceneStatsSql : ::testing::Test {
  static fx::City city;
  static std::string gpkg;
  static void SetUpTestSuite() {
    city = fx::makeCity(600);
    gpkg = fx::tmpDir() + "/scene_stats_city.gpkg";
    fx::writeGpkg(gpkg, {&city.districts, &city.buildings, &city.parks, &city.universities, &city.zones});
  }
  StatsSources sources() const {
    StatsSources s;
    s.scenePath = "test-scene.toml";
    s.buildings = &city.buildings;
    s.parks = &city.parks;
    s.districts = &city.districts;
    s.zones = &city.zones;
    s.campuses = &city.universities;
    s.ringRadii = {1000, 3000};
    return s;
  }
  static double num(const StatsTable& t, const char* col, size_t row) {
    return t.columns[size_t(t.findColumn(col))].number[row];
  }
  static const std::string& text(const StatsTable& t, const char* col, size_t row) {
    return t.columns[size_t(t.findColumn(col))].text[row];
  }
  // SQL rows keyed by their first column.
  static std::map<std::string, std::vector<double>> sql(const std::string& q) {
    std::map<std::string, std::vector<double>> m;
    for (auto& r : fx::sqlRows(gpkg, q)) m[r.key] = r.values;
    return m;
  }
  // Every row of t against the SQL result (count, gfa, vacant), keyed by `key`; rows missing in SQL must be empty.
  static void expectAgree(const StatsTable& t, const std::map<std::string, std::vector<double>>& ref) {
    size_t matched = 0;
    for (size_t r = 0; r < t.rowCount(); ++r) {
      const std::string& k = text(t, "key", r);
      auto it = ref.find(k);
      if (it == ref.end()) {
        EXPECT_EQ(num(t, "buildings", r), 0) << k;
        continue;
      }
      ++matched;
      EXPECT_EQ(num(t, "buildings", r), it->second[0]) << k;
      EXPECT_NEAR(num(t, "gfa_m2", r), it->second[1], 1e-6) << k;
      EXPECT_NEAR(num(t, "vacant_m2", r), it->second[2], 1e-6) << k;
      EXPECT_EQ(formatNumber(num(t, "gfa_m2", r), CellKind::Area), formatNumber(it->second[1], CellKind::Area)) << k;
    }
    EXPECT_EQ(matched, ref.size());
  }
};
fx::City SceneStatsSql::city;
std::string SceneStatsSql::gpkg;

const char* kVacantNow = "COALESCE(b.vacant_m2, b.gfa_m2 * (1 - b.occupancy))";

}  // namespace

TEST_F(SceneStatsSql, ByDistrictMatchesSpatialiteJoin) {
  StatsTable t;
  computeStats(sources(), {StatsBy::District, std::nullopt, false}, t);
  ASSERT_EQ(t.rowCount(), 3u);
  EXPECT_EQ(text(t, "key", 0), "510104");
  EXPECT_EQ(text(t, "name_zh", 2), "金牛区");
  expectAgree(t, sql(std::string("SELECT d.code, COUNT(*), SUM(b.gfa_m2), SUM(") + kVacantNow +
                     ") FROM buildings b JOIN districts d ON ST_Intersects(d.geom, ST_Centroid(b.geom)) GROUP BY d.code"));
  auto parks = sql("SELECT d.code, COUNT(*) FROM parks p JOIN districts d ON ST_Intersects(d.geom, ST_Centroid(p.geom)) GROUP BY d.code");
  for (size_t r = 0; r < 3; ++r) {
    auto it = parks.find(text(t, "key", r));
    EXPECT_EQ(num(t, "parks", r), it == parks.end() ? 0 : it->second[0]);
  }
  // Shares of one row sum to 1 minus the unknown-sector share; occupancy + vacancy = 1.
  for (size_t r = 0; r < 3; ++r) {
    EXPECT_NEAR(num(t, "occupancy", r) + num(t, "vacancy", r), 1, 1e-12);
    EXPECT_NEAR(num(t, "occupied_m2", r), num(t, "gfa_m2", r) - num(t, "vacant_m2", r), 1e-9);
  }
}

TEST_F(SceneStatsSql, ByDistrictAtAQuarterUsesThatQuartersOccupancy) {
  StatsTable t;
  computeStats(sources(), {StatsBy::District, parseQuarter("2025Q3"), false}, t);
  EXPECT_EQ(t.meta[1].second, "2025Q3");
  expectAgree(t, sql("SELECT d.code, COUNT(*), SUM(b.gfa_m2), SUM(b.gfa_m2 * (1 - b.occ_2025q3)) FROM buildings b "
                     "JOIN districts d ON ST_Intersects(d.geom, ST_Centroid(b.geom)) GROUP BY d.code"));
}

TEST_F(SceneStatsSql, ByZoneCountsOverlapsInEveryZone) {
  StatsTable t;
  computeStats(sources(), {StatsBy::Zone, std::nullopt, false}, t);
  ASSERT_EQ(t.rowCount(), 2u);
  expectAgree(t, sql(std::string("SELECT z.zone_id, COUNT(*), SUM(b.gfa_m2), SUM(") + kVacantNow +
                     ") FROM buildings b JOIN zones z ON ST_Intersects(z.geom, ST_Centroid(b.geom)) GROUP BY z.zone_id"));
}

TEST_F(SceneStatsSql, BySectorParkAndSubSectorMatchGroupBy) {
  StatsTable t;
  computeStats(sources(), {StatsBy::Sector, std::nullopt, false}, t);
  expectAgree(t, sql(std::string("SELECT COALESCE(b.sector, ''), COUNT(*), SUM(b.gfa_m2), SUM(") + kVacantNow +
                     ") FROM buildings b GROUP BY b.sector"));
  computeStats(sources(), {StatsBy::Park, std::nullopt, false}, t);
  expectAgree(t, sql(std::string("SELECT COALESCE(b.park_id, ''), COUNT(*), SUM(b.gfa_m2), SUM(") + kVacantNow +
                     ") FROM buildings b GROUP BY b.park_id"));
  EXPECT_EQ(text(t, "name_en", 0), "Park 1");
  computeStats(sources(), {StatsBy::SubSector, std::nullopt, false}, t);
  expectAgree(t, sql(std::string("SELECT COALESCE(b.sub_sector, ''), COUNT(*), SUM(b.gfa_m2), SUM(") + kVacantNow +
                     ") FROM buildings b GROUP BY b.sub_sector"));
  EXPECT_EQ(text(t, "sector", 0), "bio");
  EXPECT_EQ(text(t, "horizon", 0), "near");
  // The seed's timing in words, both languages (issue 16).
  EXPECT_EQ(text(t, "timing_zh", 0), "近期 · 未来3到5年");
  EXPECT_EQ(text(t, "timing_en", 0), "near term · next 3-5 years");
}

TEST_F(SceneStatsSql, SectorTimingFollowsTheSeedsHorizons) {
  StatsTable t;
  computeStats(sources(), {StatsBy::Sector, std::nullopt, false}, t);
  std::map<std::string, std::pair<std::string, std::string>> timing;
  for (size_t r = 0; r < t.rowCount(); ++r) timing[text(t, "key", r)] = {text(t, "timing_zh", r), text(t, "timing_en", r)};
  ASSERT_TRUE(timing.count("bio"));
  // 前沿生物: 近期 基因及细胞治疗、数字诊疗、核医药; 中远期 生物育种、合成生物.
  EXPECT_EQ(timing["bio"].first, "近期 3 个细分领域(未来3到5年)；中远期 2 个细分领域(未来5到10年)");
  EXPECT_EQ(timing["bio"].second, "near term: 3 sub-sectors (next 3-5 years); medium/long term: 2 sub-sectors (5-10 years)");
  for (const char* unphased : {"digital", "materials"}) {
    if (timing.count(unphased)) {
      EXPECT_EQ(timing[unphased].first, "政策未分近期/中远期") << unphased;
    }
  }
  if (timing.count("frontier")) {
    EXPECT_EQ(timing["frontier"].second, "watch: tracked, not phased");
  }
  for (const auto& [key, t2] : timing) {
    if (!key.empty()) {
      EXPECT_FALSE(t2.first.empty() || t2.second.empty()) << key;
    }
  }
}

TEST_F(SceneStatsSql, ByRingMatchesDistanceQueriesAndMergesOneUniversity) {
  StatsTable t;
  computeStats(sources(), {StatsBy::Ring, std::nullopt, false}, t);
  ASSERT_EQ(t.rowCount(), 8u);  // 4 campuses x 2 radii
  for (double r : {1000.0, 3000.0}) {
    auto ref = sql("SELECT u.id || '/' || u.campus || '/' || " + std::to_string(int(r)) +
                   ", COUNT(*), SUM(b.gfa_m2), SUM(" + kVacantNow +
                   ") FROM buildings b JOIN universities u ON ST_Distance(ST_Centroid(b.geom), u.geom) <= " +
                   std::to_string(r) + " GROUP BY u.fid");
    StatsTable only;
    only.columns = t.columns;
    for (auto& c : only.columns) {
      c.text.clear();
      c.number.clear();
    }
    for (size_t row = 0; row < t.rowCount(); ++row)
      if (num(t, "radius_m", row) == r)
        for (size_t c = 0; c < t.columns.size(); ++c) {
          if (t.columns[c].kind == CellKind::Text) only.columns[c].text.push_back(t.columns[c].text[row]);
          else only.columns[c].number.push_back(t.columns[c].number[row]);
        }
    ASSERT_EQ(only.rowCount(), 4u);
    expectAgree(only, ref);
  }

  computeStats(sources(), {StatsBy::Ring, std::nullopt, true}, t);
  ASSERT_EQ(t.rowCount(), 6u);  // the two UESTC campuses (1.5 km apart) merge at both radii
  EXPECT_EQ(text(t, "key", 0), "uestc/沙河+清水河/1000");
  EXPECT_EQ(text(t, "key", 1), "uestc/沙河+清水河/3000");
  auto merged = sql(std::string("SELECT 'm', COUNT(*), SUM(b.gfa_m2), SUM(") + kVacantNow +
                    ") FROM buildings b WHERE EXISTS (SELECT 1 FROM universities u WHERE u.id = 'uestc' AND "
                    "ST_Distance(ST_Centroid(b.geom), u.geom) <= 1000)");
  EXPECT_EQ(num(t, "buildings", 0), merged["m"][0]);
  EXPECT_NEAR(num(t, "gfa_m2", 0), merged["m"][1], 1e-6);
  EXPECT_NEAR(num(t, "vacant_m2", 0), merged["m"][2], 1e-6);
}

TEST_F(SceneStatsSql, CsvCellsAreThePanelNumbers) {
  StatsTable t;
  computeStats(sources(), {StatsBy::District, std::nullopt, false}, t);
  std::ostringstream csv;
  writeCsv(t, csv);
  std::string firstRow = csv.str().substr(csv.str().find("\r\n") + 2);
  firstRow = firstRow.substr(0, firstRow.find("\r\n"));
  std::string expect;
  for (size_t c = 0; c < t.columns.size(); ++c) expect += (c ? "," : "") + formatCell(t, c, 0);
  EXPECT_EQ(firstRow, expect);
  EXPECT_EQ(csv.str().substr(0, 21), "key,name_zh,name_en,p");
}

TEST_F(SceneStatsSql, MissingLayersNameTheSceneAndLayer) {
  StatsSources s = sources();
  s.districts = nullptr;
  StatsTable t;
  try {
    computeStats(s, {StatsBy::District, std::nullopt, false}, t);
    FAIL();
  } catch (const ps::Error& e) {
    EXPECT_EQ(e.file(), "test-scene.toml");
    EXPECT_EQ(e.key(), "layers.districts");
  }
  s = sources();
  s.ringRadii.clear();
  EXPECT_THROW(computeStats(s, {StatsBy::Ring, std::nullopt, false}, t), ps::Error);
  s.buildings = nullptr;
  EXPECT_THROW(computeStats(s, {StatsBy::Sector, std::nullopt, false}, t), ps::Error);
}

TEST(SceneStats, SourcesFromSceneLayerIds) {
  fx::City city = fx::makeCity(5);
  ps::Scene scene;
  scene.path = "/x/scene.toml";
  for (const char* id : {"buildings", "parks", "districts", "university_rings", "universities"}) {
    ps::LayerSpec l;
    l.id = id;
    scene.layers.push_back(l);
  }
  scene.layers[3].kind = ps::LayerKind::Ring;  // found by kind, as in geodata/chengdu.toml
  scene.layers[3].fields.name = "ring_program";
  scene.layers[0].fields.gfa = "gfa_m2";
  scene.layers[3].ringRadii = {1500, 3000};
  std::map<std::string, const ps::FeatureTable*> loaded = {{"buildings", &city.buildings},
                                                           {"parks", &city.parks},
                                                           {"districts", &city.districts},
                                                           {"universities", &city.universities}};
  StatsSources s = statsSourcesFromScene(scene, [&](const std::string& id) -> const ps::FeatureTable* {
    auto it = loaded.find(id);
    return it == loaded.end() ? nullptr : it->second;
  });
  EXPECT_EQ(s.buildings, &city.buildings);
  EXPECT_EQ(s.buildingRoles.gfa, "gfa_m2");
  EXPECT_EQ(s.zones, nullptr);
  EXPECT_EQ(s.campuses, &city.universities);
  EXPECT_EQ(s.ringRadii, (std::vector<double>{1500, 3000}));
  EXPECT_EQ(parseStatsBy("subsector"), StatsBy::SubSector);
  EXPECT_FALSE(parseStatsBy("county"));
}
