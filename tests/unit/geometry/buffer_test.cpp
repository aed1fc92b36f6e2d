#include <gtest/gtest.h>

#include <cmath>

#include "core/error.h"
#include "geometry/buffer.h"
#include "geometry/geos_convert.h"
#include "geometry/planar.h"
#include "geometry_test_util.h"

using namespace ps;
using namespace ps::geometry;
using namespace ps::geometry::test;

TEST(Buffer, DiscAreaWithinHalfAPercentOfPiRSquared) {
  GeometryColumn pts;
  addPoints(pts, {{405000.0, 3395000.0}});
  addNone(pts);
  addPoints(pts, {{0, 0}});
  const double r = 3000.0;
  const GeometryColumn discs = bufferPoints(pts, r, 16);
  ASSERT_EQ(discs.featureCount(), 3u);
  EXPECT_EQ(discs.kind[0], GeomKind::Polygon);
  EXPECT_EQ(discs.kind[1], GeomKind::None) << "rows stay aligned";
  const double exact = M_PI * r * r;
  const double dev = std::abs(polygonArea(discs, 0) - exact) / exact;
  // quadSegs=16 gives an inscribed 64-gon: area = 32 r^2 sin(pi/32), 0.1606% below pi r^2.
  EXPECT_LT(dev, 0.005);
  EXPECT_NEAR(dev, 1.0 - 32.0 * std::sin(M_PI / 32.0) / M_PI, 1e-9);
  RecordProperty("disc_area_deviation", std::to_string(dev));
  EXPECT_EQ(discs.ringCoord[1] - discs.ringCoord[0], 64u);
  EXPECT_NEAR(polygonArea(discs, 2), polygonArea(discs, 0), 1e-6 * exact);
}

TEST(Buffer, UnionOfTwoOverlappingDiscsMatchesTheLensFormula) {
  const double r = 1000.0, d = 1200.0;
  GeometryColumn pts;
  addPoints(pts, {{500000.0, 3400000.0}});
  addPoints(pts, {{500000.0 + d, 3400000.0}});
  addPoints(pts, {{600000.0, 3400000.0}});  // another university, alone in its group
  const GeometryColumn discs = bufferPoints(pts, r, 16);
  const GeometryColumn merged = unionByGroup(discs, {7, 7, 9});
  ASSERT_EQ(merged.featureCount(), 2u);
  EXPECT_EQ(merged.kind[0], GeomKind::Polygon);
  EXPECT_EQ(merged.featurePart[1] - merged.featurePart[0], 1u) << "overlapping discs merge into one part";
  const double lens = 2 * r * r * std::acos(d / (2 * r)) - 0.5 * d * std::sqrt(4 * r * r - d * d);
  const double exact = 2 * M_PI * r * r - lens;
  const double dev = std::abs(polygonArea(merged, 0) - exact) / exact;
  EXPECT_LT(dev, 0.005);
  RecordProperty("union_area_deviation", std::to_string(dev));
  EXPECT_NEAR(polygonArea(merged, 1), polygonArea(discs, 2), 1e-6);
}

TEST(Buffer, UnionByGroupRejectsMismatchedGroupsAndHandlesEmptyGroups) {
  GeometryColumn polys;
  addPolygon(polys, {{rect(0, 0, 1, 1)}});
  addLine(polys, {{{0, 0}, {1, 1}}});
  EXPECT_THROW(unionByGroup(polys, {0}), ps::Error);
  const GeometryColumn out = unionByGroup(polys, {0, 1});
  ASSERT_EQ(out.featureCount(), 2u);
  EXPECT_EQ(out.kind[0], GeomKind::Polygon);
  EXPECT_EQ(out.kind[1], GeomKind::None) << "a group of lines has no polygon area";
}

TEST(Buffer, UnionRepairsSelfIntersectingMembers) {
  GeometryColumn polys;
  addPolygon(polys, {{{{0, 0}, {2, 2}, {2, 0}, {0, 2}}}});  // bowtie
  addPolygon(polys, {{rect(10, 10, 11, 11)}});
  const GeometryColumn out = unionByGroup(polys, {0, 0});
  ASSERT_EQ(out.featureCount(), 1u);
  EXPECT_NEAR(polygonArea(out, 0), 2.0 + 1.0, 1e-9);
}
