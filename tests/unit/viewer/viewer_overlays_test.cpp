// Overlay parameters changed in the viewer (viewer/overlays.h) on the
// synthetic city of the analysis tests: each change recomputes only its
// layer, keeps what must be kept (total GFA of the hex columns), agrees with
// `parkscape stats --by district`, follows the time, survives a save, and
// leaves the layer untouched when the recompute fails.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <map>

#include <nlohmann/json.hpp>

#include "../analysis/analysis_fixture.h"
#include "city_scene.h"
#include "analysis/scene_stats.h"
#include "data/derive.h"
#include "viewer/commands.h"
#include "viewer/overlays.h"
#include "core/error.h"
#include "core/sectors.h"
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
fields = { name = "name_zh", name_en = "name_en" }
[[layers]]
id = "parks"
kind = "fill"
source = { path = "city.gpkg", layer = "parks" }
fields = { name = "name_zh", id = "park_id", sector = "sector", sub_sector = "sub_sector" }
[[layers]]
id = "buildings"
kind = "extrusion"
source = { path = "city.gpkg", layer = "buildings" }
fields = { id = "building_id", park = "park_id", sector = "sector", sub_sector = "sub_sector", floors = "floors", height = "height_m", gfa = "gfa_m2", vacant = "vacant_m2", occupancy = "occupancy" }
[[layers]]
id = "universities"
kind = "point"
source = { path = "city.gpkg", layer = "universities" }
fields = { name = "name_zh", name_en = "name_en", id = "id" }
[[layers]]
id = "hex"
kind = "hexbin"
from = "buildings"
hex_size = 500
[[layers]]
id = "clusters"
kind = "clusters"
from = "buildings"
eps = 300
min_points = 5
[[layers]]
id = "rings"
kind = "ring_stats"
from = "buildings"
campuses = "universities"
ring_radii = [1500]
[[layers]]
id = "choropleth"
kind = "choropleth"
from = "buildings"
regions = "districts"
metric = "gfa"
classes = 3
fields = { name = "name_zh" }
)";

struct CityViewer {
  fx::City city = fx::makeCity(600);
  ViewerState s;
  CityViewer() {
    auto data = fx::citySceneData(city, kScene, "overlay_city.toml");
    data::deriveLayers(*data, std::nullopt);
    installScene(s, data, nullptr, {1600, 900});
  }
  uint32_t li(const std::string& id) const { return *layerIndex(s, id); }
  const FeatureTable& table(const std::string& id) const { return s.data->layers[li(id)].table; }
  DerivedSpec spec(const std::string& id) const { return s.data->scene.layers[li(id)].derived; }
};

double sum(const FeatureTable& t, const char* column) {
  const Column* c = t.column(column);
  double v = 0;
  for (size_t r = 0; c && r < c->size(); ++r)
    if (std::isfinite(c->asReal(r))) v += c->asReal(r);
  return v;
}

}  // namespace

TEST(ViewerOverlays, HexSizeChangesTheCountAndKeepsTheTotals) {
  CityViewer v;
  const uint32_t hex = v.li("hex");
  const size_t before = v.table("hex").size();
  const double gfa = sum(v.table("hex"), "gfa_m2");
  const uint64_t others = layerRevision(v.s, v.li("clusters"));
  EXPECT_NEAR(gfa, sum(v.city.buildings, "gfa_m2"), 1e-6 * gfa);

  DerivedSpec d = v.spec("hex");
  d.hexSize = 2000;
  ASSERT_TRUE(setDerivedParams(v.s, hex, d));
  EXPECT_EQ(v.spec("hex").hexSize, 2000);
  EXPECT_LT(v.table("hex").size(), before);
  EXPECT_NEAR(sum(v.table("hex"), "gfa_m2"), gfa, 1e-6 * gfa);
  EXPECT_EQ(sum(v.table("hex"), "count"), 600);
  // Only that layer moved on; the viewer's per-row state follows its new size.
  EXPECT_EQ(layerRevision(v.s, hex), 1u);
  EXPECT_EQ(layerRevision(v.s, v.li("clusters")), others);
  EXPECT_EQ(v.s.visuals[hex].size(), v.table("hex").size());
  EXPECT_EQ(v.s.filterPass[hex].size(), v.table("hex").size());
  // The legend note states the new width (2000 m circumradius = 3464 m across).
  EXPECT_NE(v.s.data->scene.layers[hex].legendNoteEn.find("3464 m wide"), std::string::npos)
      << v.s.data->scene.layers[hex].legendNoteEn;

  // Clamped to the panel's range.
  d.hexSize = 10;
  setDerivedParams(v.s, hex, d);
  EXPECT_EQ(v.spec("hex").hexSize, DerivedLimits::kHexMin);
}

