// Geometry kinds that used to be read as zero features: ESRI MultiPatch as
// GDAL reads it (TINs, triangles, polyhedral surfaces, also inside
// collections), multi-surfaces, curve polygons and compound curves.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include <ogr_geometry.h>

#include "io/ogr_geometry.h"

using namespace ps;
using namespace ps::io;

namespace {

std::unique_ptr<OGRGeometry> fromWkt(const std::string& wkt) {
  OGRGeometry* g = nullptr;
  EXPECT_EQ(OGRGeometryFactory::createFromWkt(wkt.c_str(), nullptr, &g), OGRERR_NONE) << wkt;
  return std::unique_ptr<OGRGeometry>(g);
}

// Appends wkt; returns the outcome and the kind and part count of the one feature.
GeomOutcome read(const std::string& wkt, GeometryColumn& out) {
  auto g = fromWkt(wkt);
  return appendOgrGeometry(g.get(), GeometryOptions{}, out);
}

}  // namespace

TEST(OgrGeometry, MultiPatchTinsAndSurfacesBecomePolygons) {
  const char* cases[] = {
      "TIN Z (((0 0 0,10 0 0,0 10 5,0 0 0)),((10 0 0,10 10 5,0 10 5,10 0 0)))",
      "POLYHEDRALSURFACE Z (((0 0 0,10 0 0,10 10 0,0 10 0,0 0 0)),((0 0 0,0 10 0,0 10 10,0 0 10,0 0 0)))",
      "TRIANGLE ((0 0,10 0,0 10,0 0))",
      "MULTISURFACE (((0 0,10 0,10 10,0 10,0 0)),CURVEPOLYGON(CIRCULARSTRING(20 0,30 0,20 0)))",
      "CURVEPOLYGON (CIRCULARSTRING (0 0,10 0,0 0))",
      "GEOMETRYCOLLECTION (TIN (((0 0,10 0,0 10,0 0))),POLYGON ((20 0,30 0,30 10,20 0)))",
  };
  for (const char* wkt : cases) {
    GeometryColumn col;
    const GeomOutcome o = read(wkt, col);
    EXPECT_TRUE(o == GeomOutcome::Kept || o == GeomOutcome::Repaired) << wkt;
    ASSERT_EQ(col.featureCount(), 1u) << wkt;
    EXPECT_EQ(col.kind[0], GeomKind::Polygon) << wkt;
    EXPECT_GE(col.featurePart[1] - col.featurePart[0], 1u) << wkt;
  }
}

TEST(OgrGeometry, CurvesBecomeLines) {
  for (const char* wkt : {"COMPOUNDCURVE ((0 0,10 0),CIRCULARSTRING (10 0,15 5,20 0))",
                          "MULTICURVE ((0 0,10 10),CIRCULARSTRING (20 0,25 5,30 0))"}) {
    GeometryColumn col;
    EXPECT_EQ(read(wkt, col), GeomOutcome::Kept) << wkt;
    ASSERT_EQ(col.featureCount(), 1u) << wkt;
    EXPECT_EQ(col.kind[0], GeomKind::Line) << wkt;
  }
}
