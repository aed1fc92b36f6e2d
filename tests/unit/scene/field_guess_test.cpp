// Field-role guessing on tables shaped like bureau files (scene/field_guess.h).
#include <gtest/gtest.h>

#include "core/pinyin.h"
#include "scene/field_guess.h"
#include "scene/sector_values.h"
#include "scene/style_eval.h"

namespace ps {
namespace {

Column realColumn(const std::string& name, std::vector<double> v) {
  Column c;
  c.name = name;
  c.type = FieldType::Real;
  c.reals = std::move(v);
  c.null.assign(c.reals.size(), 0);
  return c;
}

Column textColumn(const std::string& name, std::vector<std::string> v) {
  Column c;
  c.name = name;
  c.strings = std::move(v);
  c.null.assign(c.strings.size(), 0);
  return c;
}

// Three 20 m x 10 m buildings (200 m² footprints) in metres.
FeatureTable table(std::vector<Column> cols) {
  FeatureTable t;
  t.layer = "JZ";
  for (int i = 0; i < 3; ++i) {
    t.geom.beginFeature(GeomKind::Polygon);
    t.geom.beginPart();
    const double x = 100.0 * i;
    const glm::dvec2 ring[] = {{x, 0}, {x + 20, 0}, {x + 20, 10}, {x, 10}};
    t.geom.addRing(ring, 4);
    t.geom.endFeature();
    t.fid.push_back(i);
  }
  t.columns = std::move(cols);
  return t;
}

TEST(FieldGuess, PinyinInitialsOfBureauFieldNames) {
  EXPECT_EQ(pinyinInitials("建筑面积"), "jzmj");
  EXPECT_EQ(pinyinInitials("占地面积"), "zdmj");
  EXPECT_EQ(pinyinInitials("层数"), "cs");
  EXPECT_EQ(pinyinInitials("用地性质"), "ydxz");
  EXPECT_EQ(pinyinInitials("园区名称"), "yqmc");
  EXPECT_EQ(pinyinInitials("入驻率"), "rzl");
  // The place-name readings are unchanged.
  EXPECT_EQ(pinyinInitials("武侯区"), "whq");
}

TEST(FieldGuess, PinyinFieldsAreGuessedWithTheirReason) {
  FeatureTable t = table({textColumn("JZMC", {"一号楼", "二号楼", "三号楼"}), realColumn("JZMJ", {200, 5000, 180000}),
                          realColumn("ZDMJ", {300, 400, 500}), realColumn("CS", {2, 12, 30}),
                          textColumn("CYLB", {"生物医药", "新能源", "食品加工"}), realColumn("RZL", {0.5, 0.8, 0.95}),
                          textColumn("YQMC", {"天府生物城", "天府生物城", "新经济产业园"})});
  FieldGuesses g = guessFieldRoles(t);
  EXPECT_EQ(g.find("gfa")->field, "JZMJ");
  EXPECT_EQ(g.find("gfa")->reason, "JZMJ: pinyin initials of 建筑面积, values 200–180,000");
  EXPECT_EQ(g.find("floors")->field, "CS");
  EXPECT_EQ(g.find("name")->field, "JZMC");
  EXPECT_EQ(g.find("sector")->field, "CYLB");
  EXPECT_NE(g.find("sector")->reason.find("2 of 3 distinct values map onto the sectors"), std::string::npos);
  EXPECT_EQ(g.find("occupancy")->field, "RZL");
  EXPECT_EQ(g.find("park")->field, "YQMC");
  EXPECT_EQ(g.find("height")->field, "");
  // 占地面积 is land area: said, and never taken for a role.
  ASSERT_EQ(g.notes.size(), 1u);
  EXPECT_EQ(g.notes[0], "ZDMJ: pinyin initials of 占地面积 (land area), not a role");
  for (const FieldGuess& r : g.roles) EXPECT_NE(r.field, "ZDMJ") << r.role;
  EXPECT_EQ(g.sectorValues.unmatched(), std::vector<std::string>{"食品加工"});
}

TEST(FieldGuess, ChineseAndEnglishNamesAndValueChecks) {
  FeatureTable zh = table({textColumn("名称", {"a", "b", "c"}), realColumn("总建筑面积(m2)", {1000, 2000, 3000}),
                           realColumn("建筑高度", {12, 40, 99}), textColumn("园区名称", {"x", "y", "z"})});
  FieldGuesses g = guessFieldRoles(zh);
  EXPECT_EQ(g.find("name")->field, "名称");
  EXPECT_EQ(g.find("gfa")->field, "总建筑面积(m2)");
  EXPECT_EQ(g.find("height")->field, "建筑高度");
  EXPECT_EQ(g.find("park")->field, "园区名称");

  // English, occupancy in per cent, a "floors" column that holds text.
  FeatureTable en = table({textColumn("Building_Name", {"a", "b", "c"}), realColumn("floor_area", {10, 20, 30}),
                           realColumn("occupancy_rate", {35, 60, 99}), textColumn("storeys", {"low", "mid", "high"})});
  g = guessFieldRoles(en);
  EXPECT_EQ(g.find("name")->field, "Building_Name");
  EXPECT_EQ(g.find("gfa")->field, "floor_area");
  EXPECT_EQ(g.find("occupancy")->field, "occupancy_rate");
  EXPECT_NE(g.find("occupancy")->reason.find("per cent"), std::string::npos);
  EXPECT_EQ(g.find("floors")->field, "");  // text values cannot be storeys
}

TEST(FieldGuess, ASectorColumnIsFoundByItsValues) {
  FeatureTable t = table({textColumn("lb", {"bio", "新材料", "人工智能"}), realColumn("x", {1, 2, 3})});
  FieldGuesses g = guessFieldRoles(t);
  EXPECT_EQ(g.find("sector")->field, "lb");
  EXPECT_EQ(g.find("sector")->reason, "lb: values, 3 of 3 distinct values map onto the sectors");
}

TEST(FieldGuess, ProposedLayerIsSectorColouredAndGfaExtruded) {
  FeatureTable t = table({realColumn("JZMJ", {400, 2000, 4000}), textColumn("CYLB", {"生物医药", "bio", "光芯片"})});
  FieldGuesses g = guessFieldRoles(t);
  LayerSpec l = proposeLayer(t, g, "jz");
  EXPECT_EQ(l.kind, LayerKind::Extrusion);
  EXPECT_EQ(l.style.colorMode, ColorMode::Category);
  EXPECT_EQ(l.style.colorField, "sector");
  EXPECT_TRUE(l.style.heightFromGfa);
  EXPECT_EQ(l.sectorValues, (std::map<std::string, std::string>{{"生物医药", "bio"}, {"光芯片", "network"}}));
  // GFA 400 m² on a 200 m² footprint: two storeys of 4 m.
  applySectorValues(t.columns[1], l.sectorValues);
  EvaluatedStyle st;
  evaluateStyle(l, t, st);
  EXPECT_FLOAT_EQ(st.height[0], 8.0f);
  EXPECT_FLOAT_EQ(st.height[2], 80.0f);
  EXPECT_EQ(st.color[0], st.color[1]);  // 生物医药 drawn as bio
}

TEST(SectorValues, NamesSynonymsSubSectorsAndContainedWords) {
  std::string how;
  EXPECT_EQ(matchSectorValue("bio", &how)->id, "bio");
  EXPECT_EQ(matchSectorValue("先进能源", &how)->id, "energy");
  EXPECT_EQ(how, "sector name 先进能源");
  EXPECT_EQ(matchSectorValue("光芯片", &how)->id, "network");
  EXPECT_EQ(how, "sub-sector 光芯片 of 泛在网络");
  EXPECT_EQ(matchSectorValue("生物医药", &how)->id, "bio");
  EXPECT_EQ(how, "synonym 生物医药");
  EXPECT_EQ(matchSectorValue("新能源汽车产业", &how)->id, "mobility");  // the longer word wins
  EXPECT_EQ(matchSectorValue(" AI ", &how)->id, "digital");
  EXPECT_EQ(matchSectorValue("retail", &how), nullptr);  // "ai" inside a word is not AI
  EXPECT_EQ(matchSectorValue("食品加工", &how), nullptr);
  // A bureau's shortened sub-sector name.
  EXPECT_EQ(matchSectorValue("高性能纤维", &how)->id, "materials");
  EXPECT_EQ(how, "part of sub-sector 高性能纤维及复合材料 of 新型材料");
  EXPECT_EQ(matchSectorValue("其他", &how), nullptr);
  EXPECT_EQ(matchSectorValue("纤", &how), nullptr);  // one character says nothing
}

}  // namespace
}  // namespace ps