TEST(ViewerOverlays, HexHeightAndColourRules) {
  CityViewer v;
  const uint32_t hex = v.li("hex");
  const Column* h0 = v.table("hex").column("height_m");
  double tallest = 0;
  for (size_t r = 0; r < h0->size(); ++r) tallest = std::max(tallest, h0->asReal(r));

  DerivedSpec d = v.spec("hex");
  d.heightByCount = true;  // height_scale unchanged: converted by GFA per building
  setDerivedParams(v.s, hex, d);
  const Column* h1 = v.table("hex").column("height_m");
  double tallestByCount = 0;
  for (size_t r = 0; r < h1->size(); ++r) tallestByCount = std::max(tallestByCount, h1->asReal(r));
  EXPECT_GT(tallestByCount, tallest * 0.3);
  EXPECT_LT(tallestByCount, tallest * 3.0);
  EXPECT_NE(v.s.data->scene.layers[hex].legendNoteEn.find(" buildings, "), std::string::npos);

  d = v.spec("hex");
  d.shareOf = "Digital intelligence";  // names are accepted, ids stored
  setDerivedParams(v.s, hex, d);
  const LayerSpec& l = v.s.data->scene.layers[hex];
  EXPECT_EQ(l.derived.shareOf, "digital");
  EXPECT_EQ(l.style.colorMode, ColorMode::Ramp);
  EXPECT_EQ(l.style.colorField, "share_sel");
  ASSERT_FALSE(l.legend.empty());
  EXPECT_NE(l.legend.back().labelEn.find("share 100.0%"), std::string::npos) << l.legend.back().labelEn;
  d.shareOf.clear();
  setDerivedParams(v.s, hex, d);
  EXPECT_EQ(v.s.data->scene.layers[hex].style.colorMode, ColorMode::Category);
  EXPECT_EQ(v.s.data->scene.layers[hex].style.colorField, "dominant");
}

TEST(ViewerOverlays, ClusterCountFollowsEpsAndMinPoints) {
  CityViewer v;
  const uint32_t cl = v.li("clusters");
  const size_t at300 = v.table("clusters").size();
  ASSERT_GT(at300, 0u);
  DerivedSpec d = v.spec("clusters");
  d.eps = 3000;  // wide enough to merge neighbouring parks of a sector
  d.concave = false;
  setDerivedParams(v.s, cl, d);
  const size_t at3000 = v.table("clusters").size();
  EXPECT_LT(at3000, at300);
  EXPECT_NE(v.s.data->scene.layers[cl].legendNoteEn.find("convex hulls"), std::string::npos);
  d.eps = 100;
  d.minPoints = 50;  // nothing that dense: no clusters at all
  setDerivedParams(v.s, cl, d);
  EXPECT_EQ(v.table("clusters").size(), 0u);
  EXPECT_EQ(v.s.visuals[cl].size(), 0u);
}

