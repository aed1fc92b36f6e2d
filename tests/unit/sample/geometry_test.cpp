// Footprints, parcels and parks checked with GEOS on the generated data itself.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "geometry/planar.h"
#include "sample/layout.h"
#include "sample/zones.h"
#include "sample_fixture.h"

using namespace ps;
using namespace ps::sample;
using namespace ps::sample::test;

namespace {

std::map<std::string, size_t> indexBy(const FeatureTable& t, const char* field) {
  std::map<std::string, size_t> m;
  const Column& c = col(t, field);
  for (size_t i = 0; i < t.size(); ++i) m[c.strings[i]] = i;
  return m;
}

}  // namespace

TEST(SampleGeometry, FootprintsValidInsideTheirParcelAndApart) {
  const SampleData& d = sampleData();
  Geos g;
  const auto parcelOf = indexBy(d.parcels, "parcel_id");
  std::map<std::string, std::vector<size_t>> byParcel;
  size_t holes = 0, lShapes = 0;
  for (size_t i = 0; i < d.buildings.size(); ++i) {
    const std::string& pid = col(d.buildings, "parcel_id").strings[i];
    ASSERT_TRUE(parcelOf.count(pid)) << pid;
    byParcel[pid].push_back(i);
    auto fp = g.feature(d.buildings, i);
    ASSERT_EQ(GEOSisValid_r(g.h(), fp.get()), 1) << col(d.buildings, "building_id").strings[i];
    auto parcel = g.feature(d.parcels, parcelOf.at(pid));
    EXPECT_TRUE(g.containsProperly(parcel.get(), fp.get())) << col(d.buildings, "building_id").strings[i];
    const uint32_t part = d.buildings.geom.featurePart[i];
    const uint32_t rings = d.buildings.geom.partRing[part + 1] - d.buildings.geom.partRing[part];
    holes += rings > 1;
    const uint32_t r0 = d.buildings.geom.partRing[part];
    lShapes += d.buildings.geom.ringCoord[r0 + 1] - d.buildings.geom.ringCoord[r0] == 6;
  }
  EXPECT_GT(holes, 0u);    // some courtyards
  EXPECT_GT(lShapes, 0u);  // some L-shaped footprints
  for (const auto& [pid, list] : byParcel) {
    EXPECT_GE(list.size(), 1u);
    EXPECT_LE(list.size(), 6u);
    for (size_t a = 0; a < list.size(); ++a)
      for (size_t b = a + 1; b < list.size(); ++b) {
        auto ga = g.feature(d.buildings, list[a]), gb = g.feature(d.buildings, list[b]);
        EXPECT_EQ(GEOSIntersects_r(g.h(), ga.get(), gb.get()), 0) << pid << " " << a << " " << b;
      }
  }
}

TEST(SampleGeometry, ParcelsInsideTheirParkOnAStreetGrid) {
  const SampleData& d = sampleData();
  Geos g;
  const auto parkOf = indexBy(d.parks, "park_id");
  std::map<std::string, std::vector<size_t>> byPark;
  for (size_t i = 0; i < d.parcels.size(); ++i) {
    const std::string& pk = col(d.parcels, "park_id").strings[i];
    byPark[pk].push_back(i);
    auto parcel = g.feature(d.parcels, i);
    ASSERT_EQ(GEOSisValid_r(g.h(), parcel.get()), 1);
    auto park = g.feature(d.parks, parkOf.at(pk));
    EXPECT_TRUE(g.containsProperly(park.get(), parcel.get())) << col(d.parcels, "parcel_id").strings[i];
    const double far = col(d.parcels, "far").reals[i];
    EXPECT_GT(far, 0.05);
    EXPECT_LE(far, 6.0);  // the silicon-alley ceiling
  }
  for (const auto& [pk, list] : byPark) {
    EXPECT_GE(list.size(), 2u) << pk;
    EXPECT_LE(list.size(), 8u) << pk;
    for (size_t a = 0; a < list.size(); ++a)
      for (size_t b = a + 1; b < list.size(); ++b) {
        auto ga = g.feature(d.parcels, list[a]), gb = g.feature(d.parcels, list[b]);
        EXPECT_EQ(GEOSIntersects_r(g.h(), ga.get(), gb.get()), 0) << pk;  // a street between them
      }
  }
  // Parks never overlap one another.
  for (size_t a = 0; a < d.parks.size(); ++a)
    for (size_t b = a + 1; b < d.parks.size(); ++b) {
      auto ga = g.feature(d.parks, a), gb = g.feature(d.parks, b);
      EXPECT_EQ(GEOSIntersects_r(g.h(), ga.get(), gb.get()), 0) << a << " " << b;
    }
}

