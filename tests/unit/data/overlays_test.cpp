// Overlays on the map (src/data/): the time option, occupancy display
// heights, number formats, derived layers from hand-built tables, and the scene
// keys that declare them, down to loadSceneData on a GeoJSON written here.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <cstdio>
#include <fstream>
#include <set>
#include <string>

#include "analysis/quarters.h"
#include "data/derived_layers.h"
#include "data/occupancy_display.h"
#include "data/overlay_format.h"
#include "data/quarter_option.h"
#include "data/scene_loader.h"
#include "core/error.h"
#include "scene/scene.h"

namespace fs = std::filesystem;
using namespace ps;
using namespace ps::data;

namespace {

Column realColumn(const std::string& name, std::vector<double> v) {
  Column c;
  c.name = name;
  c.type = FieldType::Real;
  for (double x : v) c.null.push_back(std::isnan(x) ? 1 : 0);
  c.reals = std::move(v);
  return c;
}

Column stringColumn(const std::string& name, std::vector<std::string> v) {
  Column c;
  c.name = name;
  c.type = FieldType::String;
  c.null.assign(v.size(), 0);
  c.strings = std::move(v);
  return c;
}

void addSquare(GeometryColumn& g, glm::dvec2 c, double half) {
  const glm::dvec2 pts[4] = {c + glm::dvec2(-half, -half), c + glm::dvec2(half, -half), c + glm::dvec2(half, half),
                             c + glm::dvec2(-half, half)};
  g.beginFeature(GeomKind::Polygon);
  g.beginPart();
  g.addRing(pts, 4);
  g.endFeature();
}

// Ten 20 m buildings: five "bio" near (0, 0) in park A, five "digital" near
// (5000, 0) in park B; GFA 1000 each, 40 m and 10 floors.
FeatureTable twoClusters() {
  FeatureTable t;
  t.crs = "EPSG:4507";
  std::vector<double> gfa, height, floors;
  std::vector<std::string> sector, park;
  for (int k = 0; k < 10; ++k) {
    const glm::dvec2 c = (k < 5 ? glm::dvec2(0, 0) : glm::dvec2(5000, 0)) + glm::dvec2((k % 5) * 60.0, (k % 2) * 60.0);
    addSquare(t.geom, c, 10);
    t.fid.push_back(k);
    gfa.push_back(1000);
    height.push_back(40);
    floors.push_back(10);
    sector.push_back(k < 5 ? "bio" : "digital");
    park.push_back(k < 5 ? "A" : "B");
  }
  t.columns.push_back(realColumn("gfa_m2", gfa));
  t.columns.push_back(realColumn("height_m", height));
  t.columns.push_back(realColumn("floors", floors));
  t.columns.push_back(stringColumn("sector", sector));
  t.columns.push_back(stringColumn("park_id", park));
  return t;
}

LayerSpec derivedLayer(const std::string& toml) {
  const std::string text = R"(
[[layers]]
id = "buildings"
kind = "extrusion"
source = { path = "b.gpkg" }
)" + toml;
  Scene s = parseScene(text, "overlay_test.toml");
  return s.layers.at(1);
}

}  // namespace

TEST(QuarterOption, LabelsAndFractionalIndices) {
  EXPECT_EQ(parseQuarterOption("2025Q2"), 5.0);
  EXPECT_EQ(parseQuarterOption("2024q1"), 0.0);
  EXPECT_EQ(parseQuarterOption("2026-Q4"), 11.0);
  EXPECT_EQ(parseQuarterOption("6.5"), 6.5);
  EXPECT_EQ(parseQuarterOption("0"), 0.0);
  EXPECT_FALSE(parseQuarterOption("2023Q4"));
  EXPECT_FALSE(parseQuarterOption("11.5"));
  EXPECT_FALSE(parseQuarterOption("-1"));
  EXPECT_FALSE(parseQuarterOption("6.5x"));
  EXPECT_FALSE(parseQuarterOption(""));
  EXPECT_EQ(quarterText(5), "2025Q2");
  EXPECT_EQ(quarterText(5.5), "2025Q2+0.50");
}