TEST(ViewerOverlays, ChoroplethMetricsAgreeWithStatsByDistrict) {
  CityViewer v;
  const uint32_t ch = v.li("choropleth");
  analysis::StatsSources src = analysis::statsSourcesFromScene(v.s.data->scene, [&](const std::string& id) {
    const data::LoadedLayer* L = v.s.data->find(id);
    return L ? &L->table : nullptr;
  });
  analysis::StatsTable stats;
  analysis::computeStats(src, {analysis::StatsBy::District, std::nullopt, false}, stats);
  const int name = stats.findColumn("name_zh");
  ASSERT_GE(name, 0);
  auto expectColumn = [&](const std::string& metric, const std::string& column) {
    DerivedSpec d = v.spec("choropleth");
    d.metric = metric;
    setDerivedParams(v.s, ch, d);
    const nlohmann::json j = derivedParamsJson(v.s, ch);
    EXPECT_EQ(j["metric"], metric);
    const int c = stats.findColumn(column);
    ASSERT_GE(c, 0) << column;
    size_t matched = 0;
    for (size_t r = 0; r < stats.rowCount(); ++r) {
      const std::string key = stats.columns[size_t(name)].text[r];
      if (!j["values"].contains(key)) continue;  // "outside every district" row
      ++matched;
      const double want = stats.columns[size_t(c)].number[r];
      if (std::isnan(want)) EXPECT_TRUE(j["values"][key].is_null()) << metric << " " << key;
      else EXPECT_NEAR(j["values"][key].get<double>(), want, 1e-6 * std::max(1.0, std::fabs(want))) << metric << " " << key;
    }
    EXPECT_EQ(matched, v.city.districts.size()) << metric;
  };
  expectColumn("gfa", "gfa_m2");
  expectColumn("vacancy", "vacancy");
  expectColumn("parks", "parks");
  expectColumn("share:bio", "share_bio");
  // Classes clamp to 3..9 and the legend has one entry per class (+ no data).
  DerivedSpec d = v.spec("choropleth");
  d.metric = "vacancy";
  d.classes = 1;
  d.quantile = false;
  setDerivedParams(v.s, ch, d);
  EXPECT_EQ(v.spec("choropleth").classes, DerivedLimits::kClassesMin);
  EXPECT_GE(v.s.data->scene.layers[ch].legend.size(), 1u);
  EXPECT_NE(v.s.data->scene.layers[ch].legendNoteEn.find("vacancy, equal-interval"), std::string::npos)
      << v.s.data->scene.layers[ch].legendNoteEn;
}

TEST(ViewerOverlays, RingsMergeCampusesOfOneUniversity) {
  CityViewer v;
  const uint32_t rings = v.li("rings");
  EXPECT_EQ(v.table("rings").size(), 4u);  // four campuses, one radius
  DerivedSpec d = v.spec("rings");
  d.mergeRings = true;
  setDerivedParams(v.s, rings, d);
  EXPECT_EQ(v.table("rings").size(), 3u);  // the two UESTC campuses 1.5 km apart become one ring
}

TEST(ViewerOverlays, TimeChangeRecomputesDerivedLayersAtTheWholeQuarter) {
  CityViewer v;
  const uint32_t ch = v.li("choropleth");
  DerivedSpec d = v.spec("choropleth");
  d.metric = "vacancy";
  setDerivedParams(v.s, ch, d);
  const nlohmann::json now = derivedParamsJson(v.s, ch)["values"];
  EXPECT_EQ(refreshDerivedForTime(v.s), 0u);  // nothing changed
  setQuarter(v.s, 2.6);                         // figures use 2024Q3
  setPlaying(v.s, true);
  EXPECT_EQ(refreshDerivedForTime(v.s), 0u);  // not while playing
  setPlaying(v.s, false);
  EXPECT_EQ(refreshDerivedForTime(v.s), 4u);
  EXPECT_NE(v.s.data->scene.layers[ch].legendNoteEn.find("2024Q3"), std::string::npos)
      << v.s.data->scene.layers[ch].legendNoteEn;
  EXPECT_NE(derivedParamsJson(v.s, ch)["values"], now);
  // Stats at 2024Q3 say the same.
  analysis::StatsSources src = analysis::statsSourcesFromScene(v.s.data->scene, [&](const std::string& id) {
    const data::LoadedLayer* L = v.s.data->find(id);
    return L ? &L->table : nullptr;
  });
  analysis::StatsTable stats;
  analysis::computeStats(src, {analysis::StatsBy::District, 2, false}, stats);
  const int name = stats.findColumn("name_zh"), vac = stats.findColumn("vacancy");
  const nlohmann::json values = derivedParamsJson(v.s, ch)["values"];
  for (size_t r = 0; r < stats.rowCount(); ++r) {
    const std::string key = stats.columns[size_t(name)].text[r];
    if (values.contains(key) && !values[key].is_null()) {
      EXPECT_NEAR(values[key].get<double>(), stats.columns[size_t(vac)].number[r], 1e-9) << key;
    }
  }
  EXPECT_EQ(refreshDerivedForTime(v.s), 0u);
}

