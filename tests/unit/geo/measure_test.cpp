// Geodesic length and area (geo/measure.h) against PROJ's own figures:
// `geod +ellps=GRS80 -I +units=m` (proj-bin) printed the distances below.
#include <gtest/gtest.h>

#include "geo/measure.h"
#include "geo/reproject.h"

namespace ps::geo {
namespace {

TEST(Measure, LengthAgreesWithProjGeod) {
  // 天府广场 -> 南三环 (one leg), then east: geod gave 9357.421 m and 13026.600 m.
  const std::vector<glm::dvec2> line = {{104.0657, 30.6572}, {104.0668, 30.5728}, {104.2, 30.55}};
  EXPECT_NEAR(geodesicLength({line[0], line[1]}), 9357.421, 9357.421 * 1e-3);
  EXPECT_NEAR(geodesicLength(line), 9357.421 + 13026.600, 22384.021 * 1e-3);
  EXPECT_NEAR(geodesicLength({line[0], line[1]}), 9357.421, 0.01);  // in fact to the centimetre
  // JFK -> Singapore (GeographicLib's example): geod gave 15347512.940 m.
  EXPECT_NEAR(geodesicLength({{-73.78, 40.64}, {103.99, 1.36}}), 15347512.940, 0.01);
  EXPECT_EQ(geodesicLength({{104, 30}}), 0.0);
}

TEST(Measure, AreaOfAKilometreSquareOnTheCentralMeridian) {
  // A 1 km x 1 km square in CGCS2000 / 3-degree GK CM 105E (scale 1 on the
  // central meridian), taken to lon/lat by PROJ: 1,000,000 m² to 0.1 %.
  std::vector<glm::dvec2> sq = {{500000, 3390000}, {501000, 3390000}, {501000, 3391000}, {500000, 3391000}};
  Reprojector("EPSG:4544", "EPSG:4490").transform(sq.data(), sq.size());
  EXPECT_NEAR(geodesicArea(sq), 1.0e6, 1.0e3);
  std::vector<glm::dvec2> closedCw(sq.rbegin(), sq.rend());
  closedCw.push_back(closedCw.front());
  EXPECT_NEAR(geodesicArea(closedCw), geodesicArea(sq), 1e-6);  // orientation and closing vertex do not matter
  EXPECT_EQ(geodesicArea({{104, 30}, {104.1, 30}}), 0.0);
}

TEST(Measure, PlannersUnits) {
  EXPECT_EQ(formatLength(850.4), "850 m");
  EXPECT_EQ(formatLength(12345), "12.35 km");
  EXPECT_EQ(formatLength(123456), "123.5 km");
  EXPECT_EQ(formatArea(8500), "8,500 m² · 0.85 公顷 · 12.75 亩");
  EXPECT_EQ(formatArea(2.5e6), "2,500,000 m² · 250.0 公顷 · 3,750 亩");
}

}  // namespace
}  // namespace ps::geo
