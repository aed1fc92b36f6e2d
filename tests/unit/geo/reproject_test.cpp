#include "geo/reproject.h"

#include <cmath>

#include <gtest/gtest.h>
#include <proj.h>

#include "core/error.h"

using namespace ps;
using namespace ps::geo;

// Reference values from PROJ 9.1's cs2cs (authority axis order in, so lat first):
//   echo "30.66 104.06" | cs2cs -d 4 EPSG:4326 EPSG:4507  -> 3393656.5840 409907.1029
//   echo "30.66 102.99" | cs2cs -d 4 EPSG:4326 EPSG:4507  -> 3395003.4246 307339.6217
//   echo "30.66 104.06" | cs2cs -d 4 EPSG:4326 EPSG:32648 -> 409943.1401 3392299.1215
TEST(Reproject, Wgs84ToCgcs2000GaussKrugerMatchesCs2cs) {
  Reprojector r("EPSG:4326", "EPSG:4507");
  EXPECT_FALSE(r.identity());
  glm::dvec2 pts[] = {{104.06, 30.66}, {102.99, 30.66}};
  r.transform(pts, 2);
  // Easting first (traditional GIS order), though EPSG:4507's official order is northing, easting.
  EXPECT_NEAR(pts[0].x, 409907.1029, 1e-3);
  EXPECT_NEAR(pts[0].y, 3393656.5840, 1e-3);
  EXPECT_NEAR(pts[1].x, 307339.6217, 1e-3);
  EXPECT_NEAR(pts[1].y, 3395003.4246, 1e-3);
  r.inverse(pts, 2);
  EXPECT_NEAR(pts[0].x, 104.06, 1e-9);
  EXPECT_NEAR(pts[0].y, 30.66, 1e-9);
}

TEST(Reproject, Utm) {
  Reprojector r("EPSG:4326", "EPSG:32648");
  glm::dvec2 p{104.06, 30.66};
  r.transform(&p, 1);
  EXPECT_NEAR(p.x, 409943.1401, 1e-3);
  EXPECT_NEAR(p.y, 3392299.1215, 1e-3);
}

TEST(Reproject, Bureau3DegreeZoneIsSameGridAsScene) {
  // EPSG:4544 (3-degree CM 105E) and EPSG:4507 (6-degree CM 105E) share the projection.
  Reprojector r("EPSG:4544", "EPSG:4507");
  glm::dvec2 p{409907.1029, 3393656.5840};
  r.transform(&p, 1);
  EXPECT_NEAR(p.x, 409907.1029, 1e-6);
  EXPECT_NEAR(p.y, 3393656.5840, 1e-6);
}

TEST(Reproject, IdentityAndErrors) {
  Reprojector same("EPSG:4507", "EPSG:4507");
  EXPECT_TRUE(same.identity());
  try {
    Reprojector bad("EPSG:999999", "EPSG:4507");
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("unknown CRS"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("EPSG:999999"), std::string::npos);
  }
  EXPECT_TRUE(isGeographic("EPSG:4326"));
  EXPECT_TRUE(isGeographic("EPSG:4490"));
  EXPECT_FALSE(isGeographic("EPSG:4507"));
  int epsg = 0;
  EXPECT_EQ(crsName("EPSG:4507", &epsg), "CGCS2000 / Gauss-Kruger CM 105E");
  EXPECT_EQ(epsg, 4507);
}

TEST(Reproject, Table) {
  FeatureTable t;
  t.source = "mem";
  glm::dvec2 p{104.06, 30.66};
  t.geom.beginFeature(GeomKind::Point);
  t.geom.beginPart();
  t.geom.addRing(&p, 1);
  t.geom.endFeature();
  EXPECT_THROW(reprojectTable(t, "EPSG:4507"), Error);  // no CRS
  t.crs = "EPSG:4326";
  reprojectTable(t, "EPSG:4507");
  EXPECT_EQ(t.crs, "EPSG:4507");
  EXPECT_NEAR(t.geom.coords[0].x, 409907.1029, 1e-3);
}

// The figure quoted in docs/CRS.md: scale error of EPSG:4507 at Chengdu's western edge.
TEST(Reproject, ScaleErrorAtWesternEdgeAsDocumented) {
  PJ_CONTEXT* ctx = proj_context_create();
  // EPSG:4507's projection, as `projinfo EPSG:4507 -o PROJ` prints it (a bare
  // operation, so proj_factors takes radians, longitude first).
  PJ* crs = proj_create(ctx, "+proj=tmerc +lat_0=0 +lon_0=105 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m");
  ASSERT_NE(crs, nullptr);
  PJ_COORD c = proj_coord(proj_torad(102.99), proj_torad(30.66), 0, 0);
  PJ_FACTORS f = proj_factors(crs, c);
  EXPECT_NEAR(f.meridional_scale, 1.00046, 0.00001);
  EXPECT_NEAR(f.areal_scale, 1.00092, 0.00001);
  proj_destroy(crs);
  proj_context_destroy(ctx);
}
