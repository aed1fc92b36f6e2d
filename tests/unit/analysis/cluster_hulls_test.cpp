#include <gtest/gtest.h>


#include "analysis/cluster_hulls.h"
#include "geos_test_util.h"
#include "analysis_fixture.h"
#include "core/sectors.h"

using namespace ps::analysis;

TEST(ClusterHulls, HullsHoldTheirBuildingsAndCarryTheirTotals) {
  fx::City city = fx::makeCity(600);
  BuildingFacts b;
  readBuildingFacts(city.buildings, {}, std::nullopt, b);
  std::vector<SectorCluster> clusters;
  ClusterOptions opt;
  opt.dbscan = {300, 5};
  clusterBySector(b, opt.dbscan, clusters);
  ASSERT_GE(clusters.size(), 5u);

  for (bool concave : {true, false}) {
    opt.concave = concave;
    ps::FeatureTable hulls;
    clusterHulls(b, clusters, opt, hulls);
    ASSERT_EQ(hulls.size(), clusters.size());
    gx::GeosContext ctx;
    const ps::Column* gfa = hulls.column("gfa_m2");
    const ps::Column* sector = hulls.column("sector");
    const ps::Column* count = hulls.column("buildings");
    const ps::Column* lx = hulls.column("label_x");
    const ps::Column* ly = hulls.column("label_y");
    for (size_t i = 0; i < clusters.size(); ++i) {
      const SectorCluster& c = clusters[i];
      gx::GeosGeom hull = gx::geos(ctx, hulls.geom, i);
      ASSERT_TRUE(hull);
      double sum = 0;
      for (uint32_t row : c.buildings) {
        EXPECT_EQ(b.rows[row].sector, c.sector);
        sum += b.rows[row].gfa;
        gx::GeosGeom p = gx::point(ctx, b.rows[row].centroid);
        EXPECT_TRUE(GEOSContains_r(ctx.handle(), hull.get(), p.get()));
      }
      EXPECT_DOUBLE_EQ(gfa->reals[i], sum);
      EXPECT_EQ(count->ints[i], int64_t(c.buildings.size()));
      EXPECT_EQ(sector->strings[i], ps::sectors()[size_t(c.sector)].id);
      gx::GeosGeom anchor = gx::point(ctx, {lx->reals[i], ly->reals[i]});
      EXPECT_TRUE(GEOSContains_r(ctx.handle(), hull.get(), anchor.get()));
      if (i) {
        EXPECT_TRUE(clusters[i - 1].sector < c.sector ||
                    (clusters[i - 1].sector == c.sector && clusters[i - 1].cluster < c.cluster));
      }
    }
  }
}
