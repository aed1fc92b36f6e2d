#include <gtest/gtest.h>

#include <cmath>
#include <map>

#include <glm/geometric.hpp>

#include "analysis/facts.h"
#include "geos_test_util.h"
#include "analysis/hexbin.h"
#include "analysis/occupancy.h"
#include "analysis_fixture.h"

using namespace ps::analysis;

TEST(Hexbin, GeometryIsPointyTopWithCircumradiusSize) {
  HexGrid g{100, {1000, 2000}};
  auto c = hexCorners(g, 0, 0);
  EXPECT_NEAR(c[1].x, 1000, 1e-9);  // vertex due north
  EXPECT_NEAR(c[1].y, 2100, 1e-9);
  EXPECT_NEAR(glm::distance(c[0], c[1]), 100, 1e-9);  // edge = circumradius
  // Neighbours are sqrt(3) * size apart; every centre maps back to its own cell.
  EXPECT_NEAR(glm::distance(hexCenter(g, 0, 0), hexCenter(g, 1, 0)), 100 * std::sqrt(3.0), 1e-9);
  EXPECT_NEAR(glm::distance(hexCenter(g, 0, 0), hexCenter(g, 0, 1)), 100 * std::sqrt(3.0), 1e-9);
  for (int q = -3; q <= 3; ++q)
    for (int r = -3; r <= 3; ++r) {
      int32_t qq, rr;
      hexOf(g, hexCenter(g, q, r), qq, rr);
      EXPECT_EQ(qq, q);
      EXPECT_EQ(rr, r);
    }
}

TEST(Hexbin, EveryPointLiesInItsHexagonAndTotalsAreKept) {
  fx::City city = fx::makeCity(800);
  BuildingFacts b;
  readBuildingFacts(city.buildings, {}, std::nullopt, b);
  HexGrid grid{750, {10000, 10000}};
  HexBins bins;
  binBuildings(b, grid, bins);
  HexTableOptions opt;
  opt.shareSector = 0;
  ps::FeatureTable table;
  hexBinsToTable(bins, opt, table);
  ASSERT_EQ(table.size(), bins.bins.size());

  // Totals equal the input totals.
  Tally all = totalOf(b);
  double gfa = 0, vacant = 0;
  int64_t count = 0;
  for (const HexBin& h : bins.bins) {
    gfa += h.tally.gfa;
    vacant += h.tally.vacant;
    count += h.tally.buildings;
  }
  EXPECT_EQ(count, all.buildings);
  EXPECT_NEAR(gfa, all.gfa, 1e-6 * all.gfa);
  EXPECT_NEAR(vacant, all.vacant, 1e-6 * all.vacant);

  // Each centroid is inside (GEOS, with a hair of tolerance for edges) the hexagon it was binned to.
  gx::GeosContext ctx;
  std::map<std::pair<int, int>, size_t> rowOf;
  for (size_t i = 0; i < bins.bins.size(); ++i) rowOf[{bins.bins[i].q, bins.bins[i].r}] = i;
  for (const BuildingFact& f : b.rows) {
    int32_t q, r;
    hexOf(grid, f.centroid, q, r);
    gx::GeosGeom hex = gx::geos(ctx, table.geom, rowOf.at({q, r}));
    gx::GeosGeom p = gx::point(ctx, f.centroid);
    double d = 0;
    GEOSDistance_r(ctx.handle(), hex.get(), p.get(), &d);
    EXPECT_LT(d, 1e-6);
  }

  // Fields: sorted by (r, q), shares and dominant sector consistent, height = gfa * scale.
  const ps::Column* dom = table.column("dominant_idx");
  const ps::Column* share = table.column("share_sel");
  const ps::Column* height = table.column("height_m");
  const ps::Column* bio = table.column("gfa_bio");
  ASSERT_TRUE(dom && share && height && bio);
  for (size_t i = 0; i < table.size(); ++i) {
    const HexBin& h = bins.bins[i];
    if (i) {
      EXPECT_TRUE(bins.bins[i - 1].r < h.r || (bins.bins[i - 1].r == h.r && bins.bins[i - 1].q < h.q));
    }
    EXPECT_EQ(dom->ints[i], h.tally.dominantSector());
    EXPECT_DOUBLE_EQ(share->reals[i], bio->reals[i] / h.tally.gfa);
    EXPECT_DOUBLE_EQ(height->reals[i], h.tally.gfa * opt.heightScale);
    EXPECT_GE(h.tally.parks, 0);
    EXPECT_LE(h.tally.parks, h.tally.buildings);
  }
}
