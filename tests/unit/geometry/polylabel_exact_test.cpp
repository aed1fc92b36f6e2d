#include "geometry/label_anchor.h"
#include "geometry/planar.h"

#include <cmath>

#include <gtest/gtest.h>

using namespace ps;

namespace {
// Shell minus holes of one polygon part.
double partArea(const GeometryColumn& g, uint32_t p) {
  double a = 0;
  for (uint32_t r = g.partRing[p]; r < g.partRing[p + 1]; ++r)
    a += geometry::ringSignedArea(&g.coords[g.ringCoord[r]], g.ringCoord[r + 1] - g.ringCoord[r]);
  return a;
}
GeometryColumn polygon(std::initializer_list<std::vector<glm::dvec2>> rings) {
  GeometryColumn g;
  g.beginFeature(GeomKind::Polygon);
  g.beginPart();
  for (const auto& r : rings) g.addRing(r.data(), r.size());
  g.endFeature();
  return g;
}
}  // namespace

TEST(PolylabelExact, SquareCentre) {
  GeometryColumn g = polygon({{{0, 0}, {100, 0}, {100, 100}, {0, 100}}});
  double d = 0;
  glm::dvec2 p = geometry::poleOfInaccessibility(g, 0, 0.5, &d);
  EXPECT_NEAR(p.x, 50, 1);
  EXPECT_NEAR(p.y, 50, 1);
  EXPECT_NEAR(d, 50, 1);
  EXPECT_DOUBLE_EQ(partArea(g, 0), 10000);
}

TEST(PolylabelExact, AvoidsTheHoleAndTheNotch) {
  // A 100x100 square with a 60x60 hole in the middle: the centroid is in the
  // hole; the best point is in a corner of the band, on the diagonal, where the
  // distance a to the outer edges equals the distance sqrt(2)(20 - a) to the
  // hole's corner: a = 20 sqrt(2) / (1 + sqrt(2)) = 11.716.
  GeometryColumn g = polygon({{{0, 0}, {100, 0}, {100, 100}, {0, 100}},
                              {{20, 20}, {20, 80}, {80, 80}, {80, 20}}});
  double d = 0;
  glm::dvec2 p = geometry::poleOfInaccessibility(g, 0, 0.1, &d);
  EXPECT_NEAR(d, 20 * std::sqrt(2.0) / (1 + std::sqrt(2.0)), 0.1);
  bool inBand = p.x < 20 || p.x > 80 || p.y < 20 || p.y > 80;
  EXPECT_TRUE(inBand) << p.x << "," << p.y;
  EXPECT_DOUBLE_EQ(partArea(g, 0), 10000 - 3600);

  // A C shape (30-wide spine and arms): the centroid falls in the notch; the
  // best point sits where spine meets arm, 30 sqrt(2) / (1 + sqrt(2)) = 17.574 from the boundary.
  GeometryColumn c = polygon({{{0, 0}, {100, 0}, {100, 30}, {30, 30}, {30, 70}, {100, 70}, {100, 100}, {0, 100}}});
  p = geometry::poleOfInaccessibility(c, 0, 0.1, &d);
  EXPECT_NEAR(d, 30 * std::sqrt(2.0) / (1 + std::sqrt(2.0)), 0.1);
  EXPECT_FALSE(p.x > 30 && p.y > 30 && p.y < 70);
}
