#include <gtest/gtest.h>

#include <cmath>
#include <glm/geometric.hpp>

#include "geos_test_util.h"
#include "analysis/ring_stats.h"
#include "analysis_fixture.h"

using namespace ps::analysis;

TEST(RingStats, PolygonsAreTheDiscsAndMergedRingsTheirUnion) {
  fx::City city = fx::makeCity(300);
  BuildingFacts b;
  readBuildingFacts(city.buildings, {}, std::nullopt, b);
  ParkFacts parks;
  readParkFacts(city.parks, {}, parks);
  RingOptions opt;
  opt.radii = {1000};
  opt.segmentsPerQuarter = 64;
  std::vector<Ring> rings;
  buildRings(city.universities, {}, opt, rings);
  ASSERT_EQ(rings.size(), 4u);
  EXPECT_EQ(rings[0].key, "uestc/沙河/1000");
  EXPECT_EQ(rings[0].university, "电子科技大学");
  ringTotals(b, parks, rings);
  ps::FeatureTable separate;
  ringsToTable(rings, opt, separate);
  ASSERT_EQ(separate.size(), 4u);
  gx::GeosContext ctx;
  double area = 0;
  GEOSArea_r(ctx.handle(), gx::geos(ctx, separate.geom, 0).get(), &area);
  EXPECT_NEAR(area, M_PI * 1e6, 0.001 * M_PI * 1e6);

  // Buildings well inside / outside the drawn polygon agree with the exact circle test.
  gx::GeosGeom disc = gx::geos(ctx, separate.geom, 2);
  int64_t inside = 0;
  for (const BuildingFact& f : b.rows) {
    double d = glm::length(f.centroid - rings[2].centres[0]);
    if (std::abs(d - 1000) < 2) continue;
    gx::GeosGeom p = gx::point(ctx, f.centroid);
    bool geosIn = GEOSContains_r(ctx.handle(), disc.get(), p.get());
    EXPECT_EQ(geosIn, d <= 1000);
    inside += geosIn;
  }
  EXPECT_EQ(inside, rings[2].tally.buildings);
  EXPECT_GT(inside, 0);

  opt.mergeOverlapping = true;
  std::vector<Ring> merged;
  buildRings(city.universities, {}, opt, merged);
  ASSERT_EQ(merged.size(), 3u);
  EXPECT_EQ(merged[0].centres.size(), 2u);
  ringTotals(b, parks, merged);
  EXPECT_LE(merged[0].tally.buildings, rings[0].tally.buildings + rings[1].tally.buildings);
  EXPECT_GE(merged[0].tally.buildings, std::max(rings[0].tally.buildings, rings[1].tally.buildings));
  ps::FeatureTable unioned;
  ringsToTable(merged, opt, unioned);
  double u = 0;
  GEOSArea_r(ctx.handle(), gx::geos(ctx, unioned.geom, 0).get(), &u);
  EXPECT_GT(u, area * 1.2);
  EXPECT_LT(u, area * 2);
  EXPECT_EQ(unioned.column("campus")->strings[0], "沙河+清水河");
  EXPECT_EQ(unioned.column("buildings")->ints[0], merged[0].tally.buildings);

  // Campuses 1.5 km apart do not merge at 700 m (discs apart).
  opt.radii = {700};
  buildRings(city.universities, {}, opt, merged);
  EXPECT_EQ(merged.size(), 4u);
}
