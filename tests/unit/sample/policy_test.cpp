// The sample against the policy (成府发〔2024〕2号) and the real district polygons:
// every district has parks, districts come from the polygons, everything lies
// inside the municipality and outside the mapped water, the seed-named places
// stand where the sources put them, and the policy attributes are well-formed.
#include <gtest/gtest.h>

#include <cmath>
#include <set>
#include <string>

#include "core/sectors.h"
#include "geometry/clip.h"
#include "geometry/planar.h"
#include "sample/local_frame.h"
#include "sample/park_plan.h"
#include "sample_fixture.h"

using namespace ps;
using namespace ps::sample;
using namespace ps::sample::test;

namespace {

glm::dvec2 parkCentre(const FeatureTable& p, size_t i) {
  glm::dvec2 c{0, 0};
  const uint32_t b = p.geom.ringCoord[p.geom.partRing[p.geom.featurePart[i]]];
  for (uint32_t k = 0; k < 4; ++k) c += p.geom.coords[b + k] / 4.0;
  return c;
}

glm::dvec2 ecoPoint(const FeatureTable& e, const std::string& id) {
  const Column& ids = col(e, "site_id");
  for (size_t i = 0; i < e.size(); ++i)
    if (ids.strings[i] == id) return e.geom.coords[e.geom.ringCoord[e.geom.partRing[e.geom.featurePart[i]]]];
  throw std::runtime_error("no ecosystem site " + id);
}

}  // namespace

TEST(SamplePolicy, EveryDistrictHasParksNamedFromThePolygons) {
  const SampleData& d = sampleData();
  const Column& district = col(d.parks, "district");
  std::set<std::string> seen;
  for (size_t i = 0; i < d.parks.size(); ++i) {
    EXPECT_EQ(district.strings[i], municipality().districtAt(parkCentre(d.parks, i))) << col(d.parks, "park_id").strings[i];
    seen.insert(district.strings[i]);
  }
  const auto& all = municipality().districtNames();
  ASSERT_EQ(all.size(), 20u);
  for (const std::string& n : all) EXPECT_TRUE(seen.count(n)) << n << " has no park (全域竞相培育)";
}

TEST(SamplePolicy, EveryPointAndParkInsideTheMunicipalityAndOutsideMappedWater) {
  const SampleData& d = sampleData();
  for (const FeatureTable* t : d.layers()) {
    if (t == &d.zones) continue;  // polygons with lake holes: checked below
    for (const glm::dvec2& p : t->geom.coords) {
      EXPECT_TRUE(municipality().contains(p)) << t->layer << " " << p.x << "," << p.y;
      for (const Exclusion& w : mappedWater())
        EXPECT_GT(distanceMetres(p, w.lonLat), w.radiusM) << t->layer << " in " << w.what << " at " << p.x << "," << p.y;
    }
  }
}

TEST(SamplePolicy, ZonesAreClippedToTheMunicipalityAndNeverOverWater) {
  const SampleData& d = sampleData();
  const GeometryColumn again = geometry::clipPolygons(d.zones.geom, municipality().outline(), 0);
  for (size_t i = 0; i < d.zones.size(); ++i) {
    const double a = geometry::polygonArea(d.zones.geom, i);
    EXPECT_NEAR(geometry::polygonArea(again, i), a, 1e-9 * a) << "zone " << i << " reaches beyond the municipality";
    for (const Exclusion& w : mappedWater()) {
      EXPECT_FALSE(geometry::containsPoint(d.zones.geom, i, w.lonLat)) << w.what;
      const LocalFrame f{w.lonLat};
      for (int k = 0; k < 16; ++k) {  // the whole disc, not only its centre
        const double t = k * 3.14159265358979323846 / 8;
        const glm::dvec2 q = f.toLonLat({0.97 * w.radiusM * std::cos(t), 0.97 * w.radiusM * std::sin(t)});
        EXPECT_FALSE(geometry::containsPoint(d.zones.geom, i, q)) << w.what << " under zone " << i;
      }
    }
  }
  // The 天府新区 sketch no longer reaches into 眉山 (around 104.17°E, 30.27°N).
  EXPECT_FALSE(geometry::containsPoint(d.zones.geom, 1, {104.17, 30.24}));
}

