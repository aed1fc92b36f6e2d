#include "geo/gcj02.h"

#include <cmath>

#include <gtest/gtest.h>

using namespace ps::geo;

namespace {
// Metres per degree on the WGS84 ellipsoid at latitude `lat` (good to ~1e-5 here).
glm::dvec2 metresPerDegree(double lat) {
  const double a = 6378137.0, e2 = 0.00669437999014, r = lat * M_PI / 180;
  double s = std::sin(r), w = std::sqrt(1 - e2 * s * s);
  return {M_PI / 180 * a * std::cos(r) / w, M_PI / 180 * a * (1 - e2) / (w * w * w)};
}
}  // namespace

TEST(Gcj02, ShiftAtChengdu) {
  glm::dvec2 w{104.06, 30.66};
  glm::dvec2 g = wgs84ToGcj02(w);
  glm::dvec2 m = (g - w) * metresPerDegree(w.y);
  // Computed: +239.2 m east, -269.3 m north (GCJ-02 lies south-east of WGS84 here).
  EXPECT_NEAR(m.x, 250, 40);
  EXPECT_NEAR(m.y, -280, 40);
  EXPECT_NEAR(m.x, 239.2, 0.1);
  EXPECT_NEAR(m.y, -269.3, 0.1);
}

TEST(Gcj02, RoundTripBelowOneCentimetre) {
  for (double lon = 102.9; lon <= 105.0; lon += 0.3)
    for (double lat = 30.0; lat <= 31.5; lat += 0.25) {
      glm::dvec2 w{lon, lat};
      glm::dvec2 back = gcj02ToWgs84(wgs84ToGcj02(w));
      glm::dvec2 m = (back - w) * metresPerDegree(lat);
      EXPECT_LT(std::hypot(m.x, m.y), 0.01);
      glm::dvec2 residual = wgs84ToGcj02(back) - wgs84ToGcj02(w);
      EXPECT_LT(std::fabs(residual.x) + std::fabs(residual.y), 1e-7);
    }
}

TEST(Gcj02, OutsideChinaUnchanged) {
  for (glm::dvec2 p : {glm::dvec2{2.35, 48.85}, glm::dvec2{-74.0, 40.7}, glm::dvec2{139.7, 35.7}}) {
    EXPECT_TRUE(outOfChina(p));
    EXPECT_EQ(wgs84ToGcj02(p), p);
    EXPECT_EQ(gcj02ToWgs84(p), p);
  }
  EXPECT_FALSE(outOfChina({104.06, 30.66}));
}
