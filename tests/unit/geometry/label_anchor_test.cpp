#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "geometry/label_anchor.h"
#include "geometry/spatial_index.h"
#include "geometry_test_util.h"

using namespace ps;
using namespace ps::geometry;
using namespace ps::geometry::test;

namespace {

bool insideEvenOdd(const GeometryColumn& g, size_t f, glm::dvec2 p) { return distanceToFeature(g, f, p) == 0.0; }

// Distance from p to the nearest edge of feature f's rings.
double edgeDistance(const GeometryColumn& g, size_t f, glm::dvec2 p) {
  GeometryColumn rings;
  for (uint32_t r = g.partRing[g.featurePart[f]]; r < g.partRing[g.featurePart[f + 1]]; ++r) {
    std::vector<glm::dvec2> ring(g.coords.begin() + g.ringCoord[r], g.coords.begin() + g.ringCoord[r + 1]);
    ring.push_back(ring.front());
    addLine(rings, {ring});
  }
  double d = std::numeric_limits<double>::infinity();
  for (size_t i = 0; i < rings.featureCount(); ++i) d = std::min(d, distanceToFeature(rings, i, p));
  return d;
}

}  // namespace

TEST(LabelAnchor, CShapeAnchorIsInsideAndFarFromEdges) {
  GeometryColumn g;
  // Arms 20 m thick; the area centroid (~40.8, 50) falls in the mouth, outside.
  const glm::dvec2 o(405000, 3395000);
  Ring c{{0, 0}, {100, 0}, {100, 20}, {20, 20}, {20, 80}, {100, 80}, {100, 100}, {0, 100}};
  for (auto& p : c) p += o;
  addPolygon(g, {{c}});
  const glm::dvec2 a = labelAnchor(g, 0);
  EXPECT_TRUE(insideEvenOdd(g, 0, a)) << a.x - o.x << "," << a.y - o.y;
  // The widest inscribed circle (at the inner corners) has radius ~11.7; the
  // search is good to 1% of the 100 m box.
  EXPECT_GT(edgeDistance(g, 0, a), 10.0);
}

TEST(LabelAnchor, DonutAvoidsTheHoleAndLargestPartWins) {
  GeometryColumn g;
  addPolygon(g, {{rect(0, 0, 10, 10)}, {rect(100, 0, 200, 100), rect(120, 20, 180, 80, false)}});
  const glm::dvec2 a = labelAnchor(g, 0);
  EXPECT_GE(a.x, 100.0);
  EXPECT_TRUE(insideEvenOdd(g, 0, a));
  EXPECT_GT(edgeDistance(g, 0, a), 9.0);  // the frame is 20 thick
}

TEST(LabelAnchor, LinesPointsAndNothing) {
  GeometryColumn g;
  addLine(g, {{{0, 0}, {10, 0}, {20, 0}}, {{0, 5}, {1, 5}}});
  addLine(g, {{{0, 0}, {0, 8}}});
  addPoints(g, {{3, 4}, {5, 6}});
  addNone(g);
  addPolygon(g, {{{{0, 0}, {4, 4}, {8, 8}}}});  // zero area
  EXPECT_EQ(labelAnchor(g, 0), glm::dvec2(10, 0));  // middle vertex of the longest part
  EXPECT_EQ(labelAnchor(g, 1), glm::dvec2(0, 4));
  EXPECT_EQ(labelAnchor(g, 2), glm::dvec2(3, 4));
  EXPECT_TRUE(std::isnan(labelAnchor(g, 3).x));
  EXPECT_EQ(labelAnchor(g, 4), glm::dvec2(4, 4));
}

// Hostile shapes (hardening): the search is bounded whatever the polygon.
TEST(LabelAnchor, SliverFiftyKilometresByOneMillimetreIsBounded) {
  GeometryColumn g;
  addPolygon(g, {{{{0, 0}, {50000, 0}, {50000, 0.001}, {0, 0.001}}}});
  size_t cells = 0;
  double d = 0;
  const glm::dvec2 p = poleOfInaccessibility(g, 0, 0.01 * 50000, &d, &cells);
  // Without a bound the first grid alone would be 50 million cells.
  EXPECT_LE(cells, 20000u);
  EXPECT_GE(p.x, 0.0);
  EXPECT_LE(p.x, 50000.0);
  EXPECT_GE(p.y, 0.0);
  EXPECT_LE(p.y, 0.001);
  const glm::dvec2 a = labelAnchor(g, 0);
  EXPECT_TRUE(std::isfinite(a.x) && std::isfinite(a.y));
}

TEST(LabelAnchor, CoordinatesNearTheDoubleLimitGiveNoAnchor) {
  GeometryColumn g;
  addPolygon(g, {{{{-1e308, -1e308}, {1e308, -1e308}, {1e308, 1e308}, {-1e308, 1e308}}}});
  size_t cells = 0;
  const glm::dvec2 p = poleOfInaccessibility(g, 0, 1.0, nullptr, &cells);
  EXPECT_TRUE(std::isnan(p.x) && std::isnan(p.y));
  EXPECT_EQ(cells, 0u);
  GeometryColumn inf;
  addPolygon(inf, {{{{0, 0}, {std::numeric_limits<double>::infinity(), 0}, {1, 1}}}});
  EXPECT_TRUE(std::isnan(labelAnchor(inf, 0).x));
}

TEST(LabelAnchor, ManyVerticesStopAtTheWorkBound) {
  // A 200k-vertex star with a fine precision: the cell budget shrinks with the vertex count.
  std::vector<glm::dvec2> ring;
  const int n = 200000;
  for (int i = 0; i < n; ++i) {
    const double a = 2 * M_PI * i / n, r = i % 2 ? 1000.0 : 400.0;
    ring.push_back({r * std::cos(a), r * std::sin(a)});
  }
  GeometryColumn g;
  addPolygon(g, {{ring}});
  size_t cells = 0;
  poleOfInaccessibility(g, 0, 1e-6, nullptr, &cells);
  EXPECT_LE(cells, 3000u);
}

// Issue 15 item 9: a zone of two parts far apart (成都高新区: the south zone
// about twice the west one, 10 km between them) is labelled inside its larger
// part, never in the gap between the two (where their joint centroid or
// bounding-box centre falls).
TEST(LabelAnchor, TwoPartZoneLabelledOnItsLargerPartNotBetween) {
  GeometryColumn g;
  const Ring west = rect(0, 20000, 6000, 26000);        // 36 km²
  const Ring south = rect(16000, 0, 24000, 9000);       // 72 km²
  addPolygon(g, {{west}, {south}});
  const glm::dvec2 a = labelAnchor(g, 0);
  EXPECT_GT(a.x, 16000.0);
  EXPECT_LT(a.y, 9000.0);
  EXPECT_TRUE(insideEvenOdd(g, 0, a));
  EXPECT_GT(edgeDistance(g, 0, a), 3500.0);  // deep inside: the south part is 8 km wide
  // The same with the parts in the other order.
  GeometryColumn h;
  addPolygon(h, {{south}, {west}});
  EXPECT_NEAR(labelAnchor(h, 0).x, a.x, 1e-6);
}
