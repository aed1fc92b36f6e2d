// Geodesic length and area (geo/measure.h) against PROJ's own figures:
// `geod +ellps=GRS80 -I +units=m` (proj-bin) printed the distances below.
#include <gtest/gtest.h>

#include <glm/geometric.hpp>

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

TEST(Measure, TenKilometresEastOfTianfuSquare) {
  // `echo "30.6572 104.0657 90 10000" | geod +ellps=GRS80 -f %.9f` (the direct
  // problem): 10 km due east ends at 30.657158123N 104.170035975E.
  EXPECT_NEAR(geodesicLength({{104.0657, 30.6572}, {104.170035975, 30.657158123}}), 10000.0, 10.0);  // 0.1 %
  EXPECT_NEAR(geodesicLength({{104.0657, 30.6572}, {104.170035975, 30.657158123}}), 10000.0, 0.01);
  // 10 km due north: 30.747400311N.
  EXPECT_NEAR(geodesicLength({{104.0657, 30.6572}, {104.0657, 30.747400311}}), 10000.0, 0.01);
}

TEST(Measure, PointsPickedOnTheMapOfTheChengduScene) {
  // The viewer's path: map points in the scene CRS (EPSG:4507, CGCS2000 GK CM
  // 105E) -> lon/lat by PROJ -> geodesic. The same segment as above, given as
  // scene coordinates, measures 10 km to the centimetre (the map's own
  // Gauss-Krüger metres are 1e-4 longer here, 1 degree off the central meridian).
  Reprojector toScene("EPSG:4490", "EPSG:4507"), toLonLat("EPSG:4507", "EPSG:4490");
  std::vector<glm::dvec2> p = {{104.0657, 30.6572}, {104.170035975, 30.657158123}};
  toScene.transform(p.data(), p.size());
  const double gridMetres = glm::length(p[1] - p[0]);
  EXPECT_GT(gridMetres, 10000.5);
  toLonLat.transform(p.data(), p.size());
  EXPECT_NEAR(geodesicLength(p), 10000.0, 0.01);
  // A 0.01° x 0.01° quadrangle at 30.66N 104.06E: 1,062,479 m² (the ellipsoid's
  // zone between two parallels, a²Δλ/2 (q(φ2) - q(φ1)); geodesic edges bulge
  // from the parallels by ~1e-5 of the area).
  const std::vector<glm::dvec2> quad = {{104.06, 30.66}, {104.07, 30.66}, {104.07, 30.67}, {104.06, 30.67}};
  EXPECT_NEAR(geodesicArea(quad), 1062479.0, 1062.0);
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
  EXPECT_EQ(formatArea(8500, false), "8,500 m² · 0.85 ha · 12.75 mu");
  EXPECT_EQ(formatArea(666.67), "667 m² · 0.07 公顷 · 1.00 亩");  // 1 亩 = 666.67 m²
}

}  // namespace
}  // namespace ps::geo
