#include <gtest/gtest.h>

#include <set>

#include "geometry/fill.h"
#include "geometry_test_util.h"

using namespace ps;
using namespace ps::geometry;
using namespace ps::geometry::test;

namespace {

double bucketArea(const FillBucket& b, uint32_t feature) {
  double sum = 0.0;
  for (size_t t = 0; t < b.indices.size(); t += 3) {
    const FillVertex &p = b.vertices[b.indices[t]], &q = b.vertices[b.indices[t + 1]], &r = b.vertices[b.indices[t + 2]];
    EXPECT_EQ(p.feature, q.feature);
    EXPECT_EQ(p.feature, r.feature);
    if (p.feature != feature) continue;
    sum += 0.5 * (double(q.pos.x - p.pos.x) * (r.pos.y - p.pos.y) - double(q.pos.y - p.pos.y) * (r.pos.x - p.pos.x));
  }
  return sum;
}

}  // namespace

TEST(Fill, EveryPolygonPartTaggedWithItsRowOthersSkipped) {
  FeatureTable t;
  const glm::dvec2 o{405000.0, 3395000.0};
  addPolygon(t.geom, {{rect(o.x, o.y, o.x + 100, o.y + 50), rect(o.x + 10, o.y + 10, o.x + 20, o.y + 20, false)}});  // row 0
  addPoints(t.geom, {o});                                                                                         // row 1
  addLine(t.geom, {{o, o + glm::dvec2(10, 10)}});                                                                 // row 2
  addPolygon(t.geom, {{rect(o.x + 200, o.y, o.x + 210, o.y + 10)}, {rect(o.x + 300, o.y, o.x + 330, o.y + 10)}});  // row 3
  addNone(t.geom);                                                                                                // row 4
  addPolygon(t.geom, {{{o, o + glm::dvec2(1, 1), o + glm::dvec2(2, 2)}}});                                        // row 5: degenerate

  FillBucket b;
  b.vertices.push_back({{9, 9}, 99});  // stale content must go
  buildFill(t, LocalFrame{o}, b);
  EXPECT_EQ(b.featureCount, 6u);
  std::set<uint32_t> rows;
  for (const FillVertex& v : b.vertices) rows.insert(v.feature);
  EXPECT_EQ(rows, (std::set<uint32_t>{0, 3}));
  EXPECT_EQ(b.indices.size() % 3, 0u);
  for (uint32_t i : b.indices) ASSERT_LT(i, b.vertices.size());
  // Local frame: positions are metres from the origin, small floats.
  for (const FillVertex& v : b.vertices) {
    EXPECT_GE(v.pos.x, 0.0f);
    EXPECT_LE(v.pos.x, 330.0f);
  }
  EXPECT_NEAR(bucketArea(b, 0), 100 * 50 - 100, 1e-3);
  EXPECT_NEAR(bucketArea(b, 3), 100 + 300, 1e-3);
  EXPECT_EQ(b.indices.size(), 3u * (8 + 2 + 2));  // square with a hole: 8, two squares: 2 each
}

TEST(Fill, EmptyTableGivesEmptyBucket) {
  FeatureTable t;
  FillBucket b;
  buildFill(t, LocalFrame{}, b);
  EXPECT_TRUE(b.vertices.empty());
  EXPECT_TRUE(b.indices.empty());
  EXPECT_EQ(b.featureCount, 0u);
}
