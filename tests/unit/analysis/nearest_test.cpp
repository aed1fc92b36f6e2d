// The nearest campus, lead zone and named cluster of a feature
// (analysis/nearest.h, GEOS underneath), against exact planar distances and
// geometry/planar.h's own point-to-feature distance.
#include <gtest/gtest.h>

#include <cmath>

#include "analysis/nearest.h"
#include "geometry/planar.h"

using namespace ps;
using namespace ps::analysis;

namespace {

void addPoint(FeatureTable& t, glm::dvec2 p) {
  t.geom.beginFeature(GeomKind::Point);
  t.geom.beginPart();
  t.geom.addRing(&p, 1);
  t.geom.endFeature();
  t.fid.push_back(static_cast<int64_t>(t.fid.size()));
}

void addSquare(FeatureTable& t, glm::dvec2 lo, double side) {
  const glm::dvec2 r[4] = {lo, lo + glm::dvec2(side, 0), lo + glm::dvec2(side, side), lo + glm::dvec2(0, side)};
  t.geom.beginFeature(GeomKind::Polygon);
  t.geom.beginPart();
  t.geom.addRing(r, 4);
  t.geom.endFeature();
  t.fid.push_back(static_cast<int64_t>(t.fid.size()));
}

Column textColumn(const char* name, std::vector<std::string> v) {
  Column c;
  c.name = name;
  c.type = FieldType::String;
  c.null.assign(v.size(), 0);
  c.strings = std::move(v);
  return c;
}

struct Places {
  FeatureTable campuses, zones, eco, parcels;
  Places() {
    addPoint(campuses, {1000, 0});
    addPoint(campuses, {0, 3000});
    addSquare(zones, {-500, -500}, 1000);   // holds the first parcel
    addSquare(zones, {5000, 5000}, 1000);
    addPoint(eco, {100, 100});               // a pilot platform: nearer, but not a named cluster
    addPoint(eco, {-2000, 0});               // named cluster
    addPoint(eco, {0, -4000});               // named cluster
    eco.columns.push_back(textColumn("kind", {"pilot_platform", "named_cluster", "named_cluster"}));
    addSquare(parcels, {-50, -50}, 100);     // inside zone 0
    addSquare(parcels, {2950, 2950}, 100);   // outside every zone
  }
  NearestSources sources() const { return {&campuses, &zones, &eco, "kind"}; }
};

}  // namespace

TEST(Nearest, CampusZoneAndNamedClusterWithTheirDistances) {
  Places p;
  const auto r = nearestPlaces(p.parcels, 0, p.sources());
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[0].kind, NearestKind::Campus);
  EXPECT_EQ(r[0].row, 0u);
  EXPECT_NEAR(r[0].planar, 950.0, 1e-9);  // from the parcel's east edge x = 50 to (1000, 0)
  EXPECT_NEAR(r[0].from.x, 50.0, 1e-9);
  EXPECT_NEAR(r[0].to.x, 1000.0, 1e-9);
  EXPECT_EQ(r[1].kind, NearestKind::Zone);
  EXPECT_EQ(r[1].row, 0u);
  EXPECT_EQ(r[1].planar, 0.0);  // inside
  EXPECT_EQ(r[2].kind, NearestKind::Cluster);
  EXPECT_EQ(r[2].row, 1u);      // the pilot platform at (100, 100) is not a named cluster
  EXPECT_NEAR(r[2].planar, 1950.0, 1e-9);
}

TEST(Nearest, AgreesWithPlanarPointDistances) {
  Places p;
  const auto r = nearestPlaces(p.parcels, 1, p.sources());
  ASSERT_EQ(r.size(), 3u);
  // Zone 1's corner (5000, 5000) to the parcel's corner (3050, 3050).
  EXPECT_EQ(r[1].row, 1u);
  EXPECT_NEAR(r[1].planar, std::hypot(1950.0, 1950.0), 1e-6);
  // Each answer is the planar distance from the target point to the parcel (planar.h, no GEOS).
  EXPECT_NEAR(r[0].planar, geometry::distanceToFeature(p.parcels.geom, 1, glm::dvec2(0, 3000)), 1e-6);
  EXPECT_EQ(r[0].row, 1u);
  EXPECT_NEAR(r[2].planar, geometry::distanceToFeature(p.parcels.geom, 1, glm::dvec2(-2000, 0)), 1e-6);
}

TEST(Nearest, NeverItselfAndMissingLayersLeftOut) {
  Places p;
  // A campus selected in the campus table: the other campus.
  auto r = nearestPlaces(p.campuses, 0, {&p.campuses, nullptr, nullptr, "kind"});
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].row, 1u);
  EXPECT_NEAR(r[0].planar, std::hypot(1000.0, 3000.0), 1e-6);
  // No ecosystem kind column: no clusters; no layers at all: nothing.
  FeatureTable noKind = p.eco;
  noKind.columns.clear();
  EXPECT_EQ(nearestPlaces(p.parcels, 0, {nullptr, nullptr, &noKind, "kind"}).size(), 0u);
  EXPECT_TRUE(nearestPlaces(p.parcels, 0, {}).empty());
}
