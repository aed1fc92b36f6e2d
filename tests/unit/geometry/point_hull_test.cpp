#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "geometry/geos_convert.h"
#include "geometry/planar.h"
#include "geometry/point_hull.h"

using namespace ps;
using namespace ps::geometry;

namespace {

bool holds(const GeometryColumn& col, size_t f, glm::dvec2 p) {
  GeosContext ctx;
  GeosPtr g = own(ctx, toGeos(ctx, col, f));
  GeosPtr pt = own(ctx, GEOSGeom_createPointFromXY_r(ctx, p.x, p.y));
  return GEOSContains_r(ctx, g.get(), pt.get()) == 1;
}

}  // namespace

TEST(PointHull, ConcaveAndConvexHullsHoldTheirPointsAndTheirAnchor) {
  std::vector<glm::dvec2> pts;
  for (int i = 0; i < 40; ++i) pts.push_back({i * 25.0, (i % 2) * 10.0 + (i > 20 ? 300.0 : 0.0)});
  for (bool concave : {true, false}) {
    GeometryColumn out;
    glm::dvec2 anchor;
    ASSERT_TRUE(appendPointHull(pts, {concave, 0.3, 20}, out, anchor));
    ASSERT_EQ(out.featureCount(), 1u);
    EXPECT_EQ(out.kind[0], GeomKind::Polygon);
    for (const glm::dvec2& p : pts) EXPECT_TRUE(holds(out, 0, p));
    EXPECT_TRUE(holds(out, 0, anchor));
  }
}

TEST(PointHull, OnePointBecomesADiscOfTheBuffer) {
  const std::vector<glm::dvec2> pts{{100, 200}};
  GeometryColumn out;
  glm::dvec2 anchor;
  ASSERT_TRUE(appendPointHull(pts, {true, 0.3, 50}, out, anchor));
  EXPECT_NEAR(polygonArea(out, 0), M_PI * 50 * 50, 0.02 * M_PI * 50 * 50);
}
