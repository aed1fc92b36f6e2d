// The time panel's chart (viewer/timeline.h) on the synthetic city of the
// analysis tests: which buildings a selection stands for (a building, a park,
// a district polygon, the filter), and that the curve at every quarter is the
// GFA-weighted occupancy of exactly those buildings, recomputed here from the
// occ_YYYYqN columns by hand.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <map>

#include "../analysis/analysis_fixture.h"
#include "city_scene.h"
#include "analysis/centroid.h"
#include "analysis/quarters.h"
#include "data/quarter_option.h"
#include "viewer/commands.h"
#include "geo/lonlat_projector.h"
#include "viewer/timeline.h"
#include "scene/scene.h"

using namespace ps;
using namespace ps::viewer;
namespace fs = std::filesystem;

namespace {

constexpr const char* kScene = R"(
[scene]
crs = "EPSG:4507"
[[layers]]
id = "districts"
kind = "fill"
source = { path = "city.gpkg", layer = "districts" }
fields = { name = "name_zh" }
[[layers]]
id = "parks"
kind = "fill"
source = { path = "city.gpkg", layer = "parks" }
fields = { name = "name_zh", id = "park_id", sector = "sector" }
[[layers]]
id = "buildings"
kind = "extrusion"
source = { path = "city.gpkg", layer = "buildings" }
fields = { id = "building_id", park = "park_id", sector = "sector", sub_sector = "sub_sector", floors = "floors", height = "height_m", gfa = "gfa_m2", vacant = "vacant_m2", occupancy = "occupancy" }
)";

struct CityViewer {
  fx::City city = fx::makeCity(300);
  ViewerState s;
  CityViewer() {
    auto data = fx::citySceneData(city, kScene, "timeline_city.toml");
    installScene(s, data, nullptr, {1600, 900});
  }
};

// GFA-weighted occupancy of `rows` at whole quarter q, straight from the columns.
double byHand(const FeatureTable& b, const std::vector<uint32_t>& rows, int q) {
  const Column* gfa = b.column("gfa_m2");
  const Column* occ = b.column(analysis::occupancyColumnName(q));
  double num = 0, den = 0;
  for (uint32_t r : rows) {
    if (!(gfa->reals[r] > 0) || occ->isNull(r)) continue;
    num += gfa->reals[r] * occ->reals[r];
    den += gfa->reals[r];
  }
  return num / den;
}

bool inRing(const GeometryColumn& g, uint32_t ring, glm::dvec2 p) {
  bool in = false;
  const uint32_t b = g.ringCoord[ring], e = g.ringCoord[ring + 1];
  for (uint32_t i = b, j = e - 1; i < e; j = i++) {
    const glm::dvec2 a = g.coords[i], c = g.coords[j];
    if ((a.y > p.y) != (c.y > p.y) && p.x < (c.x - a.x) * (p.y - a.y) / (c.y - a.y) + a.x) in = !in;
  }
  return in;
}

// Even-odd over every ring of the feature (shell minus holes), by brute force.
bool inFeature(const GeometryColumn& g, size_t f, glm::dvec2 p) {
  bool in = false;
  for (uint32_t part = g.featurePart[f]; part < g.featurePart[f + 1]; ++part)
    for (uint32_t r = g.partRing[part]; r < g.partRing[part + 1]; ++r) in ^= inRing(g, r, p);
  return in;
}

void expectCurve(const ViewerState& s, const std::vector<uint32_t>& rows) {
  const FeatureTable& b = s.data->layers[2].table;
  ASSERT_FALSE(s.timeline.t.empty());
  for (int q = 0; q < analysis::kQuarterCount; ++q)
    EXPECT_NEAR(timelineValueAt(s.timeline, q), byHand(b, rows, q), 1e-12) << "quarter " << q;
}

}  // namespace

TEST(ViewerTimeline, NothingSelectedIsEveryBuilding) {
  CityViewer v;
  updateTimeline(v.s);
  EXPECT_EQ(v.s.timeline.layer, 2);
  EXPECT_EQ(v.s.timeline.scopeKey, "time.scope_all");
  EXPECT_EQ(v.s.timeline.buildings, 300u);
  std::vector<uint32_t> all(300);
  for (uint32_t i = 0; i < 300; ++i) all[i] = i;
  expectCurve(v.s, all);
}

