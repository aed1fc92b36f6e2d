#include <gtest/gtest.h>


#include "geos_test_util.h"
#include "analysis/region_index.h"
#include "analysis_fixture.h"

using namespace ps::analysis;

TEST(RegionIndex, AgreesWithBruteForceGeosContains) {
  fx::City city = fx::makeCity(10);
  fx::Lcg rng(7);
  std::vector<glm::dvec2> pts;
  for (int i = 0; i < 3000; ++i) pts.push_back({rng.uniform(-1000, 21000), rng.uniform(-1000, 21000)});
  pts.push_back({std::nan(""), 0});
  // Regions: districts and the overlapping zones together.
  ps::GeometryColumn regions = city.districts.geom;
  for (size_t z = 0; z < city.zones.size(); ++z) {
    regions.beginFeature(ps::GeomKind::Polygon);
    regions.beginPart();
    const auto& g = city.zones.geom;
    uint32_t r = g.partRing[g.featurePart[z]];
    regions.addRing(&g.coords[g.ringCoord[r]], g.ringCoord[r + 1] - g.ringCoord[r]);
    regions.endFeature();
  }
  RegionMembers m;
  pointsInRegions(pts, regions, m);
  ASSERT_EQ(m.regionCount(), 5u);

  gx::GeosContext ctx;
  size_t total = 0;
  for (size_t r = 0; r < 5; ++r) {
    gx::GeosGeom poly = gx::geos(ctx, regions, r);
    std::vector<uint32_t> expect;
    for (size_t i = 0; i + 1 < pts.size(); ++i) {
      gx::GeosGeom p = gx::point(ctx, pts[i]);
      if (GEOSContains_r(ctx.handle(), poly.get(), p.get())) expect.push_back(uint32_t(i));
    }
    auto got = m.of(r);
    EXPECT_EQ(std::vector<uint32_t>(got.begin(), got.end()), expect) << "region " << r;
    total += expect.size();
  }
  EXPECT_GT(total, 2000u);

  std::vector<int32_t> first;
  firstRegion(pts, regions, first);
  for (size_t i = 0; i < pts.size(); ++i) {
    int32_t expect = -1;
    for (size_t r = 0; r < 5 && expect < 0; ++r)
      for (uint32_t k : m.of(r))
        if (k == i) expect = int32_t(r);
    EXPECT_EQ(first[i], expect);
  }
  // The hole of district 2 holds nothing.
  for (uint32_t k : m.of(2)) EXPECT_FALSE(pts[k].x > 2000 && pts[k].x < 6000 && pts[k].y > 12000 && pts[k].y < 16000);
}

TEST(RegionIndex, BoundaryPointsCountForBothSides) {
  fx::City city = fx::makeCity(1);
  std::vector<glm::dvec2> pts = {{10000, 5000}};
  RegionMembers m;
  pointsInRegions(pts, city.districts.geom, m);
  EXPECT_EQ(m.of(0).size(), 1u);
  EXPECT_EQ(m.of(1).size(), 1u);
  std::vector<int32_t> first;
  firstRegion(pts, city.districts.geom, first);
  EXPECT_EQ(first[0], 0);
}
