// Our grid-indexed planar distances and point-in-polygon against GEOS (C API,
// reentrant), computed independently by brute force over every feature.
#include <cmath>
#include <random>

#include <geos_c.h>
#include <gtest/gtest.h>

#include "analysis/siting/demand.h"
#include "analysis/siting/engine.h"
#include "analysis/siting/planar.h"
#include "geometry/planar.h"
#include "siting_fixture.h"

using namespace ps;
using namespace ps::siting;
using ps::siting::test::TestScene;

namespace {

struct Geos {
  GEOSContextHandle_t h = GEOS_init_r();
  ~Geos() { GEOS_finish_r(h); }

  GEOSGeometry* point(glm::dvec2 p) const { return GEOSGeom_createPointFromXY_r(h, p.x, p.y); }
  GEOSGeometry* feature(const GeometryColumn& g, size_t f) const {
    if (g.kind[f] == GeomKind::Point) return point(g.coords[g.ringCoord[g.partRing[g.featurePart[f]]]]);
    std::vector<GEOSGeometry*> polys;
    for (uint32_t part = g.featurePart[f]; part < g.featurePart[f + 1]; ++part) {
      std::vector<GEOSGeometry*> rings;
      for (uint32_t r = g.partRing[part]; r < g.partRing[part + 1]; ++r) {
        uint32_t b = g.ringCoord[r], e = g.ringCoord[r + 1];
        GEOSCoordSequence* s = GEOSCoordSeq_create_r(h, e - b + 1, 2);
        for (uint32_t k = b; k <= e; ++k) {
          const glm::dvec2& c = g.coords[k == e ? b : k];
          GEOSCoordSeq_setXY_r(h, s, k - b, c.x, c.y);
        }
        rings.push_back(GEOSGeom_createLinearRing_r(h, s));
      }
      polys.push_back(GEOSGeom_createPolygon_r(h, rings[0], rings.data() + 1, unsigned(rings.size() - 1)));
    }
    return GEOSGeom_createCollection_r(h, GEOS_MULTIPOLYGON, polys.data(), unsigned(polys.size()));
  }
};

// Random scene: 300 buildings over 15 x 10 km, 6 rings (one concave, with a hole), 40 sites.
TestScene randomScene(uint32_t seed) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> X(-2000, 13000), Y(-2000, 8000), V(0, 6000);
  TestScene s;
  s.rings = FeatureTable{};
  s.rings.source = "random rings";
  for (int i = 0; i < 5; ++i)
    ps::siting::test::addCircle(s.rings, {X(rng), Y(rng)}, 500 + 400 * i, {{"name_zh", "环" + std::to_string(i)}}, 48);
  // An L-shaped ring with a square hole.
  s.rings.geom.beginFeature(GeomKind::Polygon);
  s.rings.geom.beginPart();
  std::vector<glm::dvec2> shell = {{6000, 6000}, {9000, 6000}, {9000, 7000}, {7000, 7000}, {7000, 9000}, {6000, 9000}};
  std::vector<glm::dvec2> hole = {{6200, 6200}, {6200, 6800}, {6800, 6800}, {6800, 6200}};
  for (auto* r : {&shell, &hole}) {
    for (auto& p : *r) p += ps::siting::test::kOrigin;
    s.rings.geom.addRing(r->data(), r->size());
  }
  s.rings.geom.endFeature();
  ps::siting::test::addRow(s.rings, {{"name_zh", "L"}});
  s.ecosystem = FeatureTable{};
  const char* kinds[] = {"pilot_platform", "proof_of_concept", "scenario"};
  for (int i = 0; i < 40; ++i)
    ps::siting::test::addPoint(s.ecosystem, {X(rng), Y(rng)},
                               {{"site_id", "S" + std::to_string(i)}, {"kind", kinds[i % 3]}, {"sector", "digital"}});
  for (int i = 0; i < 300; ++i) s.building("B" + std::to_string(1000 + i), {X(rng), Y(rng)}, V(rng));
  s.building("IN_HOLE", {6500, 6500}, 3000);
  s.building("IN_L", {6500, 8500}, 3000);
  return s;
}

}  // namespace

