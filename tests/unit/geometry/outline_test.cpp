#include <gtest/gtest.h>

#include <glm/geometric.hpp>

#include "geometry/outline.h"
#include "geometry/points.h"
#include "geometry_test_util.h"

using namespace ps;
using namespace ps::geometry;
using namespace ps::geometry::test;

namespace {

// Where the shader would put the vertex: pushed `side` half-widths to the left
// of pos -> other (width 1, in the map plane: enough to check the quads' shape).
glm::dvec2 expanded(const LineVertex& v) {
  const glm::dvec2 d = glm::normalize(glm::dvec2(v.other - v.pos));
  return glm::dvec2(v.pos) + 0.5 * double(v.side) * glm::dvec2(-d.y, d.x);
}

}  // namespace

TEST(Outline, ClosedRingsOpenLinesSixIndicesPerSegment) {
  FeatureTable t;
  addPolygon(t.geom, {{rect(0, 0, 10, 10), rect(2, 2, 4, 4, false)}});  // 4 + 4 segments
  addLine(t.geom, {{{0, 0}, {5, 0}, {5, 0}, {5, 5}}});                 // 2 segments (one zero-length skipped)
  addPoints(t.geom, {{1, 1}});                                         // none
  LineBucket b;
  buildOutlines(t, LocalFrame{}, false, b);
  EXPECT_EQ(b.featureCount, 3u);
  ASSERT_EQ(b.vertices.size(), 4u * 10);
  ASSERT_EQ(b.indices.size(), 6u * 10);
  size_t polySegs = 0, lineSegs = 0;
  for (size_t s = 0; s < b.vertices.size(); s += 4) {
    const LineVertex* q = &b.vertices[s];
    (q[0].feature == 0 ? polySegs : lineSegs)++;
    EXPECT_EQ(q[0].pos, q[1].pos);
    EXPECT_EQ(q[2].pos, q[3].pos);
    EXPECT_EQ(q[0].other, q[2].pos);
    EXPECT_EQ(q[2].other, q[0].pos);
    EXPECT_NE(q[0].pos, q[0].other);
    for (int k = 0; k < 4; ++k) EXPECT_EQ(q[k].top, 0.0f);
  }
  EXPECT_EQ(polySegs, 8u);
  EXPECT_EQ(lineSegs, 2u);
  // The closing segment of the shell exists: (0,10) -> (0,0).
  bool closing = false;
  for (size_t s = 0; s < b.vertices.size(); s += 4)
    closing |= b.vertices[s].pos == glm::vec2(0, 10) && b.vertices[s].other == glm::vec2(0, 0);
  EXPECT_TRUE(closing);
  // Once the shader widens them, both triangles of every quad are counter-clockwise and non-degenerate.
  for (size_t t3 = 0; t3 < b.indices.size(); t3 += 3) {
    const glm::dvec2 p = expanded(b.vertices[b.indices[t3]]), q = expanded(b.vertices[b.indices[t3 + 1]]),
                     r = expanded(b.vertices[b.indices[t3 + 2]]);
    EXPECT_GT((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x), 0.0) << "triangle " << t3 / 3;
  }
}

TEST(Outline, OnRoofLiftsEveryVertexAndUsesTheLocalFrame) {
  FeatureTable t;
  addPolygon(t.geom, {{rect(405000, 3395000, 405020, 3395010)}});
  LineBucket b;
  buildOutlines(t, LocalFrame{{405000, 3395000}}, true, b);
  ASSERT_EQ(b.vertices.size(), 16u);
  for (const LineVertex& v : b.vertices) {
    EXPECT_EQ(v.top, 1.0f);
    EXPECT_LE(v.pos.x, 20.0f);
    EXPECT_LE(v.pos.y, 10.0f);
  }
}

TEST(Points, OneInstancePerPointOnlyForPointFeatures) {
  FeatureTable t;
  addPoints(t.geom, {{100, 200}});
  addPolygon(t.geom, {{rect(0, 0, 1, 1)}});
  addPoints(t.geom, {{110, 210}, {120, 220}});
  addNone(t.geom);
  PointBucket b;
  buildPoints(t, LocalFrame{{100, 200}}, b);
  EXPECT_EQ(b.featureCount, 4u);
  ASSERT_EQ(b.points.size(), 3u);
  EXPECT_EQ(b.points[0].pos, glm::vec2(0, 0));
  EXPECT_EQ(b.points[0].feature, 0u);
  EXPECT_EQ(b.points[1].pos, glm::vec2(10, 10));
  EXPECT_EQ(b.points[1].feature, 2u);
  EXPECT_EQ(b.points[2].pos, glm::vec2(20, 20));
  EXPECT_EQ(b.points[2].feature, 2u);
}

// The distance-along-line attribute dashed outlines are drawn with: metres from
// the ring's first vertex, >= 0 on a segment's start vertices and negated on its
// end vertices, continuing over the ring's closing segment; each ring restarts.
TEST(Outline, AlongRunsOnAcrossVerticesAndRestartsPerRing) {
  FeatureTable t;
  addPolygon(t.geom, {{rect(0, 0, 10, 20)}});  // perimeter 60
  addLine(t.geom, {{{0, 0}, {3, 4}, {3, 10}}});  // 5 + 6
  LineBucket b;
  buildOutlines(t, LocalFrame{}, false, b);
  ASSERT_EQ(b.vertices.size(), 4u * (4 + 2));
  float expectStart = 0;
  for (size_t s = 0; s < 4; ++s) {  // the rectangle's four segments
    const LineVertex* v = &b.vertices[4 * s];
    const float len = glm::length(v[0].other - v[0].pos);
    EXPECT_FLOAT_EQ(v[0].along, expectStart);
    EXPECT_FLOAT_EQ(v[1].along, expectStart);
    EXPECT_FLOAT_EQ(v[2].along, -(expectStart + len));
    EXPECT_FLOAT_EQ(v[3].along, -(expectStart + len));
    expectStart += len;
  }
  EXPECT_FLOAT_EQ(expectStart, 60.0f);
  EXPECT_FLOAT_EQ(b.vertices[16].along, 0.0f);  // the line starts again at 0
  EXPECT_FLOAT_EQ(b.vertices[18].along, -5.0f);
  EXPECT_FLOAT_EQ(b.vertices[20].along, 5.0f);
  EXPECT_FLOAT_EQ(b.vertices[22].along, -11.0f);
}
