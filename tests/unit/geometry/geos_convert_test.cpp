#include <gtest/gtest.h>

#include "geometry/geos_convert.h"
#include "geometry/planar.h"
#include "geometry_test_util.h"

using namespace ps;
using namespace ps::geometry;
using namespace ps::geometry::test;

namespace {

double ringArea(const GeometryColumn& g, uint32_t r) {
  return ringSignedArea(g.coords.data() + g.ringCoord[r], g.ringCoord[r + 1] - g.ringCoord[r]);
}

}  // namespace

TEST(GeosConvert, RoundTripKeepsHolesOrientationAndCoordinates) {
  GeometryColumn in;
  addPolygon(in, {{rect(0, 0, 100, 100), rect(10, 10, 30, 30, false), rect(50, 50, 70, 60, false)}});
  addPolygon(in, {{rect(200, 0, 210, 10)}, {rect(300, 0, 320, 10), rect(305, 2, 310, 8, false)}});
  GeosContext ctx;
  GeometryColumn out;
  for (size_t f = 0; f < in.featureCount(); ++f) {
    GeosPtr g(toGeos(ctx, in, f), GeosDeleter{ctx});
    ASSERT_TRUE(g);
    EXPECT_EQ(GEOSisValid_r(ctx, g.get()), 1);
    double area = 0.0;
    ASSERT_EQ(GEOSArea_r(ctx, g.get(), &area), 1);
    EXPECT_DOUBLE_EQ(area, polygonArea(in, f));
    appendFromGeos(ctx, g.get(), out);
  }
  EXPECT_EQ(GEOSGeomTypeId_r(ctx, GeosPtr(toGeos(ctx, in, 1), GeosDeleter{ctx}).get()), GEOS_MULTIPOLYGON);

  ASSERT_EQ(out.featureCount(), 2u);
  EXPECT_EQ(out.kind, in.kind);
  EXPECT_EQ(out.featurePart, in.featurePart);
  EXPECT_EQ(out.partRing, in.partRing);
  EXPECT_EQ(out.ringCoord, in.ringCoord);
  EXPECT_EQ(out.coords, in.coords);
  EXPECT_DOUBLE_EQ(polygonArea(out, 0), 100 * 100 - 400 - 200);
  EXPECT_DOUBLE_EQ(polygonArea(out, 1), 100 + 200 - 30);
}

TEST(GeosConvert, FromGeosEnforcesShellCcwHolesCw) {
  GeosContext ctx;
  GEOSWKTReader* reader = GEOSWKTReader_create_r(ctx);
  // Shell clockwise, hole counter-clockwise, closing vertices present: all to be fixed.
  GeosPtr g(GEOSWKTReader_read_r(ctx, reader, "POLYGON((0 0,0 10,10 10,10 0,0 0),(2 2,4 2,4 4,2 4,2 2))"),
            GeosDeleter{ctx});
  GEOSWKTReader_destroy_r(ctx, reader);
  ASSERT_TRUE(g);
  GeometryColumn out;
  appendFromGeos(ctx, g.get(), out);
  ASSERT_EQ(out.featureCount(), 1u);
  EXPECT_EQ(out.kind[0], GeomKind::Polygon);
  ASSERT_EQ(out.ringCount(), 2u);
  EXPECT_EQ(out.ringCoord[1], 4u) << "rings are stored open";
  EXPECT_GT(ringArea(out, 0), 0.0);
  EXPECT_LT(ringArea(out, 1), 0.0);
  EXPECT_DOUBLE_EQ(polygonArea(out, 0), 96.0);
}

TEST(GeosConvert, LinesPointsMixedAndEmpty) {
  GeometryColumn in;
  addLine(in, {{{0, 0}, {1, 0}, {1, 1}}});
  addPoints(in, {{5, 5}, {6, 6}});
  addNone(in);
  addLine(in, {{{3, 3}}});  // a one-point line cannot exist in GEOS
  GeosContext ctx;
  GeometryColumn out;
  for (size_t f = 0; f < in.featureCount(); ++f) {
    GeosPtr g(toGeos(ctx, in, f), GeosDeleter{ctx});
    ASSERT_TRUE(g);
    appendFromGeos(ctx, g.get(), out);
  }
  ASSERT_EQ(out.featureCount(), 4u);
  EXPECT_EQ(out.kind[0], GeomKind::Line);
  EXPECT_EQ(out.kind[1], GeomKind::Point);
  EXPECT_EQ(out.featurePart[2] - out.featurePart[1], 2u);
  EXPECT_EQ(out.kind[2], GeomKind::None);
  EXPECT_EQ(out.kind[3], GeomKind::None);
  EXPECT_EQ(out.coords[0], glm::dvec2(0, 0));
  EXPECT_EQ(out.coords[3], glm::dvec2(5, 5));

  // A collection mixing dimensions keeps only its polygons.
  GEOSWKTReader* reader = GEOSWKTReader_create_r(ctx);
  GeosPtr mixed(GEOSWKTReader_read_r(ctx, reader, "GEOMETRYCOLLECTION(POINT(1 1),LINESTRING(0 0,1 1),POLYGON((0 0,1 0,1 1,0 0)))"),
                GeosDeleter{ctx});
  GEOSWKTReader_destroy_r(ctx, reader);
  GeometryColumn m;
  appendFromGeos(ctx, mixed.get(), m);
  EXPECT_EQ(m.kind[0], GeomKind::Polygon);
  EXPECT_EQ(m.coords.size(), 3u);
}

TEST(GeosConvert, PolygonAreaIgnoresStoredOrientation) {
  GeometryColumn g;
  addPolygon(g, {{rect(0, 0, 10, 10, false), rect(1, 1, 2, 2, true)}});
  addLine(g, {{{0, 0}, {1, 1}}});
  EXPECT_DOUBLE_EQ(polygonArea(g, 0), 99.0);
  EXPECT_DOUBLE_EQ(polygonArea(g, 1), 0.0);
}
