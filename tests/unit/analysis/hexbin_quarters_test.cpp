// Quarterly occupancy of hex columns: at every quarter, each column's value is
// the GFA-weighted occupancy of the buildings binned into it, recomputed here
// straight from the occ_YYYYqN columns.
#include <gtest/gtest.h>

#include <map>

#include "analysis/facts.h"
#include "analysis/hexbin.h"
#include "analysis/hexbin_quarters.h"
#include "analysis/quarters.h"
#include "analysis_fixture.h"

using namespace ps::analysis;

TEST(HexbinQuarters, EachColumnIsTheGfaWeightedOccupancyOfItsBuildings) {
  fx::City city = fx::makeCity(400);
  BuildingFacts b;
  readBuildingFacts(city.buildings, {}, std::nullopt, b);
  HexGrid grid{1500, {10000, 10000}};
  HexBins bins;
  binBuildings(b, grid, bins);
  ps::FeatureTable table;
  hexBinsToTable(bins, {}, table);
  addHexQuarterOccupancy(city.buildings, {}, bins, table);

  std::map<std::pair<int, int>, size_t> rowOf;
  for (size_t i = 0; i < bins.bins.size(); ++i) rowOf[{bins.bins[i].q, bins.bins[i].r}] = i;
  const ps::Column* gfa = city.buildings.column("gfa_m2");
  ASSERT_NE(gfa, nullptr);
  for (int q = 0; q < kQuarterCount; ++q) {
    const ps::Column* in = city.buildings.column(occupancyColumnName(q));
    const ps::Column* out = table.column(occupancyColumnName(q));
    ASSERT_TRUE(in && out) << q;
    std::vector<double> num(bins.bins.size()), den(bins.bins.size());
    for (size_t r = 0; r < b.rows.size(); ++r) {
      if (!(gfa->reals[r] > 0) || in->isNull(r)) continue;
      int32_t hq, hr;
      hexOf(grid, b.rows[r].centroid, hq, hr);
      const size_t k = rowOf.at({hq, hr});
      num[k] += gfa->reals[r] * in->reals[r];
      den[k] += gfa->reals[r];
    }
    for (size_t k = 0; k < bins.bins.size(); ++k) {
      if (den[k] > 0) {
        EXPECT_NEAR(out->reals[k], num[k] / den[k], 1e-9) << "quarter " << q << " bin " << k;
      } else {
        EXPECT_TRUE(out->isNull(k));
      }
    }
  }
  // The display reads them back through the same interpolation as buildings.
  const QuarterColumns cols = findOccupancyColumns(table);
  for (const ps::Column* c : cols) EXPECT_NE(c, nullptr);
  EXPECT_NEAR(occupancyAt(cols, 0, 6.0), table.column("occ_2025q3")->reals[0], 1e-12);
}
