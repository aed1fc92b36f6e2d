// scene/field_display: how the inspector shows each layer kind of the real
// Chengdu scene (geodata/chengdu.toml's layer specs, the real string table):
// rates as %, flags as yes/no, money and areas with units, years as years,
// policy enums translated, internal columns hidden, derived features titled.
#include <gtest/gtest.h>

#include <string>

#include "core/feature_table.h"
#include "core/i18n.h"
#include "scene/field_display.h"
#include "scene/scene.h"

using namespace ps;

namespace {

struct Fixture {
  Scene scene = loadScene(std::string(PARKSCAPE_SOURCE_DIR) + "/geodata/chengdu.toml");
  StringTable strings = StringTable::load(defaultStringsPath());
  const LayerSpec& layer(const std::string& id) const {
    for (const LayerSpec& l : scene.layers)
      if (l.id == id) return l;
    throw std::runtime_error("no layer " + id);
  }
};

Column real(const std::string& name, double v) { return Column{name, FieldType::Real, {}, {v}, {}, {0}}; }
Column integer(const std::string& name, int64_t v) { return Column{name, FieldType::Integer, {v}, {}, {}, {0}}; }
Column text(const std::string& name, const std::string& v) { return Column{name, FieldType::String, {}, {}, {v}, {0}}; }

std::string show(const Fixture& f, const char* layer, const Column& c, Lang lang) {
  return formatFieldValue(f.layer(layer), c, 0, f.strings, lang);
}

}  // namespace

TEST(FieldDisplay, BuildingValuesWithUnitsAndPercent) {
  const Fixture f;
  EXPECT_EQ(show(f, "buildings", real("occupancy", 0.5842), Lang::Zh), "58.4 %");
  EXPECT_EQ(show(f, "buildings", integer("ready_now", 1), Lang::Zh), "是");
  EXPECT_EQ(show(f, "buildings", integer("ready_now", 0), Lang::En), "No");
  EXPECT_EQ(show(f, "buildings", real("rent_cny_m2_month", 85.0), Lang::Zh), "85 元/m²·月");
  EXPECT_EQ(show(f, "buildings", real("footprint_m2", 2150.4), Lang::Zh), "2,150 m²");
  EXPECT_EQ(show(f, "buildings", real("gfa_m2", 123456), Lang::Zh), "12.35 万 m²(123,456 m²)");
  EXPECT_EQ(show(f, "buildings", real("gfa_m2", 123456), Lang::En), "123,456 m²");
  EXPECT_EQ(show(f, "buildings", real("height_m", 36.0), Lang::En), "36.0 m");
  EXPECT_EQ(show(f, "buildings", integer("floors", 9), Lang::Zh), "9 层");
  EXPECT_EQ(show(f, "buildings", text("data_status", "SAMPLE - synthetic data, not real"), Lang::Zh),
            "示例数据(合成,非真实)");
  EXPECT_EQ(show(f, "buildings", text("sector", "digital"), Lang::Zh), "数字智能");
  // The quarterly occupancies are the time panel's; the inspector hides them.
  EXPECT_EQ(fieldDisplay(f.layer("buildings"), "occ_2024q1").show, FieldShow::Hidden);
  EXPECT_EQ(fieldDisplay(f.layer("buildings"), "occ_2026q4").show, FieldShow::Hidden);
  EXPECT_EQ(fieldDisplayLabel(f.layer("buildings"), "footprint_m2", f.strings, Lang::Zh), "占地面积");
}

