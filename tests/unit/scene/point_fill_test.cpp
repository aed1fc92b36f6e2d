// Park status on the symbol (scene/point_shape.h PointFill): the geometry the
// point shader and the painters share, the scene keys that choose it per
// feature (fill_field + fills, shape_field + shapes), and their legend groups.
#include <cmath>

#include <gtest/gtest.h>

#include "scene/point_shape.h"
#include "scene/style_eval.h"

using namespace ps;

TEST(PointFill, SolidHalfHollowDotted) {
  const float r = 10, ring = 1;
  const glm::vec2 centre(0, 0), lowerInside(0, -4), upperInside(0, 4);
  const float dCentre = -r, dLower = -6, dBand = -2;  // pixels from the edge
  EXPECT_TRUE(pointFillColoured(PointFill::Solid, centre, dCentre, r, ring));
  EXPECT_FALSE(pointFillColoured(PointFill::Solid, centre, -0.5f, r, ring));  // the light ring
  EXPECT_FALSE(pointFillColoured(PointFill::Hollow, centre, dCentre, r, ring));
  EXPECT_TRUE(pointFillColoured(PointFill::Hollow, {8, 0}, dBand, r, ring));
  EXPECT_TRUE(pointFillColoured(PointFill::Half, lowerInside, dLower, r, ring));
  EXPECT_FALSE(pointFillColoured(PointFill::Half, upperInside, dLower, r, ring));
  // Dotted: the band in dashes, so some of it is light.
  int on = 0;
  for (int k = 0; k < 64; ++k) {
    const float a = k * 6.2831853f / 64;
    on += pointFillColoured(PointFill::Dotted, {8 * std::cos(a), 8 * std::sin(a)}, dBand, r, ring);
  }
  EXPECT_GT(on, 20);
  EXPECT_LT(on, 44);
  EXPECT_EQ(findPointFill("hollow"), PointFill::Hollow);
  EXPECT_FALSE(findPointFill("striped"));
}

TEST(PointFill, FieldsChooseFillAndShapeAndTheLegendListsThem) {
  LayerSpec l;
  l.kind = LayerKind::Point;
  l.style.fillField = "status";
  l.style.fills = {{"operating", PointFill::Solid}, {"planned", PointFill::Hollow}, {"watch", PointFill::Dotted}};
  l.style.shapeField = "role";
  l.style.shapes = {{"main", PointShape::Square}};
  l.style.symbolLabels = {{"planned", {"规划中", "Planned"}}};
  FeatureTable t;
  t.columns = {Column{"status", FieldType::String, {}, {}, {"planned", "operating"}, {0, 0}},
               Column{"role", FieldType::String, {}, {}, {"main", "co"}, {0, 0}}};
  for (int k = 0; k < 2; ++k) {
    const glm::dvec2 p(k, 0);
    t.geom.beginFeature(GeomKind::Point);
    t.geom.beginPart();
    t.geom.addRing(&p, 1);
    t.geom.endFeature();
  }
  std::vector<PointFill> fills;
  evaluateFills(l, t, fills);
  EXPECT_EQ(fills, (std::vector<PointFill>{PointFill::Hollow, PointFill::Solid}));
  std::vector<PointShape> shapes;
  evaluateShapes(l, t, shapes);
  EXPECT_EQ(shapes, (std::vector<PointShape>{PointShape::Square, PointShape::Circle}));
  const std::vector<LegendEntry> fl = fillLegend(l, t, nullptr);
  ASSERT_EQ(fl.size(), 2u);  // no "watch" park: not listed
  EXPECT_EQ(fl[0].label, "operating");
  EXPECT_EQ(fl[1].label, "规划中");
  EXPECT_EQ(fl[1].fill, PointFill::Hollow);
  const std::vector<uint8_t> onlyFirst{1, 0};
  EXPECT_EQ(fillLegend(l, t, &onlyFirst).size(), 1u);
  ASSERT_EQ(shapeFieldLegend(l, t, nullptr).size(), 1u);
  EXPECT_EQ(shapeFieldLegend(l, t, nullptr)[0].shape, PointShape::Square);
}