TEST(QuarterOption, BadSceneQuarterNamesFileAndKey) {
  Scene s;
  s.path = "/x/scene.toml";
  EXPECT_FALSE(sceneQuarter(s));
  s.quarter = "2025Q3";
  EXPECT_EQ(sceneQuarter(s), 6.0);
  s.quarter = "2027Q1";
  try {
    sceneQuarter(s);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.file(), "/x/scene.toml");
    EXPECT_EQ(e.key(), "scene.quarter");
    EXPECT_NE(std::string(e.what()).find("2027Q1"), std::string::npos);
  }
}

TEST(OccupancyDisplay, OccupancyAtQuarterNowAndFallbacks) {
  FeatureTable t;
  for (int i = 0; i < 3; ++i) addSquare(t.geom, {i * 100.0, 0}, 10);
  // Row 0 has a full history; row 1 only "now"; row 2 only gfa and vacant.
  for (int q = 0; q < analysis::kQuarterCount; ++q)
    t.columns.push_back(realColumn(analysis::occupancyColumnName(q), {0.1 + 0.05 * q, NAN, NAN}));
  t.columns.push_back(realColumn("occupancy", {0.9, 0.4, NAN}));
  t.columns.push_back(realColumn("gfa_m2", {1000, 1000, 2000}));
  t.columns.push_back(realColumn("vacant_m2", {100, 600, 500}));
  std::vector<double> occ;
  featureOccupancy(t, {}, 11.0, occ);
  ASSERT_EQ(occ.size(), 3u);
  EXPECT_NEAR(occ[0], 0.65, 1e-12);
  EXPECT_NEAR(occ[1], 0.4, 1e-12);
  EXPECT_NEAR(occ[2], 0.75, 1e-12);
  featureOccupancy(t, {}, 2.0, occ);
  EXPECT_NEAR(occ[0], 0.2, 1e-12);
  featureOccupancy(t, {}, std::nullopt, occ);
  EXPECT_NEAR(occ[0], 0.9, 1e-12);
  // Between quarters the monotone curve stays between its neighbours.
  featureOccupancy(t, {}, 4.5, occ);
  EXPECT_GT(occ[0], 0.3);
  EXPECT_LT(occ[0], 0.35);
}

TEST(OccupancyDisplay, FilledHeightsWholeFloorsSmoothAndUnknown) {
  const std::vector<float> h{40, 40, 40, 30};
  const std::vector<double> floors{10, 10, NAN, 10};
  const std::vector<double> occ{0.56, NAN, 0.5, 0.0};
  std::vector<float> out;
  filledHeights(h, floors, occ, false, out);
  EXPECT_FLOAT_EQ(out[0], 24.0f);  // 5.6 storeys round to 6 of 10
  EXPECT_FLOAT_EQ(out[1], 40.0f);  // unknown: solid, nothing claimed vacant
  EXPECT_FLOAT_EQ(out[2], 20.0f);  // no floor count: continuous
  EXPECT_FLOAT_EQ(out[3], 0.0f);
  filledHeights(h, floors, occ, true, out);
  EXPECT_NEAR(out[0], 22.4f, 1e-4);
}

TEST(OccupancyDisplay, RampOnOccupancyFollowsTheQuarter) {
  FeatureTable t;
  addSquare(t.geom, {0, 0}, 10);
  t.columns.push_back(realColumn("occ", {1.0}));
  LayerSpec l;
  l.kind = LayerKind::Extrusion;
  l.fields.occupancy = "occ";
  l.style.colorMode = ColorMode::Ramp;
  l.style.colorField = "occupancy";
  l.style.ramp = {Rgba(0, 0, 0, 1), Rgba(1, 1, 1, 1)};
  EvaluatedStyle st;
  evaluateStyle(l, t, st);
  EXPECT_EQ(st.color[0], glm::u8vec4(255, 255, 255, 255));
  const std::vector<double> occ{0.0};
  EXPECT_TRUE(recolourOccupancyRamp(l, t, occ, st));
  EXPECT_EQ(st.color[0], glm::u8vec4(0, 0, 0, 255));
  l.style.colorField = "gfa";
  EXPECT_FALSE(recolourOccupancyRamp(l, t, occ, st));
}

TEST(OverlayFormat, AreasPercentagesCounts) {
  EXPECT_EQ(formatArea(123456, true), "12.3 万m²");
  EXPECT_EQ(formatArea(123456, false), "123k m²");
  EXPECT_EQ(formatArea(8500, true), "8,500 m²");
  EXPECT_EQ(formatArea(2.5e6, false), "2.50M m²");
  EXPECT_EQ(formatArea(2.5e6, true), "250 万m²");
  EXPECT_EQ(formatPercent(0.1234), "12.3%");
  EXPECT_EQ(formatMetric(1234, "parks", true), "1,234");
  EXPECT_EQ(formatMetric(0.5, "share:bio", false), "50.0%");
  EXPECT_EQ(formatMetric(NAN, "gfa", true), "—");
}

