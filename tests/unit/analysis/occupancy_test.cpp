#include <gtest/gtest.h>

#include <cmath>

#include "analysis/facts.h"
#include "analysis/occupancy.h"
#include "analysis/quarters.h"
#include "analysis_fixture.h"
#include "core/error.h"
#include "core/sectors.h"

using namespace ps::analysis;
using ps::FieldType;

TEST(FilledHeight, WholeFloorsAndSmooth) {
  EXPECT_DOUBLE_EQ(filledHeight(40, 10, 0.74), 28);   // 7.4 floors -> 7 whole floors of 4 m
  EXPECT_DOUBLE_EQ(filledHeight(40, 10, 0.76), 32);
  EXPECT_DOUBLE_EQ(filledHeight(40, 10, 1.2), 40);     // clamped
  EXPECT_DOUBLE_EQ(filledHeight(40, 10, -0.1), 0);
  EXPECT_DOUBLE_EQ(filledHeight(40, 0, 0.5), 20);      // no floor count: continuous
  EXPECT_DOUBLE_EQ(filledHeight(40, std::nan(""), 0.25), 10);
  EXPECT_DOUBLE_EQ(filledHeight(std::nan(""), 10, 0.5), 0);
  EXPECT_DOUBLE_EQ(filledHeight(40, 10, std::nan("")), 0);
  EXPECT_DOUBLE_EQ(filledHeightSmooth(40, 0.74), 40 * 0.74);
}

namespace {

// Four buildings with hand-checked numbers.
ps::FeatureTable fourBuildings() {
  ps::FeatureTable t = fx::makeTable("buildings", {{"park_id", FieldType::String}, {"sector", FieldType::String},
                                                   {"sub_sector", FieldType::String}, {"gfa_m2", FieldType::Real},
                                                   {"vacant_m2", FieldType::Real}, {"occupancy", FieldType::Real},
                                                   {"occ_2025q3", FieldType::Real}});
  fx::addPolygon(t, {fx::rect(0, 0, 10, 10)}, {"P1", "bio", "nuclear_medicine", 1000.0, 100.0, 0.9, 0.5});
  fx::addPolygon(t, {fx::rect(20, 0, 30, 10)}, {"P1", "数字智能", "metaverse", 3000.0, fx::Value{}, 0.8, 1.0});
  fx::addPolygon(t, {fx::rect(40, 0, 50, 10)}, {"P2", "Frontier bio", fx::Value{}, 2000.0, 2000.0, 0.0, 0.25});
  fx::addPolygon(t, {fx::rect(60, 0, 70, 10)}, {fx::Value{}, fx::Value{}, "6g", 500.0, 0.0, 1.0, fx::Value{}});
  return t;
}

}  // namespace

TEST(Occupancy, FactsReadRolesFallbacksAndTime) {
  ps::FeatureTable t = fourBuildings();
  BuildingFacts now;
  readBuildingFacts(t, {}, std::nullopt, now);
  ASSERT_EQ(now.rows.size(), 4u);
  EXPECT_DOUBLE_EQ(now.rows[0].vacant, 100);
  EXPECT_DOUBLE_EQ(now.rows[1].vacant, 3000 * (1 - 0.8));  // null vacant: from occupancy
  EXPECT_EQ(now.rows[1].sector, 3);                        // by Chinese name
  EXPECT_EQ(now.rows[2].sector, 0);                        // by English name
  EXPECT_EQ(now.rows[3].sector, 4);                        // from the sub-sector alone
  EXPECT_EQ(now.rows[3].park, kNoPark);
  EXPECT_EQ(now.parkKeys, (std::vector<std::string>{"P1", "P2"}));
  EXPECT_DOUBLE_EQ(now.rows[0].centroid.x, 5);

  BuildingFacts q3;
  readBuildingFacts(t, {}, 6.0, q3);  // 2025Q3: only this quarter exists, so it is the curve
  EXPECT_DOUBLE_EQ(q3.rows[0].vacant, 500);
  EXPECT_DOUBLE_EQ(q3.rows[1].vacant, 0);
  EXPECT_DOUBLE_EQ(q3.rows[2].vacant, 1500);
  EXPECT_DOUBLE_EQ(q3.rows[3].vacant, 0);  // no quarter value: falls back to now

  // Mapped roles win over the fallbacks.
  ps::FieldRoles roles;
  roles.gfa = "vacant_m2";
  BuildingFacts odd;
  readBuildingFacts(t, roles, std::nullopt, odd);
  EXPECT_DOUBLE_EQ(odd.rows[0].gfa, 100);

  roles.gfa = "no_such";
  EXPECT_THROW(readBuildingFacts(t, roles, std::nullopt, odd), ps::Error);
}