TEST(FieldDisplay, ParkYearsAndPolicyEnums) {
  const Fixture f;
  EXPECT_EQ(show(f, "parks", integer("opened", 2023), Lang::Zh), "2023 年");
  EXPECT_EQ(show(f, "parks", integer("opened", 2023), Lang::En), "2023");
  EXPECT_EQ(show(f, "parks", text("horizon", "medium_long"), Lang::Zh), "中远期");
  EXPECT_EQ(show(f, "parks", text("horizon", "near"), Lang::En), "Near term");
  EXPECT_EQ(show(f, "parks", text("anchor_kind", "zone"), Lang::Zh), "功能区");
  EXPECT_EQ(show(f, "parks", text("anchor_kind", "university"), Lang::En), "University");
  EXPECT_EQ(show(f, "parks", text("zone", "高新区"), Lang::En), "High-tech Zone");
  EXPECT_EQ(show(f, "parks", integer("buildings", 1234), Lang::Zh), "1,234");
  // An unknown enum value is shown as written, not dropped.
  EXPECT_EQ(show(f, "parks", text("horizon", "someday"), Lang::Zh), "someday");
  EXPECT_EQ(fieldDisplayLabel(f.layer("parks"), "horizon", f.strings, Lang::Zh), "发展时序");
}

// Issue 15 item 3, re-walked on the policy-faithful sample: its new fields
// were shown raw ("operating", "co_carrier", "lab", a floor load as "6 m²").
TEST(FieldDisplay, PolicyAttributesAndBuildingTypeTranslated) {
  const Fixture f;
  EXPECT_EQ(show(f, "parks", text("status", "operating"), Lang::Zh), "运营中");
  EXPECT_EQ(show(f, "parks", text("carrier_role", "co_carrier"), Lang::En), "Co-carrier area");
  EXPECT_EQ(show(f, "parks", text("dev_area", "suburban_city"), Lang::Zh), "郊区新城");
  EXPECT_EQ(show(f, "buildings", text("building_type", "lab"), Lang::Zh), "实验室");
  EXPECT_EQ(show(f, "buildings", text("building_type", "pilot_plant"), Lang::En), "Pilot plant");
  EXPECT_EQ(show(f, "buildings", real("floor_load_kn_m2", 6), Lang::Zh).find("m²"), std::string::npos);
  EXPECT_EQ(fieldDisplayLabel(f.layer("buildings"), "floor_load_kn_m2", f.strings, Lang::En), "Floor load (kN/m²)");
  EXPECT_EQ(fieldDisplayLabel(f.layer("buildings"), "building_type", f.strings, Lang::Zh), "楼宇类型");
}

TEST(FieldDisplay, CoordinateStatusTranslatedKeepingItsPrecision) {
  // The campuses' coord_status was shown raw ("approximate-unsourced (±0.7 km)") in both languages.
  const Fixture f;
  EXPECT_EQ(show(f, "universities", text("coord_status", "approximate-unsourced (\u00b10.7 km)"), Lang::Zh),
            "近似位置 (\u00b10.7 km)");
  EXPECT_EQ(show(f, "universities", text("coord_status", "very approximate guess (\u00b13 km)"), Lang::En),
            "rough guess (\u00b13 km)");
  EXPECT_EQ(show(f, "universities", text("coord_status", "approximate (derived from campus-map points)"), Lang::En),
            "approximate position");
}

TEST(FieldDisplay, HexagonFieldsAndTitle) {
  const Fixture f;
  const LayerSpec& hex = f.layer("hex_gfa");
  for (const char* internal : {"q", "r", "dominant_idx", "share_sel", "height_m"})
    EXPECT_EQ(fieldDisplay(hex, internal).show, FieldShow::Hidden) << internal;
  EXPECT_EQ(fieldDisplayLabel(hex, "gfa_bio", f.strings, Lang::Zh), "前沿生物建筑面积");
  EXPECT_EQ(fieldDisplayLabel(hex, "gfa_bio", f.strings, Lang::En), "Frontier bio GFA");
  EXPECT_EQ(fieldDisplayLabel(hex, "count", f.strings, Lang::Zh), "楼宇数");
  EXPECT_EQ(show(f, "hex_gfa", text("dominant", "digital"), Lang::En), "Digital intelligence");

  FeatureTable t;
  t.fid = {51};
  t.columns = {integer("q", 3), real("gfa_m2", 412000), text("dominant", "digital")};
  EXPECT_EQ(derivedFeatureTitle(hex, t, 0, f.strings, Lang::Zh), "数字智能为主 · 41.20 万 m²(412,000 m²)");
  EXPECT_EQ(derivedFeatureTitle(hex, t, 0, f.strings, Lang::En), "Mostly Digital intelligence · 412,000 m²");
}

