#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "geometry/disc_union.h"
#include "geometry/geos_convert.h"
#include "geometry/planar.h"

using namespace ps;
using namespace ps::geometry;

TEST(DiscUnion, OneDiscHasAboutPiRSquared) {
  const std::vector<glm::dvec2> c{{1000, 2000}};
  GeometryColumn out;
  ASSERT_TRUE(appendDiscUnion(c, 300, 16, out));
  ASSERT_EQ(out.featureCount(), 1u);
  EXPECT_NEAR(polygonArea(out, 0), M_PI * 300 * 300, 0.005 * M_PI * 300 * 300);
}

TEST(DiscUnion, OverlappingDiscsMergeIntoOnePartSmallerThanTheirSum) {
  const std::vector<glm::dvec2> c{{0, 0}, {300, 0}};
  GeometryColumn out;
  ASSERT_TRUE(appendDiscUnion(c, 300, 16, out));
  ASSERT_EQ(out.featureCount(), 1u);
  EXPECT_EQ(out.featurePart[1] - out.featurePart[0], 1u);
  const double one = M_PI * 300 * 300;
  EXPECT_GT(polygonArea(out, 0), one);
  EXPECT_LT(polygonArea(out, 0), 2 * one);
}

TEST(DiscUnion, NoCentresAppendNothing) {
  GeometryColumn out;
  EXPECT_FALSE(appendDiscUnion({}, 300, 16, out));
  EXPECT_EQ(out.featureCount(), 0u);
}
