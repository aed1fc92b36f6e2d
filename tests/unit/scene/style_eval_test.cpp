#include <gtest/gtest.h>

#include "core/sectors.h"
#include "scene/style_eval.h"

namespace {

ps::FeatureTable table3() {
  ps::FeatureTable t;
  for (int i = 0; i < 3; ++i) {
    glm::dvec2 p(i, i);
    t.geom.beginFeature(ps::GeomKind::Point);
    t.geom.beginPart();
    t.geom.addRing(&p, 1);
    t.geom.endFeature();
  }
  ps::Column sector{"sector", ps::FieldType::String, {}, {}, {"digital", "bio", "digital"}, {0, 0, 0}};
  ps::Column h{"height_m", ps::FieldType::Real, {}, {12.5, -1, 40}, {}, {0, 0, 1}};
  ps::Column floors{"floors", ps::FieldType::Integer, {3, 5, 7}, {}, {}, {0, 0, 0}};
  ps::Column occ{"occupancy", ps::FieldType::Real, {}, {0, 0.5, 1}, {}, {0, 0, 0}};
  t.columns = {sector, h, floors, occ};
  return t;
}

}  // namespace

TEST(StyleEval, SectorPaletteHeightsAndOpacity) {
  ps::FeatureTable t = table3();
  ps::LayerSpec l;
  l.fields.sector = "sector";
  l.fields.height = "height_m";
  l.fields.floors = "floors";
  l.style.colorMode = ps::ColorMode::Category;
  l.style.colorField = "sector";
  l.style.opacity = 0.5f;
  l.style.floorHeight = 4;
  l.style.heightScale = 2;
  ps::EvaluatedStyle e;
  ps::evaluateStyle(l, t, e);
  const uint32_t digital = ps::findSector("digital")->rgb;
  EXPECT_EQ(e.color[0].r, (digital >> 16) & 0xff);
  EXPECT_EQ(e.color[0].b, digital & 0xff);
  EXPECT_EQ(e.color[0], e.color[2]);
  EXPECT_NE(e.color[0], e.color[1]);
  EXPECT_EQ(e.color[0].a, 128);
  EXPECT_FLOAT_EQ(e.height[0], 25.0f);       // 12.5 m * 2
  EXPECT_FLOAT_EQ(e.height[1], 5 * 4 * 2.0f);  // invalid height: floors * 4 m * 2
  EXPECT_FLOAT_EQ(e.height[2], 7 * 4 * 2.0f);  // null height: floors
  auto legend = ps::legendFor(l, t);
  ASSERT_EQ(legend.size(), 2u);
  EXPECT_EQ(legend[0].label, "前沿生物");  // policy order: bio before digital
  EXPECT_EQ(legend[1].count, 2u);
}

TEST(StyleEval, RampEndsAndMiddle) {
  ps::FeatureTable t = table3();
  ps::LayerSpec l;
  l.fields.occupancy = "occupancy";
  l.style.colorMode = ps::ColorMode::Ramp;
  l.style.colorField = "occupancy";
  l.style.ramp = {ps::Rgba(0, 0, 0, 1), ps::Rgba(1, 1, 1, 1)};
  ps::EvaluatedStyle e;
  ps::evaluateStyle(l, t, e);
  EXPECT_EQ(e.color[0].r, 0);
  EXPECT_EQ(e.color[1].r, 128);
  EXPECT_EQ(e.color[2].r, 255);
}
