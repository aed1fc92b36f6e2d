#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <map>
#include <set>
#include <string>

#include "core/error.h"
#include "core/sectors.h"
#include "sample/local_frame.h"
#include "sample/park_plan.h"
#include "sample/table_checksum.h"
#include "sample_fixture.h"

using namespace ps;
using namespace ps::sample;
using namespace ps::sample::test;

TEST(SampleGenerator, SameSeedGivesIdenticalTables) {
  const SampleData& a = sampleData();
  const SampleData b = generateSample(anchors(), {kDefaultSeed, 1.0, true, &municipality()});
  const auto la = a.layers(), lb = b.layers();
  ASSERT_EQ(la.size(), lb.size());
  for (size_t i = 0; i < la.size(); ++i) EXPECT_EQ(tableChecksum(*la[i]), tableChecksum(*lb[i])) << la[i]->layer;
}

TEST(SampleGenerator, DifferentSeedDiffers) {
  const SampleData& a = sampleData();
  const SampleData& b = sampleData(7);
  EXPECT_NE(tableChecksum(a.buildings), tableChecksum(b.buildings));
  EXPECT_NE(tableChecksum(a.parks), tableChecksum(b.parks));
  // The real layers do not depend on the seed.
  EXPECT_EQ(tableChecksum(a.universities), tableChecksum(b.universities));
  EXPECT_EQ(tableChecksum(a.zones), tableChecksum(b.zones));
}

TEST(SampleGenerator, ParkCountAndSizesFollowThePlan) {
  const SampleData& d = sampleData();
  EXPECT_EQ(d.parks.size(), parkSlots().size());
  EXPECT_EQ(d.parksSkipped, 0u);
  // 小而精: about 1-15万 m² of floor area each (天府现代种业园 ~10万, 电子科大金牛 ~9万).
  const Column& area = col(d.parks, "area_m2");
  const Column& gfa = col(d.parks, "gfa_m2");
  for (size_t i = 0; i < d.parks.size(); ++i) {
    EXPECT_GE(area.reals[i], 0.012e6 * 0.999) << i;
    EXPECT_LE(area.reals[i], 0.08e6) << i;
    EXPECT_GE(gfa.reals[i], 1.0e4) << i;
    EXPECT_LE(gfa.reals[i], 15.0e4) << i;
  }
}

TEST(SampleGenerator, EverySectorPresentWithValidSubSectorsAndHorizons) {
  const SampleData& d = sampleData();
  const Column &sec = col(d.parks, "sector"), &sub = col(d.parks, "sub_sector"), &hor = col(d.parks, "horizon");
  std::set<std::string> seen;
  std::set<std::string> subs;
  for (size_t i = 0; i < d.parks.size(); ++i) {
    const Sector* parent = nullptr;
    const SubSector* s = findSubSector(sub.strings[i], &parent);
    ASSERT_NE(s, nullptr) << sub.strings[i];
    EXPECT_EQ(parent->id, sec.strings[i]);
    const char* h = s->horizon == Horizon::Near ? "near" : s->horizon == Horizon::MediumLong ? "medium_long" : "";
    EXPECT_EQ(hor.strings[i], h);
    seen.insert(sec.strings[i]);
    subs.insert(sub.strings[i]);
  }
  for (const Sector& s : sectors()) EXPECT_TRUE(seen.count(std::string(s.id))) << s.id;
  EXPECT_GE(subs.size(), 20u);  // a sensible mix, not one sub-sector per sector
  // Even a small --scale keeps every sector (the plan starts with one park per sector).
  std::set<std::string> small;
  const SampleData& s4 = sampleData(kDefaultSeed, 0.25);
  for (const auto& v : col(s4.parks, "sector").strings) small.insert(v);
  EXPECT_EQ(small.size(), sectors().size());
}

