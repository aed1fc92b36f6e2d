#include <gtest/gtest.h>

#include <limits>

#include <glm/geometric.hpp>

#include "geometry/spatial_index.h"
#include "geometry_test_util.h"

using namespace ps;
using namespace ps::geometry;
using namespace ps::geometry::test;

TEST(SpatialIndex, NearestMatchesBruteForceOnRandomPoints) {
  Lcg rng{20240103};
  GeometryColumn pts;
  for (int i = 0; i < 1000; ++i) addPoints(pts, {{400000 + 50000 * rng.next(), 3380000 + 50000 * rng.next()}});
  const SpatialIndex index(pts);
  EXPECT_EQ(index.size(), 1000u);
  for (int q = 0; q < 300; ++q) {
    const glm::dvec2 p(395000 + 60000 * rng.next(), 3375000 + 60000 * rng.next());
    uint32_t best = 0;
    double bestD = std::numeric_limits<double>::infinity();
    for (uint32_t f = 0; f < 1000; ++f) {
      const double d = glm::length(pts.coords[f] - p);
      if (d < bestD) {
        bestD = d;
        best = f;
      }
    }
    const auto got = index.nearest(p);
    ASSERT_TRUE(got.has_value());
    EXPECT_EQ(*got, best) << "query " << q;
  }
}

TEST(SpatialIndex, QueryMatchesBruteForceBoxes) {
  Lcg rng{7};
  GeometryColumn g;
  for (int i = 0; i < 400; ++i) {
    const double x = 1000 * rng.next(), y = 1000 * rng.next();
    addPolygon(g, {{rect(x, y, x + 5 + 30 * rng.next(), y + 5 + 30 * rng.next())}});
  }
  const SpatialIndex index(g);
  for (int q = 0; q < 50; ++q) {
    const double x = 1000 * rng.next(), y = 1000 * rng.next();
    const Box box{{x, y}, {x + 100, y + 60}};
    std::vector<uint32_t> want;
    for (uint32_t f = 0; f < g.featureCount(); ++f) {
      const Box b = featureBounds(g, f);
      if (b.min.x <= box.max.x && b.max.x >= box.min.x && b.min.y <= box.max.y && b.max.y >= box.min.y) want.push_back(f);
    }
    EXPECT_EQ(index.query(box), want);
  }
}

TEST(SpatialIndex, NearestUsesExactDistanceInsidePolygonsAndSkipsEmpty) {
  GeometryColumn g;
  addNone(g);                                                   // 0: not indexed
  addPolygon(g, {{rect(0, 0, 100, 100), rect(20, 20, 80, 80)}});  // 1: a frame, hole in the middle
  addPolygon(g, {{rect(45, 45, 55, 55)}});                      // 2: small square inside the hole
  addLine(g, {{{0, 200}, {100, 200}}});                         // 3
  const SpatialIndex index(g);
  EXPECT_EQ(index.size(), 3u);
  EXPECT_EQ(index.nearest({10, 50}), 1u);   // inside the frame
  EXPECT_EQ(index.nearest({50, 50}), 2u);   // inside the small square
  EXPECT_EQ(index.nearest({30, 50}), 1u);   // in the hole, nearer the frame's inner edge (10) than the square (15)
  EXPECT_EQ(index.nearest({50, 170}), 3u);  // nearer the line (30) than the frame (70)
  EXPECT_DOUBLE_EQ(distanceToFeature(g, 1, {50, 50}), 30.0);
  EXPECT_DOUBLE_EQ(distanceToFeature(g, 1, {10, 10}), 0.0);
  EXPECT_EQ(SpatialIndex(GeometryColumn{}).nearest({0, 0}), std::nullopt);
  EXPECT_TRUE(SpatialIndex(GeometryColumn{}).query({{0, 0}, {1, 1}}).empty());
}