TEST(Occupancy, TotalsByParkSectorAndSubSector) {
  ps::FeatureTable t = fourBuildings();
  BuildingFacts b;
  readBuildingFacts(t, {}, std::nullopt, b);
  ps::FeatureTable parksTable = fx::makeTable("parks", {{"park_id", FieldType::String}, {"name_zh", FieldType::String},
                                                        {"sector", FieldType::String}});
  fx::addPolygon(parksTable, {fx::rect(0, 0, 35, 10)}, {"P1", "一号园", "digital"});
  fx::addPolygon(parksTable, {fx::rect(0, 0, 35, 10)}, {"P9", "空园", "energy"});
  ParkFacts parks;
  readParkFacts(parksTable, {}, parks);

  std::vector<Group> g;
  totalsByPark(b, parks, g);
  ASSERT_EQ(g.size(), 4u);  // P1, P9 (from the parks layer), P2 (buildings only), "" (no park)
  EXPECT_EQ(g[0].key, "P1");
  EXPECT_EQ(g[0].nameZh, "一号园");
  EXPECT_EQ(g[0].tally.buildings, 2);
  EXPECT_DOUBLE_EQ(g[0].tally.gfa, 4000);
  EXPECT_DOUBLE_EQ(g[0].tally.vacant, 700);
  EXPECT_DOUBLE_EQ(g[0].tally.occupancy(), 3300.0 / 4000);
  EXPECT_EQ(g[0].tally.dominantSector(), 3);
  EXPECT_DOUBLE_EQ(g[0].tally.sectorShare(0), 0.25);
  EXPECT_EQ(g[1].key, "P9");
  EXPECT_EQ(g[1].tally.buildings, 0);
  EXPECT_TRUE(std::isnan(g[1].tally.occupancy()));
  EXPECT_EQ(g[2].key, "P2");
  EXPECT_EQ(g[3].key, "");
  EXPECT_DOUBLE_EQ(g[3].tally.gfa, 500);

  totalsBySector(b, parks, g);
  ASSERT_EQ(g.size(), 7u);  // every building has a sector
  EXPECT_EQ(g[0].key, "bio");
  EXPECT_DOUBLE_EQ(g[0].tally.gfa, 3000);
  EXPECT_DOUBLE_EQ(g[0].tally.vacant, 2100);
  EXPECT_EQ(g[3].tally.parks, 1);  // P1's own sector is digital
  EXPECT_EQ(g[1].tally.parks, 1);  // P9 energy
  EXPECT_DOUBLE_EQ(g[4].tally.gfa, 500);

  totalsBySubSector(b, parks, g);
  size_t subCount = 0;
  for (const ps::Sector& s : ps::sectors()) subCount += s.subSectors.size();
  ASSERT_EQ(g.size(), subCount + 1);  // the bio building without sub-sector goes to ""
  EXPECT_EQ(g.back().key, "");
  EXPECT_DOUBLE_EQ(g.back().tally.gfa, 2000);
  auto find = [&](const char* id) {
    for (const Group& x : g)
      if (x.key == id) return x.tally;
    return Tally{};
  };
  EXPECT_DOUBLE_EQ(find("nuclear_medicine").gfa, 1000);
  EXPECT_DOUBLE_EQ(find("metaverse").gfa, 3000);
  EXPECT_DOUBLE_EQ(find("6g").gfa, 500);

  Tally all = totalOf(b);
  EXPECT_DOUBLE_EQ(all.gfa, 6500);
  EXPECT_EQ(all.buildings, 4);
}

TEST(Occupancy, OverTimeIsGfaWeightedAndExactAtQuarters) {
  fx::City city = fx::makeCity(50);
  std::vector<uint32_t> rows = {1, 4, 9, 20};
  std::vector<double> t, occ;
  occupancyOverTime(city.buildings, {}, rows, 4, t, occ);
  ASSERT_EQ(t.size(), 45u);
  const ps::Column* gfa = city.buildings.column("gfa_m2");
  for (int q = 0; q < kQuarterCount; ++q) {
    const ps::Column* c = city.buildings.column(occupancyColumnName(q));
    double num = 0, den = 0;
    for (uint32_t r : rows) {
      num += gfa->reals[r] * c->reals[r];
      den += gfa->reals[r];
    }
    EXPECT_DOUBLE_EQ(t[size_t(q) * 4], q);
    EXPECT_NEAR(occ[size_t(q) * 4], num / den, 1e-12) << q;
  }
  std::vector<double> all;
  occupancyOverTime(city.buildings, {}, {}, 1, t, all);
  EXPECT_EQ(all.size(), 12u);
  for (double o : all) EXPECT_TRUE(o > 0 && o < 1);
}