TEST(SceneDerived, HexbinDefaultsAndValidation) {
  LayerSpec l = derivedLayer(R"(
[[layers]]
id = "hex"
kind = "hexbin"
from = "buildings"
hex_size = 400
height_by = "count"
)");
  EXPECT_EQ(l.kind, LayerKind::Extrusion);
  EXPECT_EQ(l.derived.kind, DerivedKind::Hexbin);
  EXPECT_EQ(l.derived.hexSize, 400);
  EXPECT_TRUE(l.derived.heightByCount);
  EXPECT_EQ(l.fields.height, "height_m");
  EXPECT_EQ(l.style.colorMode, ColorMode::Category);
  EXPECT_EQ(l.style.colorField, "dominant");
  l = derivedLayer("[[layers]]\nid = \"hex\"\nkind = \"hexbin\"\nfrom = \"buildings\"\nshare_of = \"数字智能\"\n");
  EXPECT_EQ(l.derived.shareOf, "digital");
  EXPECT_EQ(l.style.colorMode, ColorMode::Ramp);
  EXPECT_EQ(l.style.colorField, "share_sel");

  auto fails = [](const std::string& toml, const std::string& key) {
    try {
      derivedLayer(toml);
      ADD_FAILURE() << "no error for " << toml;
    } catch (const Error& e) {
      EXPECT_EQ(e.key(), key) << e.what();
    }
  };
  fails("[[layers]]\nid = \"h\"\nkind = \"hexbin\"\nfrom = \"nope\"\n", "layers[1].from");
  fails("[[layers]]\nid = \"h\"\nkind = \"hexbin\"\n", "layers[1].from");
  fails("[[layers]]\nid = \"h\"\nkind = \"hexbin\"\nfrom = \"buildings\"\nsource = { path = \"x\" }\n", "layers[1].source");
  fails("[[layers]]\nid = \"h\"\nkind = \"hexbin\"\nfrom = \"buildings\"\neps = 3\n", "layers[1].eps");
  fails("[[layers]]\nid = \"h\"\nkind = \"hexbin\"\nfrom = \"buildings\"\nheight_by = \"floors\"\n", "layers[1].height_by");
  fails("[[layers]]\nid = \"h\"\nkind = \"hexbin\"\nfrom = \"buildings\"\nshare_of = \"biology\"\n", "layers[1].share_of");
  fails("[[layers]]\nid = \"c\"\nkind = \"choropleth\"\nfrom = \"buildings\"\nmetric = \"share:x\"\n", "layers[1].metric");
  fails("[[layers]]\nid = \"c\"\nkind = \"choropleth\"\nfrom = \"buildings\"\nregions = \"districts\"\n", "layers[1].regions");
  fails("[[layers]]\nid = \"c\"\nkind = \"clusters\"\nfrom = \"buildings\"\nhull = \"alpha\"\n", "layers[1].hull");
  fails("[[layers]]\nid = \"r\"\nkind = \"ring_stats\"\nfrom = \"buildings\"\ncampuses = \"buildings\"\n", "layers[1].ring_radii");
}

TEST(SceneDerived, OccupancyStyleQuarterAndSaveRoundTrip) {
  const std::string text = R"(
[scene]
quarter = "2025Q2"
[[layers]]
id = "buildings"
kind = "extrusion"
source = { path = "b.gpkg" }
style = { occupancy = "filled", vacant_opacity = 0.25 }
[[layers]]
id = "clusters"
kind = "clusters"
from = "buildings"
eps = 500
min_points = 3
hull = "convex"
)";
  Scene s = parseScene(text, (fs::path(PARKSCAPE_TEST_TMP) / "overlay_rt.toml").string());
  EXPECT_EQ(s.quarter, "2025Q2");
  EXPECT_TRUE(s.layers[0].style.occupancyFilled);
  EXPECT_FLOAT_EQ(s.layers[0].style.vacantOpacity, 0.25f);
  EXPECT_TRUE(s.layers[1].style.outlineMatch);
  EXPECT_EQ(s.layers[1].fields.name, "label");
  fs::create_directories(PARKSCAPE_TEST_TMP);
  const std::string out = (fs::path(PARKSCAPE_TEST_TMP) / "overlay_saved.toml").string();
  saveScene(s, out);
  Scene t = loadScene(out);
  EXPECT_EQ(t.quarter, "2025Q2");
  EXPECT_TRUE(t.layers[0].style.occupancyFilled);
  EXPECT_EQ(t.layers[1].derived.kind, DerivedKind::Clusters);
  EXPECT_EQ(t.layers[1].derived.eps, 500);
  EXPECT_EQ(t.layers[1].derived.minPoints, 3);
  EXPECT_FALSE(t.layers[1].derived.concave);
  EXPECT_TRUE(t.layers[1].style.outlineMatch);
  EXPECT_TRUE(t.layers[1].source.path.empty());
}