TEST(SampleGenerator, OccupancyAndAreaInvariants) {
  const SampleData& d = sampleData();
  const FeatureTable& b = d.buildings;
  const Column &gfa = col(b, "gfa_m2"), &vac = col(b, "vacant_m2"), &occ = col(b, "occupancy"),
               &fp = col(b, "footprint_m2"), &floors = col(b, "floors"), &h = col(b, "height_m"),
               &last = col(b, "occ_2026q4"), &ten = col(b, "tenants"), &ready = col(b, "ready_now");
  std::map<std::string, std::pair<double, double>> parkSums;
  for (size_t i = 0; i < b.size(); ++i) {
    EXPECT_EQ(occ.reals[i], last.reals[i]);
    EXPECT_EQ(vac.reals[i], gfa.reals[i] * (1 - occ.reals[i]));
    EXPECT_EQ(gfa.reals[i], fp.reals[i] * static_cast<double>(floors.ints[i]));
    EXPECT_GE(floors.ints[i], 3);
    EXPECT_LE(floors.ints[i], 30);
    EXPECT_GT(h.reals[i], 3.0 * static_cast<double>(floors.ints[i]));
    for (int q = 0; q < kQuarters; ++q) {
      const double v = col(b, quarterColumn(q).c_str()).reals[i];
      EXPECT_GE(v, 0.0);
      EXPECT_LE(v, 1.0);
    }
    EXPECT_TRUE(ready.ints[i] == 0 || ready.ints[i] == 1);
    if (vac.reals[i] == 0) {
      EXPECT_EQ(ready.ints[i], 0);
    }
    EXPECT_GE(ten.ints[i], 0);
    auto& s = parkSums[col(b, "park_id").strings[i]];
    s.first += gfa.reals[i], s.second += vac.reals[i];
  }
  const FeatureTable& p = d.parks;
  for (size_t i = 0; i < p.size(); ++i) {
    const auto& s = parkSums[col(p, "park_id").strings[i]];
    EXPECT_NEAR(col(p, "gfa_m2").reals[i], s.first, 1e-6 * s.first);
    EXPECT_NEAR(col(p, "vacant_m2").reals[i], s.second, 1e-6 * s.first + 1e-9);
    const double o = col(p, "occupancy").reals[i];
    EXPECT_GE(o, 0.0);
    EXPECT_LE(o, 1.0);
  }
  // Tenant counts and rows agree; tenants' areas add up to the occupied floor area.
  std::map<std::string, int> perBuilding;
  std::map<std::string, double> areaPerBuilding;
  for (size_t i = 0; i < d.tenants.size(); ++i) {
    ++perBuilding[col(d.tenants, "building_id").strings[i]];
    areaPerBuilding[col(d.tenants, "building_id").strings[i]] += col(d.tenants, "area_m2").reals[i];
  }
  for (size_t i = 0; i < b.size(); ++i) {
    const std::string& id = col(b, "building_id").strings[i];
    EXPECT_EQ(perBuilding[id], ten.ints[i]) << id;
    if (ten.ints[i] > 0) {
      EXPECT_NEAR(areaPerBuilding[id], gfa.reals[i] - vac.reals[i], 0.1 * static_cast<double>(ten.ints[i]));
    }
  }
}

TEST(SampleGenerator, SyntheticRowsSaySample) {
  const SampleData& d = sampleData();
  for (const FeatureTable* t : {&d.parks, &d.parcels, &d.buildings, &d.tenants}) {
    ASSERT_GT(t->size(), 0u) << t->layer;
    for (const std::string& s : col(*t, "data_status").strings) EXPECT_EQ(s, kSampleStatus) << t->layer;
  }
  for (const std::string& s : col(d.tenants, "name_zh").strings) EXPECT_EQ(s.rfind("示例·", 0), 0u) << s;
  for (const std::string& s : col(d.parks, "name_zh").strings) EXPECT_EQ(s.rfind("示例·", 0), 0u) << s;
  const FeatureTable& e = d.ecosystem;
  for (size_t i = 0; i < e.size(); ++i) {
    const bool real = col(e, "real").ints[i] == 1;
    EXPECT_EQ(col(e, "data_status").strings[i], real ? kRealSiteStatus : kSampleSiteStatus);
    EXPECT_EQ(col(e, "position").strings[i].rfind(real ? "approximate (±" : "sample", 0), 0u) << col(e, "position").strings[i];
  }
  for (const std::string& s : col(d.zones, "note").strings) EXPECT_NE(s.find("APPROXIMATE"), std::string::npos);
}

TEST(SampleGenerator, EcosystemHasEveryLocatedClusterAndTheKinds) {
  const SampleData& d = sampleData();
  std::set<std::string> ids, kinds;
  for (size_t i = 0; i < d.ecosystem.size(); ++i) {
    ids.insert(col(d.ecosystem, "site_id").strings[i]);
    kinds.insert(col(d.ecosystem, "kind").strings[i]);
  }
  for (const Cluster& c : anchors().clusters) EXPECT_EQ(ids.count(c.id), c.hasPosition ? 1u : 0u) << c.id;
  for (const char* k : {"university_science_park", "proof_of_concept", "pilot_platform", "new_rd_institution",
                        "science_facility", "named_cluster", "innovation_island", "scenario"})
    EXPECT_TRUE(kinds.count(k)) << k;
}

