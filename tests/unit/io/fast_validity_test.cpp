// The GEOS-free validity proof must never call an invalid polygon valid, and
// must prove the everyday shapes (so the fast path is actually taken).
#include "io/fast_validity.h"

#include <memory>
#include <string>

#include <gtest/gtest.h>
#include <ogr_geometry.h>

using ps::io::provablyValidPolygonal;

namespace {

std::unique_ptr<OGRGeometry> fromWkt(const std::string& wkt) {
  OGRGeometry* g = nullptr;
  EXPECT_EQ(OGRGeometryFactory::createFromWkt(wkt.c_str(), nullptr, &g), OGRERR_NONE) << wkt;
  return std::unique_ptr<OGRGeometry>(g);
}

}  // namespace

TEST(FastValidity, ProvesEverydayParcels) {
  for (const char* wkt : {
           "POLYGON((0 0,10 0,10 10,0 10,0 0))",
           "POLYGON((0 0,0 10,10 10,10 0,0 0))",                                    // clockwise shell
           "POLYGON((0 0,10 0,10 10,10 10,0 10,0 0))",                              // repeated vertex
           "POLYGON((0 0,5 0,10 0,10 10,0 10,0 0))",                                // collinear vertex
           "POLYGON((0 0,10 0,10 10,0 10,0 0),(2 2,2 4,4 4,4 2,2 2))",              // courtyard
           "POLYGON((0 0,10 0,10 10,0 10,0 0),(2 2,2 4,4 4,2 2),(6 6,6 8,8 8,6 6))",  // two holes
           "MULTIPOLYGON(((0 0,1 0,1 1,0 1,0 0)),((2 0,3 0,3 1,2 1,2 0)))",
           "MULTIPOLYGON(((0 0,10 0,10 10,0 10,0 0),(2 2,2 8,8 8,8 2,2 2)),((4 4,6 4,6 6,4 6,4 4)))",  // island in a hole
           "POLYGON((104.0612 30.5561,104.0623 30.5561,104.0623 30.5569,104.0617 30.5573,104.0612 30.5569,104.0612 30.5561))",
       }) {
    SCOPED_TRACE(wkt);
    auto g = fromWkt(wkt);
    ASSERT_TRUE(g->IsValid());
    EXPECT_TRUE(provablyValidPolygonal(g.get()));
  }
}

TEST(FastValidity, NeverProvesAnInvalidOrUndecidedShape) {
  for (const char* wkt : {
           "POLYGON((0 0,10 10,10 0,0 10,0 0))",                                   // bowtie
           "POLYGON((0 0,10 0,10 10,0 10,0 0),(20 20,20 22,22 22,20 20))",          // hole outside
           "POLYGON((0 0,10 0,10 10,0 10,0 0),(5 5,15 5,15 6,5 5))",                // hole crosses shell
           "POLYGON((0 0,10 0,10 10,0 10,0 0),(1 1,1 9,9 9,9 1,1 1),(2 2,2 3,3 3,2 2))",  // nested holes
           "POLYGON((0 0,10 0,10 10,0 10,0 0),(0 0,2 5,4 5,0 0))",                  // hole touches shell (valid, undecided)
           "POLYGON((0 0,10 0,10 10,0 10,0 0),(1 1,3 1,3 3,1 1),(3 3,5 3,5 5,3 3))",  // holes touch (valid, undecided)
           "POLYGON((0 0,10 0,10 0,0 0))",                                          // zero area
           "POLYGON((0 0,10 0,5 0,5 5,0 0))",                                       // spike back along an edge
           "POLYGON((0 0,10 0,10 10,0 10,0 5,5 5,0 5,0 0))",                        // spike inside
           "MULTIPOLYGON(((0 0,2 0,2 2,0 2,0 0)),((1 1,3 1,3 3,1 3,1 1)))",         // overlapping parts
           "MULTIPOLYGON(((0 0,10 0,10 10,0 10,0 0)),((4 4,6 4,6 6,4 6,4 4)))",     // nested shells
           "MULTIPOLYGON(((0 0,1 0,1 1,0 1,0 0)),((1 0,2 0,2 1,1 1,1 0)))",         // shared edge
           "POLYGON((0 0,1e-300 0,1 1e-300,0 0))",
           "LINESTRING(0 0,1 1)",
           "GEOMETRYCOLLECTION(POLYGON((0 0,1 0,1 1,0 0)))",
       }) {
    SCOPED_TRACE(wkt);
    auto g = fromWkt(wkt);
    EXPECT_FALSE(provablyValidPolygonal(g.get()));
  }
}

// Random small polygons with random holes and parts, many of them invalid in
// every way: whenever the fast test says valid, GEOS must agree; and it must
// decide a good share of the valid ones itself.
TEST(FastValidity, AgreesWithGeosOnRandomShapes) {
  uint64_t state = 12345;
  auto rnd = [&state](int n) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<int>((state >> 33) % static_cast<uint64_t>(n));
  };
  auto ring = [&](int cx, int cy, int r, bool closeOnGrid) {
    auto lr = std::make_unique<OGRLinearRing>();
    const int n = 3 + rnd(5);
    for (int k = 0; k < n; ++k) lr->addPoint(cx + rnd(2 * r + 1) - r, cy + rnd(2 * r + 1) - r);
    if (closeOnGrid) lr->closeRings();
    return lr;
  };
  int provedValid = 0, geosValid = 0;
  for (int i = 0; i < 1500; ++i) {
    auto mp = std::make_unique<OGRMultiPolygon>();
    const int parts = 1 + rnd(2);
    for (int p = 0; p < parts; ++p) {
      auto poly = std::make_unique<OGRPolygon>();
      const int cx = rnd(30), cy = rnd(30);
      poly->addRingDirectly(ring(cx, cy, 10, true).release());
      for (int h = rnd(3); h > 0; --h) poly->addRingDirectly(ring(cx, cy, 3, true).release());
      mp->addGeometryDirectly(poly.release());
    }
    const OGRGeometry* g = mp.get();
    std::unique_ptr<OGRGeometry> single;
    if (mp->getNumGeometries() == 1) {
      single.reset(mp->getGeometryRef(0)->clone());
      g = single.get();
    }
    const bool fast = provablyValidPolygonal(g);
    const bool geos = g->IsValid();
    geosValid += geos;
    provedValid += fast;
    if (fast) {
      char* wkt = nullptr;
      g->exportToWkt(&wkt);
      EXPECT_TRUE(geos) << wkt;
      CPLFree(wkt);
    }
  }
  EXPECT_GT(geosValid, 50);
  EXPECT_GT(provedValid, geosValid / 3);
}