TEST(DerivedLayers, HexColumnsKeepTheTotalsAndExplainTheirHeight) {
  const FeatureTable b = twoClusters();
  LayerSpec l = derivedLayer("[[layers]]\nid = \"hex\"\nkind = \"hexbin\"\nfrom = \"buildings\"\nhex_size = 1000\nheight_scale = 0.01\n");
  DerivedInputs in;
  in.from = &b;
  DerivedResult r;
  deriveLayer(l, in, r);
  ASSERT_EQ(r.table.size(), 2u);  // the two groups are 5 km apart
  const Column* h = r.table.column("height_m");
  const Column* dom = r.table.column("dominant");
  ASSERT_TRUE(h && dom);
  EXPECT_NEAR(h->asReal(0) + h->asReal(1), 10000 * 0.01, 1e-9);
  EXPECT_EQ(r.table.geom.kind[0], GeomKind::Polygon);
  std::set<std::string> doms{dom->asString(0), dom->asString(1)};
  EXPECT_EQ(doms, (std::set<std::string>{"bio", "digital"}));
  ASSERT_EQ(r.legend.size(), 2u);  // the two dominant sectors, in policy order
  EXPECT_EQ(r.legend[0].label, "前沿生物");
  EXPECT_NE(r.note.find("高100米=1.0 万m²建筑面积"), std::string::npos) << r.note;
  EXPECT_NE(r.noteEn.find("100 m tall = 10k m² GFA"), std::string::npos) << r.noteEn;
}

TEST(DerivedLayers, ClusterHullsPerSectorWithLabels) {
  const FeatureTable b = twoClusters();
  LayerSpec l = derivedLayer("[[layers]]\nid = \"c\"\nkind = \"clusters\"\nfrom = \"buildings\"\neps = 200\nmin_points = 3\n");
  DerivedInputs in;
  in.from = &b;
  DerivedResult r;
  deriveLayer(l, in, r);
  ASSERT_EQ(r.table.size(), 2u);
  const Column* lab = r.table.column("label");
  const Column* labEn = r.table.column("label_en");
  ASSERT_TRUE(lab && labEn);
  EXPECT_EQ(lab->asString(0), "前沿生物 · 1 个园区 · 5,000 m²");
  EXPECT_EQ(labEn->asString(1), "Digital intelligence · 1 park · 5,000 m²");
  EXPECT_EQ(r.legend.size(), 2u);
}

TEST(DerivedLayers, ChoroplethClassesCarryRangesWithUnits) {
  const FeatureTable b = twoClusters();
  // Three regions: the bio group, the digital group, and an empty one.
  FeatureTable regions;
  addSquare(regions.geom, {120, 30}, 1000);
  addSquare(regions.geom, {5120, 30}, 1000);
  addSquare(regions.geom, {20000, 0}, 1000);
  regions.columns.push_back(stringColumn("name_zh", {"甲", "乙", "丙"}));
  LayerSpec l = derivedLayer("[[layers]]\nid = \"c\"\nkind = \"choropleth\"\nfrom = \"buildings\"\nregions = \"buildings\"\nmetric = \"share:bio\"\nclasses = 2\nmethod = \"equal_interval\"\n");
  DerivedInputs in;
  in.from = &b;
  in.regions = &regions;
  DerivedResult r;
  deriveLayer(l, in, r);
  ASSERT_EQ(r.table.size(), 3u);
  const Column* cls = r.table.column("class");
  ASSERT_TRUE(cls);
  EXPECT_EQ(cls->asString(0), "1");  // 100 % bio
  EXPECT_EQ(cls->asString(1), "0");  // 0 % bio
  EXPECT_EQ(cls->asString(2), "");   // no GFA: no rate
  ASSERT_EQ(r.legend.size(), 3u);
  EXPECT_EQ(r.legend[0].label, "0.0% – 50.0%");
  EXPECT_EQ(r.legend[1].labelEn, "50.0% – 100.0%");
  EXPECT_EQ(r.legend[2].labelEn, "no data");
  EXPECT_EQ(r.categories.size(), 3u);
  EXPECT_NE(r.note.find("等间距 2 级"), std::string::npos) << r.note;
}

