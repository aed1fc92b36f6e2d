#include <gtest/gtest.h>

#include "geometry/extrude.h"
#include "geometry/fill.h"

namespace {

ps::FeatureTable squareWithHole() {
  ps::FeatureTable t;
  const glm::dvec2 shell[4] = {{0, 0}, {10, 0}, {10, 10}, {0, 10}};
  const glm::dvec2 hole[4] = {{3, 3}, {3, 6}, {6, 6}, {6, 3}};
  const glm::dvec2 tri[3] = {{20, 0}, {30, 0}, {25, 8}};
  t.geom.beginFeature(ps::GeomKind::Polygon);
  t.geom.beginPart();
  t.geom.addRing(shell, 4);
  t.geom.addRing(hole, 4);
  t.geom.endFeature();
  t.geom.beginFeature(ps::GeomKind::Polygon);
  t.geom.beginPart();
  t.geom.addRing(tri, 3);
  t.geom.endFeature();
  return t;
}

}  // namespace

// The far-view footprints are exactly the roofs: the same triangles as a
// separate fill triangulation, without walls.
TEST(RoofsAsFill, SameTrianglesAsAFill) {
  ps::FeatureTable t = squareWithHole();
  ps::LocalFrame frame;
  ps::ExtrusionBucket e;
  ps::geometry::buildExtrusion(t, frame, e);
  ps::FillBucket roofs, fill;
  ps::geometry::roofsAsFill(e, roofs);
  ps::geometry::buildFill(t, frame, fill);
  EXPECT_EQ(roofs.indices.size(), fill.indices.size());
  EXPECT_EQ(roofs.featureCount, 2u);
  auto area = [](const ps::FillBucket& b, uint32_t feature) {
    double a = 0;
    for (size_t i = 0; i + 2 < b.indices.size(); i += 3) {
      const auto& p = b.vertices[b.indices[i]];
      const auto& q = b.vertices[b.indices[i + 1]];
      const auto& r = b.vertices[b.indices[i + 2]];
      if (p.feature != feature) continue;
      a += 0.5 * ((q.pos.x - p.pos.x) * (r.pos.y - p.pos.y) - (q.pos.y - p.pos.y) * (r.pos.x - p.pos.x));
    }
    return a;
  };
  EXPECT_NEAR(area(roofs, 0), 100 - 9, 1e-4);  // shell minus the hole, counter-clockwise
  EXPECT_NEAR(area(roofs, 1), 40, 1e-4);
  EXPECT_NEAR(area(fill, 0), area(roofs, 0), 1e-4);
}
