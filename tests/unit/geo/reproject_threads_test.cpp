// Reprojection split across threads must give the very bits one thread gives.
#include <cmath>
#include <cstring>

#include <gtest/gtest.h>

#include "core/error.h"
#include "geo/reproject.h"

using namespace ps;
using namespace ps::geo;

namespace {

// One polygon feature holding n points spread over Chengdu's districts.
FeatureTable manyPoints(size_t n) {
  FeatureTable t;
  t.source = "mem";
  t.crs = "EPSG:4326";
  std::vector<glm::dvec2> pts(n);
  for (size_t i = 0; i < n; ++i)
    pts[i] = {102.9 + 1.5 * std::fmod(i * 0.618033988749, 1.0), 30.1 + 1.2 * std::fmod(i * 0.414213562373, 1.0)};
  t.geom.beginFeature(GeomKind::Polygon);
  t.geom.beginPart();
  t.geom.addRing(pts.data(), pts.size());
  t.geom.endFeature();
  return t;
}

}  // namespace

TEST(ReprojectThreads, TwoThreadsGiveTheSameBitsAsOne) {
  FeatureTable one = manyPoints(100003), two = one, automatic = one;
  reprojectTable(one, "EPSG:4507", 1);
  reprojectTable(two, "EPSG:4507", 2);
  reprojectTable(automatic, "EPSG:4507");
  ASSERT_EQ(one.geom.coords.size(), two.geom.coords.size());
  EXPECT_EQ(std::memcmp(one.geom.coords.data(), two.geom.coords.data(), one.geom.coords.size() * sizeof(glm::dvec2)), 0);
  EXPECT_EQ(std::memcmp(one.geom.coords.data(), automatic.geom.coords.data(),
                        one.geom.coords.size() * sizeof(glm::dvec2)),
            0);
  EXPECT_EQ(two.crs, "EPSG:4507");
  // Spot check against cs2cs (reproject_test.cpp): the first point is 102.9, 30.1.
  EXPECT_GT(one.geom.coords[0].x, 200000.0);
  EXPECT_LT(one.geom.coords[0].x, 500000.0);
}

TEST(ReprojectThreads, UntransformablePointsAreCountedInEitherHalf) {
  FeatureTable t = manyPoints(100000);
  t.geom.coords[10] = {NAN, 30.0};
  t.geom.coords[90000] = {104.0, INFINITY};
  try {
    reprojectTable(t, "EPSG:4507", 2);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.file(), "mem");
    EXPECT_NE(std::string(e.what()).find("2 coordinate(s) could not be transformed"), std::string::npos) << e.what();
  }
}

TEST(ReprojectThreads, CloneTransformsLikeTheOriginal) {
  Reprojector r("EPSG:4326", "EPSG:32648");
  Reprojector c = r.clone();
  glm::dvec2 a{104.06, 30.66}, b = a;
  r.transform(&a, 1);
  c.transform(&b, 1);
  EXPECT_EQ(a, b);
  EXPECT_NEAR(a.x, 409943.1401, 1e-3);
  Reprojector same("EPSG:4326", "EPSG:4326");
  EXPECT_TRUE(same.clone().identity());
}