TEST(DerivedLayers, LoadSceneDataComputesDerivedTablesAndLegends) {
  // A GeoJSON of 12 buildings near Chengdu (lon/lat), two parks' worth.
  const fs::path dir = fs::path(PARKSCAPE_TEST_TMP) / "overlay_load";
  fs::create_directories(dir);
  std::string gj = R"({"type":"FeatureCollection","features":[)";
  for (int k = 0; k < 12; ++k) {
    const double x = 104.06 + (k < 6 ? 0.0 : 0.05) + (k % 6) * 0.0006, y = 30.60 + (k % 2) * 0.0006;
    const double d = 0.0001;
    char buf[640];
    std::snprintf(buf, sizeof buf,
                  R"(%s{"type":"Feature","properties":{"gfa_m2":2000,"height_m":30,"floors":6,"sector":"%s","park_id":"%s","occ_2024q3":0.2,"occ_2026q4":0.9,"occupancy":0.5},)"
                  R"("geometry":{"type":"Polygon","coordinates":[[[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f]]]}})",
                  k ? "," : "", k < 6 ? "bio" : "network", k < 6 ? "P1" : "P2", x, y, x + d, y, x + d, y + d, x, y + d, x, y);
    gj += buf;
  }
  gj += "]}";
  std::ofstream(dir / "b.geojson") << gj;
  std::ofstream(dir / "scene.toml") << R"(
[scene]
quarter = "2024Q3"
[[layers]]
id = "buildings"
kind = "extrusion"
source = { path = "b.geojson" }
fields = { height = "height_m", floors = "floors", gfa = "gfa_m2", occupancy = "occupancy" }
style = { color_mode = "category", color_field = "sector", occupancy = "filled" }
[[layers]]
id = "hex"
kind = "hexbin"
from = "buildings"
hex_size = 800
[[layers]]
id = "clusters"
kind = "clusters"
from = "buildings"
eps = 300
min_points = 4
style = { color_field = "sectr", color_mode = "category" }
)";
  // A typo in a derived layer's colour field is caught like any other.
  try {
    data::loadSceneData(loadScene((dir / "scene.toml").string()));
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.key(), "layers[2].style.color_field") << e.what();
    EXPECT_NE(std::string(e.what()).find("clusters table derived from 'buildings'"), std::string::npos) << e.what();
  }
  Scene s = loadScene((dir / "scene.toml").string());
  s.layers[2].style.colorField = "sector";
  data::SceneData data = data::loadSceneData(std::move(s));
  const data::LoadedLayer* hex = data.find("hex");
  const data::LoadedLayer* cl = data.find("clusters");
  ASSERT_TRUE(hex && cl);
  const Column* count = hex->table.column("count");
  ASSERT_TRUE(count);
  double buildings = 0;
  for (size_t i = 0; i < hex->table.size(); ++i) buildings += count->asReal(i);
  EXPECT_EQ(buildings, 12);
  EXPECT_EQ(cl->table.size(), 2u);
  EXPECT_EQ(hex->report.source, "derived from layer 'buildings'");
  EXPECT_FALSE(hex->spec->legendNote.empty());
  // The occupancy display's legend is stamped with the scene's quarter.
  const LayerSpec& b = *data.find("buildings")->spec;
  ASSERT_EQ(b.legend.size(), 2u);
  EXPECT_NE(b.legend[0].label.find("2024Q3"), std::string::npos);
  // Vacancy at 2024Q3 (occupancy 0.2) reaches the derived tables.
  const Column* occ = hex->table.column("occupancy");
  ASSERT_TRUE(occ);
  EXPECT_NEAR(occ->asReal(0), 0.2, 1e-9);
}