TEST(SampleGeometry, TenantsAndSitesStandInsideBuildings) {
  const SampleData& d = sampleData();
  Geos g;
  const auto buildingOf = indexBy(d.buildings, "building_id");
  for (size_t i = 0; i < d.tenants.size(); ++i) {
    auto pt = g.feature(d.tenants, i);
    auto fp = g.feature(d.buildings, buildingOf.at(col(d.tenants, "building_id").strings[i]));
    ASSERT_EQ(GEOSContains_r(g.h(), fp.get(), pt.get()), 1) << col(d.tenants, "tenant_id").strings[i];
  }
}

TEST(SampleGeometry, LayoutGuaranteesHoldAcrossManySeeds) {
  // Straight on the layout, in metres, for every setting: catches rare shapes the default seed misses.
  for (Setting s : {Setting::SiliconAlley, Setting::Urban, Setting::Outer})
    for (uint64_t seed = 1; seed <= 150; ++seed) {
      Rng rng(seed);
      ParkLayout lay;
      layoutPark(s, rng, lay);
      ASSERT_GE(lay.parcels.size(), 2u);
      ASSERT_LE(lay.parcels.size(), 8u);
      EXPECT_GE(lay.areaM2, 0.012e6 * 0.999);
      EXPECT_LE(lay.areaM2, 0.08e6);
      for (const ParcelLayout& p : lay.parcels) {
        ASSERT_GE(p.buildings.size(), 1u);
        ASSERT_LE(p.buildings.size(), 6u);
        for (const Footprint& f : p.buildings) {
          EXPECT_GT(ps::geometry::ringSignedArea(f.shell.data(), f.shell.size()), 0);
          if (!f.hole.empty()) {
            EXPECT_LT(ps::geometry::ringSignedArea(f.hole.data(), f.hole.size()), 0);
          }
          EXPECT_GT(f.areaM2, 60);
          EXPECT_GE(f.floors, 3);
          EXPECT_LE(f.floors, 30);
        }
      }
    }
}

TEST(SampleGeometry, ZonesAreValidApartAndNearTheirPublicAreas) {
  const SampleData& d = sampleData();
  Geos g;
  ASSERT_EQ(d.zones.size(), 3u);
  for (size_t i = 0; i < d.zones.size(); ++i) {
    const double pub = col(d.zones, "area_km2_public").reals[i], drawn = col(d.zones, "area_km2_drawn").reals[i];
    // Drawn at the public figure, less the lakes cut out and what lies beyond the municipality.
    EXPECT_LE(drawn, pub * 1.01) << col(d.zones, "zone_id").strings[i];
    EXPECT_GE(drawn, pub * 0.8) << col(d.zones, "zone_id").strings[i];
  }
  for (const ZoneOutline& a : zoneOutlines())
    for (const ZoneOutline& b : zoneOutlines()) {
      if (&a == &b) continue;
      for (const auto& ra : a.parts)
        for (const auto& rb : b.parts)
          for (const auto& p : ra) EXPECT_FALSE(ps::geometry::pointInRing(rb.data(), rb.size(), p)) << a.id << " vertex inside " << b.id;
    }
  // The anchors the brief names fall in the right zones.
  EXPECT_EQ(zoneAt({104.05, 30.58})->id, "gaoxin");
  EXPECT_EQ(zoneAt({103.95, 30.75})->id, "gaoxin");
  EXPECT_EQ(zoneAt({104.08, 30.43})->id, "tianfu");
  EXPECT_EQ(zoneAt({104.082, 30.403}), nullptr);  // 兴隆湖 is cut out
  EXPECT_EQ(zoneAt({104.40, 30.30})->id, "dongbu");
  EXPECT_EQ(zoneAt({104.0657, 30.6574}), nullptr);  // 天府广场 is in none
}