TEST(ViewerOverlays, SelectionIntoARecomputedLayerIsDropped) {
  CityViewer v;
  const uint32_t hex = v.li("hex"), b = v.li("buildings");
  select(v.s, FeatureRef{hex, 0}, false);
  select(v.s, FeatureRef{b, 3}, true);
  DerivedSpec d = v.spec("hex");
  d.hexSize = 1000;
  setDerivedParams(v.s, hex, d);
  ASSERT_EQ(v.s.selection.size(), 1u);
  EXPECT_EQ(v.s.selection[0].layer, b);
}

TEST(ViewerOverlays, FailedRecomputeLeavesTheLayerAndBadValuesNameTheirKey) {
  CityViewer v;
  const uint32_t ch = v.li("choropleth");
  const size_t rows = v.table("choropleth").size();
  // Regions layer gone: the recompute fails, parameters and table stay.
  v.s.data->scene.layers[ch].derived.regions = "nowhere";
  DerivedSpec d = v.spec("choropleth");
  d.metric = "parks";
  EXPECT_THROW(setDerivedParams(v.s, ch, d), Error);
  EXPECT_EQ(v.spec("choropleth").metric, "gfa");
  EXPECT_EQ(v.table("choropleth").size(), rows);
  EXPECT_EQ(layerRevision(v.s, ch), 0u);

  try {
    derivedParamsFromJson(v.spec("choropleth"), nlohmann::json{{"metric", "share:tea"}});
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.key(), "metric");
  }
  try {
    derivedParamsFromJson(v.spec("clusters"), nlohmann::json{{"hull", "round"}});
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.key(), "hull");
  }
  const DerivedSpec hex = derivedParamsFromJson(v.spec("hex"), nlohmann::json{{"hex_size", 2000}, {"share_of", "bio"}, {"eps", 5}});
  EXPECT_EQ(hex.hexSize, 2000);
  EXPECT_EQ(hex.shareOf, "bio");
  EXPECT_FALSE(setDerivedParams(v.s, v.li("buildings"), hex));  // not a derived layer
}

TEST(ViewerOverlays, ParametersSurviveSaveAndLoad) {
  CityViewer v;
  DerivedSpec h = v.spec("hex");
  h.hexSize = 1750;
  h.heightByCount = true;
  h.shareOf = "network";
  setDerivedParams(v.s, v.li("hex"), h);
  DerivedSpec c = v.spec("clusters");
  c.eps = 1200;
  c.minPoints = 7;
  c.concave = false;
  setDerivedParams(v.s, v.li("clusters"), c);
  DerivedSpec ch = v.spec("choropleth");
  ch.metric = "share:energy";
  ch.classes = 4;
  ch.quantile = false;
  setDerivedParams(v.s, v.li("choropleth"), ch);
  DerivedSpec r = v.spec("rings");
  r.mergeRings = true;
  setDerivedParams(v.s, v.li("rings"), r);

  Scene out = v.s.data->scene;  // what sessionScene writes for layers (in draw order)
  const std::string path = (fs::path(PARKSCAPE_TEST_TMP) / "overlay_params_saved.toml").string();
  fs::create_directories(PARKSCAPE_TEST_TMP);
  saveScene(out, path);
  const Scene back = loadScene(path);
  auto layer = [&](const std::string& id) -> const LayerSpec& {
    for (const LayerSpec& l : back.layers)
      if (l.id == id) return l;
    throw std::runtime_error(id);
  };
  EXPECT_EQ(layer("hex").derived.hexSize, 1750);
  EXPECT_TRUE(layer("hex").derived.heightByCount);
  EXPECT_NEAR(layer("hex").derived.hexHeightScale, v.spec("hex").hexHeightScale, 1e-6 * v.spec("hex").hexHeightScale);
  EXPECT_EQ(layer("hex").derived.shareOf, "network");
  EXPECT_EQ(layer("hex").style.colorField, "share_sel");
  EXPECT_EQ(layer("clusters").derived.eps, 1200);
  EXPECT_EQ(layer("clusters").derived.minPoints, 7);
  EXPECT_FALSE(layer("clusters").derived.concave);
  EXPECT_EQ(layer("choropleth").derived.metric, "share:energy");
  EXPECT_EQ(layer("choropleth").derived.classes, 4);
  EXPECT_FALSE(layer("choropleth").derived.quantile);
  EXPECT_TRUE(layer("rings").derived.mergeRings);
}

