// A planner's own files, inspected as `parkscape info --suggest` and the import
// dialog do (data/source_inspect.h), then loaded through the proposed scene.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <stdexcept>

#include "analysis/scene_stats.h"
#include "core/error.h"
#include "data/scene_loader.h"
#include "data/source_inspect.h"
#include "scene/style_eval.h"

namespace ps::data {
namespace {

std::string owndata(const std::string& name) { return std::string(PARKSCAPE_TEST_DATA) + "/owndata/" + name; }

const InspectedLayer& layerNamed(const SourceInspection& in, const std::string& name) {
  for (const InspectedLayer& l : in.layers)
    if (l.name == name) return l;
  throw std::runtime_error("no layer " + name);
}

TEST(SourceInspect, MultiLayerPinyinGeoPackageIn4543) {
  SourceInspection in = inspectSource(owndata("bureau_pinyin.gpkg"));
  ASSERT_EQ(in.layers.size(), 2u);
  const InspectedLayer& jz = layerNamed(in, "JZ");
  EXPECT_EQ(jz.crs, "EPSG:4543");
  EXPECT_EQ(jz.crsNote, "declared by the source");
  EXPECT_EQ(jz.table.size(), 14u);
  const FieldRoles r = jz.guesses.fieldRoles();
  EXPECT_EQ(r.name, "JZMC");
  EXPECT_EQ(r.gfa, "JZMJ");
  EXPECT_EQ(r.floors, "CS");
  EXPECT_EQ(r.sector, "CYLB");
  EXPECT_EQ(r.occupancy, "RZL");
  EXPECT_EQ(r.park, "YQMC");
  EXPECT_EQ(r.district, "XZQ");
  EXPECT_EQ(jz.guesses.find("gfa")->reason, "JZMJ: pinyin initials of 建筑面积, values 200–179,600");
  EXPECT_EQ(jz.guesses.sectorValues.unmatched(), std::vector<std::string>{"食品加工"});
  EXPECT_EQ(jz.proposal.kind, LayerKind::Extrusion);
  EXPECT_EQ(jz.proposal.id, "jz");
  // The parks layer: 园区名称 names the parks; 占地面积 and 用地性质 are not roles.
  const InspectedLayer& yq = layerNamed(in, "YQ");
  EXPECT_EQ(yq.guesses.fieldRoles().name, "YQMC");
  EXPECT_EQ(yq.guesses.notes.size(), 2u);
  EXPECT_EQ(yq.proposal.kind, LayerKind::Fill);
}

TEST(SourceInspect, GbkShapefileWithChineseFieldNamesIn4523) {
  SourceInspection in = inspectSource(owndata("gbk_4523.shp"));
  ASSERT_EQ(in.layers.size(), 1u);
  const InspectedLayer& l = in.layers[0];
  EXPECT_EQ(l.crs, "EPSG:4523");
  EXPECT_EQ(l.report.nonUtf8, 0u);  // the .cpg says 936: decoded, not guessed
  const FieldRoles r = l.guesses.fieldRoles();
  EXPECT_EQ(r.name, "名称");
  EXPECT_EQ(r.gfa, "建筑面积");
  EXPECT_EQ(r.floors, "");  // no storeys: the proposal extrudes by GFA ÷ footprint
  EXPECT_EQ(r.sector, "产业类别");
  EXPECT_EQ(r.park, "所属园区");
  EXPECT_EQ(l.guesses.find("gfa")->reason, "建筑面积: name 建筑面积, values 200–179,600");
}

TEST(SourceInspect, EnglishFlatGeobufIn4544) {
  SourceInspection in = inspectSource(owndata("english_4544.fgb"));
  const InspectedLayer& l = in.layers.at(0);
  EXPECT_EQ(l.crs, "EPSG:4544");
  const FieldRoles r = l.guesses.fieldRoles();
  EXPECT_EQ(r.gfa, "floor_area");
  EXPECT_EQ(r.floors, "storeys");
  EXPECT_EQ(r.sector, "industry");
  EXPECT_EQ(r.occupancy, "occupancy_rate");
  EXPECT_EQ(r.park, "park_name");
  EXPECT_NE(l.guesses.find("occupancy")->reason.find("per cent"), std::string::npos);
  EXPECT_TRUE(l.proposal.occupancyPercent);
}

// An occupancy in per cent (入驻率 85) is saved as occupancy_unit = "percent"
// and read as a 0–1 rate: styles, filters and statistics see 0.85, not 85.
TEST(SourceInspect, OccupancyInPerCentLoadsAsARate) {
  SourceInspection in = inspectSource(owndata("english_4544.fgb"));
  Scene s = suggestScene(in);
  const std::string path = std::string(PARKSCAPE_TEST_TMP) + "/suggested_percent.toml";
  std::filesystem::create_directories(PARKSCAPE_TEST_TMP);
  saveScene(s, path);
  const Scene reread = loadScene(path);
  ASSERT_EQ(reread.layers.size(), 1u);
  EXPECT_TRUE(reread.layers[0].occupancyPercent);
  SceneData d = loadSceneData(reread);
  const Column* occ = d.layers.at(0).table.column("occupancy_rate");
  ASSERT_NE(occ, nullptr);
  double lo = 1e9, hi = -1e9;
  for (size_t r = 0; r < occ->size(); ++r) {
    lo = std::min(lo, occ->asReal(r));
    hi = std::max(hi, occ->asReal(r));
  }
  EXPECT_NEAR(lo, 0.35, 1e-9);   // the fixture's 35 % ...
  EXPECT_NEAR(hi, 0.935, 1e-9);  // ... to 93.5 %

  // Statistics find the own layer (not named "buildings") and its rates stay rates.
  auto src = analysis::statsSourcesFromScene(d.scene, [&d](const std::string& id) -> const FeatureTable* {
    const LoadedLayer* l = d.find(id);
    return l ? &l->table : nullptr;
  });
  ASSERT_NE(src.buildings, nullptr);
  analysis::StatsTable t;
  analysis::computeStats(src, {analysis::StatsBy::Sector, std::nullopt, false}, t);
  const int gfa = t.findColumn("gfa_m2"), occupancy = t.findColumn("occupancy");
  ASSERT_GE(gfa, 0);
  ASSERT_GE(occupancy, 0);
  double total = 0;
  for (size_t r = 0; r < t.rowCount(); ++r) {
    total += t.columns[size_t(gfa)].number[r];
    EXPECT_FALSE(t.columns[size_t(occupancy)].number[r] > 1.0) << r;  // NaN: a group without floor area
  }
  EXPECT_GT(total, 0.0);
}

TEST(SourceInspect, PrjLessFilesAreToldFromTheirEastingsOnlyWhenUnambiguous) {
  const InspectedLayer zone = inspectSource(owndata("zone_4522_noprj.shp")).layers.at(0);
  EXPECT_EQ(zone.crs, "EPSG:4522");
  EXPECT_EQ(zone.proposal.source.crs, "EPSG:4522");
  EXPECT_NE(zone.crsNote.find("zone 34"), std::string::npos) << zone.crsNote;
  const InspectedLayer gk = inspectSource(owndata("gk_noprj.shp")).layers.at(0);
  EXPECT_EQ(gk.crs, "");
  EXPECT_NE(gk.crsNote.find("cannot be told"), std::string::npos) << gk.crsNote;
}

// The proposed scene loads: sector values become sector ids, GFA makes height.
TEST(SourceInspect, SuggestedSceneLoadsSectorColouredAndGfaExtruded) {
  SourceInspection in = inspectSource(owndata("gbk_4523.shp"));
  Scene s = suggestScene(in);
  const std::string path = std::string(PARKSCAPE_TEST_TMP) + "/suggested.toml";
  std::filesystem::create_directories(PARKSCAPE_TEST_TMP);
  saveScene(s, path);
  SceneData d = loadSceneData(loadScene(path));
  ASSERT_EQ(d.layers.size(), 1u);
  const LoadedLayer& l = d.layers[0];
  EXPECT_TRUE(l.spec->style.heightFromGfa);
  const Column* sector = l.table.column("产业类别");
  ASSERT_NE(sector, nullptr);
  EXPECT_EQ(sector->asString(0), "bio");      // 生物医药
  EXPECT_EQ(sector->asString(1), "energy");   // 新能源
  EXPECT_EQ(sector->asString(6), "食品加工");  // unmatched: kept, listed
  EvaluatedStyle st;
  evaluateStyle(*l.spec, l.table, st);
  // Feature 0: 200 m² GFA over a ~0.0006° square (~57 m x 67 m): well under one storey.
  EXPECT_GT(st.height[13], st.height[0]);
  EXPECT_GT(st.height[13], 4.0f);
}

}  // namespace
}  // namespace ps::data
