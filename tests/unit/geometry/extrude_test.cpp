#include <gtest/gtest.h>

#include <glm/geometric.hpp>

#include "geometry/extrude.h"
#include "geometry_test_util.h"

using namespace ps;
using namespace ps::geometry;
using namespace ps::geometry::test;

namespace {

// Vertex position with the roof at z = 1 (height 1 for every feature).
glm::dvec3 pos3(const ExtrusionVertex& v) { return {v.pos.x, v.pos.y, v.top}; }

glm::dvec3 triangleNormal(const ExtrusionBucket& b, size_t t) {
  const glm::dvec3 a = pos3(b.vertices[b.indices[t]]), c = pos3(b.vertices[b.indices[t + 1]]),
                   d = pos3(b.vertices[b.indices[t + 2]]);
  return glm::cross(c - a, d - a);
}

bool isWall(const ExtrusionBucket& b, size_t t) { return b.vertices[b.indices[t]].normal.z == 0.0f; }

}  // namespace

TEST(Extrude, SquareGivesRoofAndFourOutwardWalls) {
  FeatureTable t;
  addPolygon(t.geom, {{rect(1000, 2000, 1010, 2010)}});
  ExtrusionBucket b;
  buildExtrusion(t, LocalFrame{{1000, 2000}}, b);
  EXPECT_EQ(b.featureCount, 1u);
  ASSERT_EQ(b.indices.size(), 3u * (2 + 8));
  EXPECT_EQ(b.vertices.size(), 4u + 16u);

  const glm::dvec2 centre(5, 5);
  int roof = 0, walls = 0;
  for (size_t t3 = 0; t3 < b.indices.size(); t3 += 3) {
    const glm::dvec3 n = triangleNormal(b, t3);
    const ExtrusionVertex& v0 = b.vertices[b.indices[t3]];
    for (int k = 0; k < 3; ++k) {
      const ExtrusionVertex& v = b.vertices[b.indices[t3 + k]];
      EXPECT_EQ(v.feature, 0u);
      EXPECT_EQ(v.normal, v0.normal) << "flat shading: one normal per face";
      EXPECT_NEAR(glm::length(v.normal), 1.0f, 1e-6f);
    }
    // Counter-clockwise from outside: the geometric normal agrees with the stored one.
    EXPECT_GT(glm::dot(n, glm::dvec3(v0.normal)), 0.0) << "triangle " << t3 / 3;
    if (isWall(b, t3)) {
      ++walls;
      // Outward: away from the footprint's centroid.
      const glm::dvec2 mid = (glm::dvec2(b.vertices[b.indices[t3]].pos) + glm::dvec2(b.vertices[b.indices[t3 + 1]].pos)) * 0.5;
      EXPECT_GT(glm::dot(mid - centre, glm::dvec2(v0.normal.x, v0.normal.y)), 0.0);
    } else {
      ++roof;
      EXPECT_EQ(v0.normal, glm::vec3(0, 0, 1));
      for (int k = 0; k < 3; ++k) EXPECT_EQ(b.vertices[b.indices[t3 + k]].top, 1.0f);
    }
  }
  EXPECT_EQ(roof, 2);
  EXPECT_EQ(walls, 8);
  // Each wall has tops 0,0,1,1 and four vertices of its own.
  for (size_t v = 4; v < b.vertices.size(); v += 4) {
    EXPECT_EQ(b.vertices[v].top, 0.0f);
    EXPECT_EQ(b.vertices[v + 1].top, 0.0f);
    EXPECT_EQ(b.vertices[v + 2].top, 1.0f);
    EXPECT_EQ(b.vertices[v + 3].top, 1.0f);
  }
}

TEST(Extrude, HoleWallsFaceIntoTheHoleWhateverTheStoredOrientation) {
  for (bool holeCcw : {false, true}) {
    for (bool shellCcw : {true, false}) {
      FeatureTable t;
      addPolygon(t.geom, {{rect(0, 0, 100, 100, shellCcw), rect(40, 40, 60, 60, holeCcw)}});
      ExtrusionBucket b;
      buildExtrusion(t, LocalFrame{}, b);
      int shellWalls = 0, holeWalls = 0;
      const glm::dvec2 centre(50, 50);
      for (size_t t3 = 0; t3 < b.indices.size(); t3 += 3) {
        const ExtrusionVertex& v0 = b.vertices[b.indices[t3]];
        EXPECT_GT(glm::dot(triangleNormal(b, t3), glm::dvec3(v0.normal)), 0.0);
        if (!isWall(b, t3)) continue;
        const glm::dvec2 p(v0.pos);
        const glm::dvec2 n(v0.normal.x, v0.normal.y);
        const bool onHole = p.x >= 40 && p.x <= 60 && p.y >= 40 && p.y <= 60;
        // Shell walls point away from the centre; hole walls point towards it.
        const double towardCentre = glm::dot(centre - p, n);
        if (onHole) {
          ++holeWalls;
          EXPECT_GT(towardCentre, 0.0) << "hole wall must face into the hole";
        } else {
          ++shellWalls;
          EXPECT_LT(towardCentre, 0.0) << "shell wall must face outward";
        }
      }
      EXPECT_EQ(shellWalls, 8);
      EXPECT_EQ(holeWalls, 8);
    }
  }
}

TEST(Extrude, DegenerateEdgesAndRingsMakeNoWalls) {
  FeatureTable t;
  // A repeated vertex and a stored closing vertex: still exactly four walls.
  addPolygon(t.geom, {{{{0, 0}, {10, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}}}});
  addPolygon(t.geom, {{{{0, 0}, {5, 5}, {10, 10}}}});  // collinear: nothing at all
  addLine(t.geom, {{{0, 0}, {1, 1}}});
  ExtrusionBucket b;
  buildExtrusion(t, LocalFrame{}, b);
  EXPECT_EQ(b.featureCount, 3u);
  size_t walls = 0;
  for (size_t t3 = 0; t3 < b.indices.size(); t3 += 3) {
    EXPECT_EQ(b.vertices[b.indices[t3]].feature, 0u);
    walls += isWall(b, t3) ? 1 : 0;
  }
  EXPECT_EQ(walls, 8u);
}
