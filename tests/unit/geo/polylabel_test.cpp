#include "geo/polylabel.h"

#include <cmath>

#include <gtest/gtest.h>

using namespace ps;

namespace {
GeometryColumn polygon(std::initializer_list<std::vector<glm::dvec2>> rings) {
  GeometryColumn g;
  g.beginFeature(GeomKind::Polygon);
  g.beginPart();
  for (const auto& r : rings) g.addRing(r.data(), r.size());
  g.endFeature();
  return g;
}
}  // namespace

TEST(Polylabel, SquareCentre) {
  GeometryColumn g = polygon({{{0, 0}, {100, 0}, {100, 100}, {0, 100}}});
  double d = 0;
  glm::dvec2 p = geo::poleOfInaccessibility(g, 0, 0.5, &d);
  EXPECT_NEAR(p.x, 50, 1);
  EXPECT_NEAR(p.y, 50, 1);
  EXPECT_NEAR(d, 50, 1);
  EXPECT_DOUBLE_EQ(geo::partArea(g, 0), 10000);
}

TEST(Polylabel, AvoidsTheHoleAndTheNotch) {
  // A 100x100 square with a 60x60 hole in the middle: the centroid is in the
  // hole; the best point is in the 20-wide band, 10 from both edges.
  GeometryColumn g = polygon({{{0, 0}, {100, 0}, {100, 100}, {0, 100}},
                              {{20, 20}, {20, 80}, {80, 80}, {80, 20}}});
  double d = 0;
  glm::dvec2 p = geo::poleOfInaccessibility(g, 0, 0.1, &d);
  EXPECT_NEAR(d, 10, 0.2);
  bool inBand = p.x < 20 || p.x > 80 || p.y < 20 || p.y > 80;
  EXPECT_TRUE(inBand) << p.x << "," << p.y;
  EXPECT_DOUBLE_EQ(geo::partArea(g, 0), 10000 - 3600);

  // A C shape: the centroid (x ~ 40) falls in the notch.
  GeometryColumn c = polygon({{{0, 0}, {100, 0}, {100, 30}, {30, 30}, {30, 70}, {100, 70}, {100, 100}, {0, 100}}});
  p = geo::poleOfInaccessibility(c, 0, 0.1, &d);
  EXPECT_NEAR(d, 15, 0.2);
  EXPECT_FALSE(p.x > 30 && p.y > 30 && p.y < 70);
}