TEST(SitingGeos, DistancesAgreeWithGeosWithin1m) {
  TestScene s = randomScene(20240103);
  Demand d = parseDemand(
      "sector = \"digital\"\n[criteria.ring]\nmax_m = 3000\n"
      "[criteria.ecosystem]\nmax_m = 3000\nkinds = [\"pilot_platform\", \"scenario\"]\n",
      "geos.toml");
  SitingIndex x = buildSitingIndex(s.inputs(), d.candidates);
  Evaluation ev = evaluate(x, d);
  Geos g;
  std::vector<GEOSGeometry*> rings, sites;
  for (size_t f = 0; f < s.rings.size(); ++f) rings.push_back(g.feature(s.rings.geom, f));
  for (size_t f = 0; f < s.ecosystem.size(); ++f) sites.push_back(g.feature(s.ecosystem.geom, f));
  double worst = 0;
  for (uint32_t i = 0; i < x.size(); ++i) {
    GEOSGeometry* p = g.point(x.anchor[i]);
    double ring = INFINITY, site = INFINITY, dist = 0;
    for (GEOSGeometry* r : rings)
      if (GEOSDistance_r(g.h, p, r, &dist)) ring = std::min(ring, dist);
    for (size_t f = 0; f < sites.size(); ++f)
      if (s.ecosystem.columns[size_t(s.ecosystem.findColumn("kind"))].strings[f] != "proof_of_concept" &&
          GEOSDistance_r(g.h, p, sites[f], &dist))
        site = std::min(site, dist);
    double ourRing = ev.raw[size_t(Criterion::Ring)][i], ourSite = ev.raw[size_t(Criterion::Ecosystem)][i];
    EXPECT_NEAR(ourRing, ring, 1.0) << x.id[i];
    EXPECT_NEAR(ourSite, site, 1.0) << x.id[i];
    worst = std::max({worst, std::abs(ourRing - ring), std::abs(ourSite - site)});
    // The anchor lies inside its own footprint.
    GEOSGeometry* own = g.feature(s.buildings.geom, i);
    EXPECT_TRUE(GEOSContains_r(g.h, own, p)) << x.id[i];
    GEOSGeom_destroy_r(g.h, own);
    GEOSGeom_destroy_r(g.h, p);
  }
  EXPECT_LT(worst, 1e-6);  // same maths: should agree to rounding, the contract is 1 m
  uint32_t hole = uint32_t(x.size() - 2), inL = uint32_t(x.size() - 1);
  EXPECT_GT(ev.raw[size_t(Criterion::Ring)][hole], 100.0);  // a hole is outside the ring
  EXPECT_EQ(ev.raw[size_t(Criterion::Ring)][inL], 0.0);
  for (auto* v : {&rings, &sites})
    for (GEOSGeometry* geom : *v) GEOSGeom_destroy_r(g.h, geom);
}

TEST(SitingGeos, ZoneMembershipAgreesWithGeosContains) {
  TestScene s = randomScene(7);
  SitingIndex x = buildSitingIndex(s.inputs(), CandidateKind::Buildings);
  Geos g;
  for (uint32_t i = 0; i < x.size(); ++i) {
    GEOSGeometry* p = g.point(x.anchor[i]);
    std::vector<uint32_t> expect;
    for (uint32_t z = 0; z < s.zones.size(); ++z) {
      GEOSGeometry* zone = g.feature(s.zones.geom, z);
      if (GEOSContains_r(g.h, zone, p)) expect.push_back(z);
      GEOSGeom_destroy_r(g.h, zone);
    }
    std::vector<uint32_t> got(x.zones.members.begin() + x.zones.memberStart[i],
                              x.zones.members.begin() + x.zones.memberStart[i + 1]);
    EXPECT_EQ(got, expect) << x.id[i];
    GEOSGeom_destroy_r(g.h, p);
  }
}

TEST(SitingGeos, GridNearestMatchesBruteForce) {
  std::mt19937 rng(99);
  std::uniform_real_distribution<double> U(0, 1000);
  std::vector<glm::dvec2> pts(500);
  std::vector<geometry::Box> boxes(pts.size());
  for (size_t i = 0; i < pts.size(); ++i) pts[i] = {U(rng), U(rng) * 0.1}, boxes[i].add(pts[i]);  // anisotropic
  GridIndex grid;
  grid.build(boxes);
  for (int q = 0; q < 200; ++q) {
    glm::dvec2 p{U(rng) * 3 - 1000, U(rng) * 3 - 1000};  // also far outside the grid
    auto hit = grid.nearest(p, [&](uint32_t i) { return std::hypot(pts[i].x - p.x, pts[i].y - p.y); });
    double best = INFINITY;
    for (const auto& c : pts) best = std::min(best, std::hypot(c.x - p.x, c.y - p.y));
    EXPECT_DOUBLE_EQ(hit.distance, best);
  }
}
