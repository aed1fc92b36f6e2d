#include <gtest/gtest.h>

#include <algorithm>

#include "geometry/clip.h"
#include "geometry/planar.h"
#include "geometry_test_util.h"

using namespace ps;
using namespace ps::geometry;
using namespace ps::geometry::test;

namespace {
Ring square(double x0, double y0, double x1, double y1) { return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}; }
}  // namespace

TEST(ClipPolygons, KeepsOnlyThePartInsideTheMask) {
  GeometryColumn mask, subjects;
  addPolygon(mask, {{square(0, 0, 10, 10)}});
  addPolygon(subjects, {{square(5, 5, 15, 15)}});    // a quarter inside
  addPolygon(subjects, {{square(2, 2, 4, 4)}});      // wholly inside
  addPolygon(subjects, {{square(20, 20, 30, 30)}});  // wholly outside
  addPoints(subjects, {{1, 1}});                      // not a polygon
  const GeometryColumn out = clipPolygons(subjects, mask, 0);
  ASSERT_EQ(out.featureCount(), 4u);
  EXPECT_EQ(out.kind[0], GeomKind::Polygon);
  EXPECT_NEAR(polygonArea(out, 0), 25.0, 1e-9);
  EXPECT_NEAR(polygonArea(out, 1), 4.0, 1e-9);
  EXPECT_EQ(out.kind[2], GeomKind::None);
  EXPECT_EQ(out.kind[3], GeomKind::None);
}

TEST(ClipPolygons, KeepsHolesAndSplitsAcrossAConcaveMask) {
  // A U-shaped mask cuts a bar into two parts; the subject's hole survives inside the left one.
  GeometryColumn mask, subjects;
  addPolygon(mask, {{{{0, 0}, {10, 0}, {10, 10}, {7, 10}, {7, 3}, {3, 3}, {3, 10}, {0, 10}}}});
  Ring hole = square(1, 5, 2, 6);
  std::reverse(hole.begin(), hole.end());
  addPolygon(subjects, {{square(0.5, 4, 9.5, 8), hole}});
  const GeometryColumn out = clipPolygons(subjects, mask, 0);
  ASSERT_EQ(out.kind[0], GeomKind::Polygon);
  EXPECT_EQ(out.featurePart[1] - out.featurePart[0], 2u) << "two parts";
  EXPECT_NEAR(polygonArea(out, 0), 2 * 2.5 * 4 - 1, 1e-9);
}

TEST(ClipPolygons, AMaskThatIsNotAPolygonLeavesNothing) {
  GeometryColumn mask, subjects;
  addPoints(mask, {{0, 0}});
  addPolygon(subjects, {{square(0, 0, 1, 1)}});
  const GeometryColumn out = clipPolygons(subjects, mask, 0);
  ASSERT_EQ(out.featureCount(), 1u);
  EXPECT_EQ(out.kind[0], GeomKind::None);
}