// Issue 15 item 2: the sector filter reaches every layer derived from the
// filtered buildings, in fade and hide mode alike; clearing it restores them.
TEST(ViewerOverlays, SectorFilterRecomputesDerivedLayersFromThePassingBuildings) {
  CityViewer v;
  const FeatureTable& b = v.table("buildings");
  const Column* sector = b.column("sector");
  ASSERT_NE(sector, nullptr);
  std::string solo;  // the first building with a sector (some sample buildings have none)
  for (size_t r = 0; r < b.size() && solo.empty(); ++r) solo = sector->asString(r);
  ASSERT_FALSE(solo.empty());
  double soloGfa = 0, allGfa = sum(b, "gfa_m2");
  for (size_t r = 0; r < b.size(); ++r)
    if (sector->asString(r) == solo) soloGfa += b.column("gfa_m2")->asReal(r);
  ASSERT_LT(soloGfa, allGfa);
  EXPECT_NEAR(sum(v.table("hex"), "gfa_m2"), allGfa, 1e-6 * allGfa);
  EXPECT_EQ(refreshDerivedForTime(v.s), 0u);  // nothing changed since loading

  soloSector(v.s, solo);
  EXPECT_EQ(refreshDerivedForTime(v.s), 4u);
  EXPECT_NEAR(sum(v.table("hex"), "gfa_m2"), soloGfa, 1e-6 * soloGfa);
  // The district choropleth counts the passing buildings that stand in a district.
  const double soloChoro = sum(v.table("choropleth"), "value");
  EXPECT_GT(soloChoro, 0);
  EXPECT_LE(soloChoro, soloGfa * (1 + 1e-6));
  const Column* dominant = v.table("hex").column("dominant");
  for (size_t r = 0; r < v.table("hex").size(); ++r) EXPECT_EQ(dominant->asString(r), solo) << "hex " << r;
  const Column* clusterSector = v.table("clusters").column("sector");
  for (size_t r = 0; r < v.table("clusters").size(); ++r) EXPECT_EQ(clusterSector->asString(r), solo);
  // The legend follows: only the solo sector's colour is listed for the hex columns.
  const Sector* sec = findSector(solo);
  for (const LegendItem& item : v.s.data->scene.layers[v.li("hex")].legend)
    if (item.label.find("建筑面积") == std::string::npos) {
      EXPECT_EQ(item.label, std::string(sec->zh)) << item.label;
    }

  setFilterHides(v.s, true);  // fade -> hide: same features pass, nothing to recompute
  EXPECT_EQ(refreshDerivedForTime(v.s), 0u);

  clearFilters(v.s);
  EXPECT_EQ(refreshDerivedForTime(v.s), 4u);
  EXPECT_NEAR(sum(v.table("hex"), "gfa_m2"), allGfa, 1e-6 * allGfa);
}