TEST(ViewerTimeline, AParkStandsForItsBuildings) {
  CityViewer v;
  select(v.s, FeatureRef{1, 3}, false);
  updateTimeline(v.s);
  const std::string park = v.city.parks.column("park_id")->strings[3];
  std::vector<uint32_t> rows;
  const Column* pc = v.city.buildings.column("park_id");
  for (uint32_t r = 0; r < pc->size(); ++r)
    if (!pc->isNull(r) && pc->strings[r] == park) rows.push_back(r);
  ASSERT_FALSE(rows.empty());
  EXPECT_EQ(v.s.timeline.scopeKey, "time.scope_selection");
  EXPECT_EQ(v.s.timeline.scopeName, v.city.parks.column("name_zh")->strings[3]);
  EXPECT_EQ(v.s.timeline.buildings, rows.size());
  expectCurve(v.s, rows);

  // One building: its own curve.
  select(v.s, FeatureRef{2, rows[0]}, false);
  updateTimeline(v.s);
  EXPECT_EQ(v.s.timeline.buildings, 1u);
  expectCurve(v.s, {rows[0]});
}

TEST(ViewerTimeline, ADistrictStandsForTheBuildingsWhoseCentroidItHolds) {
  CityViewer v;
  std::vector<glm::dvec2> c;
  analysis::featureCentroids(v.city.buildings.geom, c);
  for (uint32_t d = 0; d < v.city.districts.size(); ++d) {
    select(v.s, FeatureRef{0, d}, false);
    updateTimeline(v.s);
    std::vector<uint32_t> rows;
    for (uint32_t r = 0; r < c.size(); ++r)
      if (inFeature(v.city.districts.geom, d, c[r])) rows.push_back(r);
    EXPECT_EQ(v.s.timeline.buildings, rows.size()) << "district " << d;
    if (!rows.empty()) expectCurve(v.s, rows);
  }
}

TEST(ViewerTimeline, TheFilterNarrowsTheCurveAndPlaybackStepsAndStops) {
  CityViewer v;
  std::string sector;
  for (const std::string& x : v.city.buildings.column("sector")->strings)
    if (!x.empty()) {
      sector = x;
      break;
    }
  ASSERT_FALSE(sector.empty());
  soloSector(v.s, sector);
  updateTimeline(v.s);
  std::vector<uint32_t> rows;
  for (uint32_t r = 0; r < v.s.filterPass[2].size(); ++r)
    if (v.s.filterPass[2][r]) rows.push_back(r);
  EXPECT_EQ(v.s.timeline.scopeKey, "time.scope_filtered");
  EXPECT_EQ(v.s.timeline.buildings, rows.size());
  expectCurve(v.s, rows);

  // Playback: from "now" it starts at 2024Q1, advances at speed, lands on 2026Q4 and stops without loop.
  v.s.now = 10.0;
  v.s.time.loop = false;
  setPlaybackSpeed(v.s, 2.0);
  setPlaying(v.s, true);
  EXPECT_EQ(v.s.time.quarter, 0.0);
  v.s.now = 11.5;
  EXPECT_TRUE(stepPlayback(v.s));
  EXPECT_NEAR(*v.s.time.quarter, 3.0, 1e-12);
  EXPECT_EQ(v.s.time.wholeQuarter(), 3);
  v.s.now = 30.0;
  EXPECT_FALSE(stepPlayback(v.s));
  EXPECT_EQ(*v.s.time.quarter, 11.0);
  setQuarter(v.s, std::nullopt);
  EXPECT_FALSE(v.s.time.quarter.has_value());
  setQuarter(v.s, 42.0);
  EXPECT_EQ(*v.s.time.quarter, 11.0);
}

// A saved view keeps the time it showed ([scene] quarter), and opening a
// scene shows the time it names.
TEST(ViewerTimeline, TheTimeIsSavedWithTheViewAndRestoredOnOpen) {
  CityViewer v;
  const geo::GeoProjector geo("EPSG:4507");
  setQuarter(v.s, 6.0);
  EXPECT_EQ(sessionScene(v.s, geo).quarter, "2025Q3");
  setQuarter(v.s, 6.5);
  const Scene saved = sessionScene(v.s, geo);
  EXPECT_EQ(data::parseQuarterOption(saved.quarter), 6.5);
  setQuarter(v.s, std::nullopt);
  EXPECT_EQ(sessionScene(v.s, geo).quarter, "");

  auto data = fx::citySceneData(v.city, kScene, "timeline_city_q.toml");
  data->scene.quarter = "2024Q3";
  ViewerState s2;
  installScene(s2, data, nullptr, {1600, 900});
  ASSERT_TRUE(s2.time.quarter.has_value());
  EXPECT_EQ(*s2.time.quarter, 2.0);
  EXPECT_FALSE(s2.time.playing);
}