TEST(SamplePolicy, SeedNamedPlacesStandApartAndWhereTheSourcesPutThem) {
  const FeatureTable& e = sampleData().ecosystem;
  const glm::dvec2 lake{104.082, 30.403};
  // 国家超算成都中心: "兴隆湖东南角", 1.5-2 km from the lake centre.
  const glm::dvec2 sc = ecoPoint(e, "supercomputer");
  EXPECT_GT(sc.x, lake.x);
  EXPECT_LT(sc.y, lake.y);
  EXPECT_GT(distanceMetres(sc, lake), 1500);
  EXPECT_LT(distanceMetres(sc, lake), 2200);
  // No two seed-named places share one point.
  const Column& real = col(e, "real");
  std::set<std::pair<double, double>> points;
  for (size_t i = 0; i < e.size(); ++i) {
    if (real.ints[i] != 1) continue;
    const glm::dvec2 p = e.geom.coords[e.geom.ringCoord[e.geom.partRing[e.geom.featurePart[i]]]];
    EXPECT_TRUE(points.insert({p.x, p.y}).second) << col(e, "site_id").strings[i] << " shares a point";
  }
  // 成都新材料产业功能区 is cited as a hydrogen-source base (先进能源), not a materials cluster.
  const Column& ids = col(e, "site_id");
  for (size_t i = 0; i < e.size(); ++i)
    if (ids.strings[i] == "new_materials_zone") {
      EXPECT_EQ(col(e, "sector").strings[i], "energy");
    }
  // Real university science parks only; UESTC's Jiulidi campus is a campus.
  for (size_t i = 0; i < e.size(); ++i)
    if (col(e, "kind").strings[i] == "university_science_park") {
      EXPECT_EQ(real.ints[i], 1) << ids.strings[i];
    }
  EXPECT_NE(anchors().campus("uestc_jiulidi"), nullptr);
  EXPECT_EQ(anchors().campus("sicau_wenjiang")->ringProgram, "环川农大知识经济圈");
}

TEST(SamplePolicy, ParkAttributesFollowThePolicy) {
  const FeatureTable& p = sampleData().parks;
  const std::set<std::string> statuses{"operating", "under_construction", "planned", "watch"};
  const std::set<std::string> roles{"main", "co_carrier"}, areas{"central_city", "new_area", "suburban_city"};
  std::set<std::string> seenStatus;
  size_t frontier = 0, renovated = 0;
  for (size_t i = 0; i < p.size(); ++i) {
    const std::string& id = col(p, "park_id").strings[i];
    const std::string& status = col(p, "status").strings[i];
    EXPECT_TRUE(statuses.count(status)) << id << " " << status;
    seenStatus.insert(status);
    // 前沿交叉融合新赛道: tracks to watch (跟踪预研), never selected for cultivation.
    const bool isFrontier = col(p, "sector").strings[i] == "frontier";
    frontier += isFrontier;
    EXPECT_EQ(status == "watch", isFrontier) << id;
    EXPECT_EQ(col(p, "selection_batch").ints[i] == 0, isFrontier) << id;
    EXPECT_TRUE(roles.count(col(p, "carrier_role").strings[i])) << id;
    EXPECT_TRUE(areas.count(col(p, "dev_area").strings[i])) << id;
    EXPECT_EQ(col(p, "dev_area").strings[i] == "new_area", !col(p, "zone").strings[i].empty()) << id;
    renovated += col(p, "stock_renovation").ints[i] == 1;
    // The seed's timing: 未来3到5年 for 近期, 5到10年 for 中远期.
    const std::string& h = col(p, "horizon").strings[i];
    EXPECT_EQ(col(p, "timeframe").strings[i], h == "near" ? "3-5" : h == "medium_long" ? "5-10" : "") << id;
    if (status == "planned") {
      EXPECT_EQ(col(p, "occupancy").reals[i], 0.0) << id << ": a planned park has no tenants yet";
    }
  }
  EXPECT_EQ(seenStatus, statuses);
  EXPECT_LE(frontier, 3u);
  EXPECT_GT(renovated, 0u);  // 存量空间改造 / 硅巷
}