TEST(FieldDisplay, RingTitledByCampusAndRadius) {
  const Fixture f;
  const LayerSpec& rings = f.layer("university_rings");
  FeatureTable t;
  t.fid = {0};
  t.columns = {text("id", "scu_wangjiang"), text("ring_program", ""), text("label_zh", "四川大学望江校区"),
               text("label_en", "Sichuan University Wangjiang"), real("radius_m", 1500)};
  EXPECT_EQ(derivedFeatureTitle(rings, t, 0, f.strings, Lang::Zh), "四川大学望江校区 · 1.5 公里圈");
  EXPECT_EQ(derivedFeatureTitle(rings, t, 0, f.strings, Lang::En), "Sichuan University Wangjiang · 1.5 km ring");
  EXPECT_EQ(show(f, "university_rings", real("radius_m", 1500), Lang::Zh), "1,500 米");
  // The name role (ring_program) keeps its own label: no second 名称 row.
  EXPECT_EQ(fieldDisplayLabel(rings, "ring_program", f.strings, Lang::Zh), "知识经济圈");
  // The campus's internal id (scu_wangjiang) and the label the title carries are not shown.
  for (const char* internal : {"id", "label_zh", "label_en"})
    EXPECT_EQ(fieldDisplay(rings, internal).show, FieldShow::Hidden) << internal;
  EXPECT_NE(fieldDisplay(f.layer("parks"), "park_id").show, FieldShow::Hidden);
  // A parks layer is not titled by a rule: its name fields are.
  EXPECT_EQ(derivedFeatureTitle(f.layer("parks"), t, 0, f.strings, Lang::Zh), "");
}

TEST(FieldDisplay, DistrictCoordinatesInDegreesSearchKeyHidden) {
  const Fixture f;
  // The district inspector showed 标注经度 104.040851509605 and the search's WHQ.
  EXPECT_EQ(show(f, "districts", real("label_lon", 104.040851509605), Lang::Zh), "104.0409\u00b0");
  EXPECT_EQ(show(f, "districts", real("label_lat", 30.6164280795205), Lang::En), "30.6164\u00b0");
  EXPECT_EQ(fieldDisplay(f.layer("districts"), "pinyin_initials").show, FieldShow::Hidden);
}

TEST(FieldDisplay, CampusInTheUiLanguage) {
  const Fixture f;
  // The ring inspector showed 校区 "Hangkonggang 航空港" in both languages.
  EXPECT_EQ(show(f, "university_rings", text("campus", "Hangkonggang 航空港"), Lang::Zh), "航空港");
  EXPECT_EQ(show(f, "university_rings", text("campus", "Hangkonggang 航空港"), Lang::En), "Hangkonggang");
  EXPECT_EQ(show(f, "university_rings", text("campus", "Main campus"), Lang::Zh), "Main campus");
  EXPECT_EQ(show(f, "university_rings", text("campus", "望江"), Lang::En), "望江");
  EXPECT_EQ(show(f, "university_rings", text("campus", "Chengdu (Wenjiang) 成都校区"), Lang::En), "Chengdu (Wenjiang)");
  EXPECT_EQ(show(f, "university_rings", text("campus", "Main (Erxianqiao 二仙桥)"), Lang::Zh), "Main (Erxianqiao 二仙桥)");
  EXPECT_EQ(show(f, "university_rings", text("campus", "East (International) 东部(国际) - opened 2026-01-21"), Lang::Zh),
            "East (International) 东部(国际) - opened 2026-01-21");
}

TEST(FieldDisplay, GroupedNumbers) {
  EXPECT_EQ(groupedNumber(1234567.891, 1), "1,234,567.9");
  EXPECT_EQ(groupedNumber(-1234, 0), "-1,234");
  EXPECT_EQ(groupedNumber(-0.01, 1), "0.0");
  EXPECT_EQ(groupedNumber(999, 0), "999");
}