TEST(SampleGenerator, UniversitiesCarryRingProgrammes) {
  const SampleData& d = sampleData();
  ASSERT_EQ(d.universities.size(), anchors().campuses.size());
  std::map<std::string, std::string> ring;
  for (size_t i = 0; i < d.universities.size(); ++i)
    ring[col(d.universities, "id").strings[i]] = col(d.universities, "ring_program").strings[i];
  EXPECT_EQ(ring["uestc_shahe"], "环电子科大知识经济圈");
  EXPECT_EQ(ring["uestc_qingshuihe"], "环电子科大知识经济圈");
  EXPECT_EQ(ring["swjtu_jiuli"], "环交大智慧城");
  EXPECT_EQ(ring["swjtu_xipu"], "");
  EXPECT_EQ(ring["cdut"], "环成都理工大学知识经济圈");
  EXPECT_EQ(ring["xhu"], "环西华大学经济圈");
  EXPECT_EQ(ring["scu_wangjiang"], "");
}

TEST(SampleGenerator, ParksSitNearTheirAnchorsAndAwayFromWater) {
  const SampleData& d = sampleData();
  const FeatureTable& p = d.parks;
  for (size_t i = 0; i < p.size(); ++i) {
    const std::string& id = col(p, "anchor_id").strings[i];
    const std::string& kind = col(p, "anchor_kind").strings[i];
    glm::dvec2 c{0, 0};
    const uint32_t b = p.geom.ringCoord[p.geom.partRing[p.geom.featurePart[i]]];
    for (uint32_t k = 0; k < 4; ++k) c += p.geom.coords[b + k] / 4.0;
    if (kind == "university") {
      ASSERT_NE(anchors().campus(id), nullptr) << id;
      const double m = distanceMetres(c, anchors().campus(id)->lonLat);
      EXPECT_GE(m, 900) << id;
      EXPECT_LE(m, 3500) << id;
    } else if (kind == "cluster") {
      ASSERT_NE(anchors().cluster(id), nullptr) << id;
      EXPECT_LE(distanceMetres(c, anchors().cluster(id)->lonLat), 4500) << id;
    } else {
      EXPECT_TRUE(kind == "zone" || kind == "district") << kind;
      EXPECT_EQ(id, "");
    }
    for (const Exclusion& e : exclusions()) EXPECT_GT(distanceMetres(c, e.lonLat), e.radiusM) << e.what;
  }
}

TEST(SampleGenerator, EverythingInsideTheMunicipalityBbox) {
  const SampleData& d = sampleData();
  for (const FeatureTable* t : d.layers())
    for (const glm::dvec2& p : t->geom.coords) {
      EXPECT_TRUE(p.x >= kBboxMin.x && p.x <= kBboxMax.x && p.y >= kBboxMin.y && p.y <= kBboxMax.y)
          << t->layer << " " << p.x << "," << p.y;
    }
}

TEST(SampleGenerator, ScaleMultipliesBuildings) {
  const size_t base = sampleData().buildings.size();
  const SampleData& s2 = sampleData(kDefaultSeed, 2.0);
  EXPECT_EQ(s2.parks.size() + s2.parksSkipped, 2 * parkSlots().size());
  EXPECT_EQ(s2.parksSkipped, 0u);
  const double ratio = static_cast<double>(s2.buildings.size()) / static_cast<double>(base);
  EXPECT_GT(ratio, 1.7);
  EXPECT_LT(ratio, 2.3);
  // Park ids stay unique and dense.
  std::set<std::string> ids(col(s2.parks, "park_id").strings.begin(), col(s2.parks, "park_id").strings.end());
  EXPECT_EQ(ids.size(), s2.parks.size());
}

TEST(SampleGenerator, RejectsImpossibleScale) {
  EXPECT_THROW(generateSample(anchors(), {1, 0.0, true, &municipality()}), ps::Error);
  EXPECT_THROW(generateSample(anchors(), {1, -2.0, true, &municipality()}), ps::Error);
  EXPECT_THROW(generateSample(anchors(), {1, 1.0, true, nullptr}), ps::Error);  // no district polygons
}
