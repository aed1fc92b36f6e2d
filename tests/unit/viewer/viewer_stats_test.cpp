// The statistics panel's model (viewer/stats.h): its cells are the CLI's
// (computeStats + formatCell) on the same scene, it follows the map's time,
// sorts with no-data rows last, totals from summed areas, and a row click
// reaches the feature on the map.
#include <algorithm>
#include <cmath>

#include <gtest/gtest.h>

#include "analysis/quarters.h"
#include "analysis/scene_stats.h"
#include "viewer/commands.h"
#include "viewer/demo_scene.h"
#include "geo/lonlat_projector.h"
#include "viewer/stats.h"
#include "core/error.h"
#include "core/i18n.h"
#include "core/sectors.h"

using namespace ps;
using namespace ps::viewer;
using analysis::CellKind;
using analysis::StatsBy;
using analysis::StatsTable;

namespace {

constexpr glm::dvec2 kView{1600, 900};

struct Demo {
  ViewerState s;
  std::unique_ptr<geo::GeoProjector> geo;
  Demo() {
    auto data = std::make_shared<data::SceneData>(makeDemoScene());
    geo = std::make_unique<geo::GeoProjector>(data->scene.crs);
    installScene(s, data, geo.get(), kView);
  }
  // What `parkscape stats` computes on the same layers.
  StatsTable cli(StatsBy by, std::optional<int> quarter) const {
    const data::SceneData& d = *s.data;
    auto src = analysis::statsSourcesFromScene(d.scene, [&d](const std::string& id) -> const FeatureTable* {
      const data::LoadedLayer* l = d.find(id);
      return l ? &l->table : nullptr;
    });
    StatsTable t;
    analysis::computeStats(src, {by, quarter, false}, t);
    return t;
  }
};

// A hand-made table: three rows, one without GFA.
StatsTable smallTable() {
  StatsTable t;
  auto text = [&](const char* name, std::vector<std::string> v) { t.add(name, CellKind::Text).text = std::move(v); };
  auto num = [&](const char* name, CellKind k, std::vector<double> v) { t.add(name, k).number = std::move(v); };
  text("key", {"a", "b", "c"});
  text("name_zh", {"甲", "乙", "丙"});
  text("name_en", {"A", "B", "C"});
  num("parks", CellKind::Count, {1, 2, 0});
  num("buildings", CellKind::Count, {3, 4, 0});
  num("gfa_m2", CellKind::Area, {1000, 3000, 0});
  num("vacant_m2", CellKind::Area, {250, 300, 0});
  num("occupied_m2", CellKind::Area, {750, 2700, 0});
  num("occupancy", CellKind::Rate, {0.75, 0.9, NAN});
  num("vacancy", CellKind::Rate, {0.25, 0.1, NAN});
  text("dominant_sector", {"bio", "digital", ""});
  num("share_bio", CellKind::Rate, {1.0, 0.2, NAN});
  num("share_digital", CellKind::Rate, {0.0, 0.8, NAN});
  return t;
}

std::vector<std::string> names(const StatsTable& t, const std::vector<size_t>& cols) {
  std::vector<std::string> out;
  for (size_t c : cols) out.push_back(t.columns[c].name);
  return out;
}

}  // namespace

TEST(ViewerStats, ShownColumnsNameInTheUiLanguageFirst) {
  const StatsTable t = smallTable();
  const auto zh = names(t, statsShownColumns(t, Lang::Zh));
  const auto en = names(t, statsShownColumns(t, Lang::En));
  // key, the other language's name and the sector shares (the sector-mix bars) left out
  ASSERT_EQ(zh.size(), t.columns.size() - 4);
  EXPECT_EQ(std::count(zh.begin(), zh.end(), "share_bio"), 0);
  EXPECT_EQ(zh.front(), "name_zh");
  EXPECT_EQ(en.front(), "name_en");
  EXPECT_EQ(zh[1], "parks");
  // The rates right after the floor area, before the area breakdown.
  EXPECT_EQ((std::vector<std::string>(zh.begin() + 3, zh.begin() + 7)),
            (std::vector<std::string>{"gfa_m2", "occupancy", "vacancy", "vacant_m2"}));
  EXPECT_EQ(std::count(zh.begin(), zh.end(), "key"), 0);

  // By ring the university column repeats name_zh.
  StatsTable r;
  for (const char* n : {"key", "name_zh", "name_en", "university", "campus"}) r.add(n, CellKind::Text).text = {"x"};
  r.add("radius_m", CellKind::Length).number = {1500};
  EXPECT_EQ(names(r, statsShownColumns(r, Lang::Zh)), (std::vector<std::string>{"name_zh", "campus", "radius_m"}));

  // By sub-sector the seed's timing shows in the UI language, after the figures; the horizon / timeframe ids do not.
  StatsTable u;
  for (const char* n : {"key", "name_zh", "name_en", "sector", "horizon", "timeframe", "timing_zh", "timing_en"})
    u.add(n, CellKind::Text).text = {"x"};
  u.add("parks", CellKind::Count).number = {1};
  EXPECT_EQ(names(u, statsShownColumns(u, Lang::Zh)), (std::vector<std::string>{"name_zh", "sector", "parks", "timing_zh"}));
  EXPECT_EQ(names(u, statsShownColumns(u, Lang::En)), (std::vector<std::string>{"name_en", "sector", "parks", "timing_en"}));
}

TEST(ViewerStats, SortNumbersWithNoDataLastEitherWay) {
  const StatsTable t = smallTable();
  std::vector<size_t> order;
  statsSortOrder(t, -1, false, order);
  EXPECT_EQ(order, (std::vector<size_t>{0, 1, 2}));
  const int occ = t.findColumn("occupancy");
  statsSortOrder(t, occ, false, order);
  EXPECT_EQ(order, (std::vector<size_t>{0, 1, 2}));
  statsSortOrder(t, occ, true, order);
  EXPECT_EQ(order, (std::vector<size_t>{1, 0, 2}));  // NaN stays last
  statsSortOrder(t, t.findColumn("name_en"), true, order);
  EXPECT_EQ(order, (std::vector<size_t>{2, 1, 0}));
  // Ties keep the CLI's order.
  statsSortOrder(t, t.findColumn("share_digital"), false, order);
  EXPECT_EQ(order, (std::vector<size_t>{0, 1, 2}));
}

TEST(ViewerStats, TotalsSumAreasAndRecomputeRates) {
  const StatsTable t = smallTable();
  const auto tot = statsTotals(t);
  auto at = [&](const char* n) { return tot[static_cast<size_t>(t.findColumn(n))]; };
  EXPECT_EQ(at("parks"), "3");
  EXPECT_EQ(at("buildings"), "7");
  // As a planner reads them: thousands separators, rates as percentages.
  EXPECT_EQ(at("gfa_m2"), "4,000");
  EXPECT_EQ(at("vacant_m2"), "550");
  EXPECT_EQ(at("occupancy"), "86.2 %");  // 3450 / 4000, not the mean of the rows' rates
  EXPECT_EQ(at("vacancy"), "13.8 %");
  EXPECT_EQ(at("share_bio"), "40.0 %");  // (1000 * 1 + 3000 * 0.2) / 4000
  EXPECT_EQ(at("share_digital"), "60.0 %");
  EXPECT_EQ(at("name_zh"), "");
  EXPECT_EQ(at("dominant_sector"), "");

  StatsTable empty = smallTable();
  for (auto& c : empty.columns)
    if (c.name == "gfa_m2") c.number = {0, 0, 0};
  EXPECT_EQ(statsTotals(empty)[static_cast<size_t>(empty.findColumn("occupancy"))], "");  // no GFA: no data
}

TEST(ViewerStats, GridCellsAreTheCliCells) {
  Demo d;
  setQuarter(d.s, 6.0);  // 2025Q3
  statsSetBy(d.s, StatsBy::Park, false);
  const StatsSession& ss = statsSession(d.s);
  ASSERT_TRUE(ss.error.empty()) << ss.error;
  EXPECT_EQ(ss.quarter, 6);
  const StatsTable cli = d.cli(StatsBy::Park, 6);
  ASSERT_EQ(ss.grid.rows.size(), cli.rowCount());
  ASSERT_GT(cli.rowCount(), 1u);
  for (size_t i = 0; i < ss.grid.rows.size(); ++i)
    for (size_t c = 0; c < ss.grid.columns.size(); ++c)
      EXPECT_EQ(ss.grid.cells[i][c],
                analysis::formatCell(cli, ss.grid.columns[c], ss.grid.rows[i], analysis::NumberStyle::Readable))
          << cli.columns[ss.grid.columns[c]].name << " row " << i;
}

TEST(ViewerStats, FollowsTheMapsWholeQuarter) {
  Demo d;
  statsSetBy(d.s, StatsBy::District, false);
  StatsSession& ss = statsSession(d.s);
  EXPECT_FALSE(ss.quarter);  // now
  const unsigned n0 = ss.computations;
  setQuarter(d.s, 6.4);      // between 2025Q3 and 2025Q4: figures use 2025Q3
  EXPECT_TRUE(statsRefresh(d.s));
  EXPECT_EQ(ss.quarter, 6);
  setQuarter(d.s, 6.8);      // same whole quarter: nothing to recompute
  EXPECT_FALSE(statsRefresh(d.s));
  EXPECT_EQ(ss.computations, n0 + 1);
  const int gfa = ss.table.findColumn("gfa_m2");
  const int vac = ss.table.findColumn("vacant_m2");
  const StatsTable q3 = d.cli(StatsBy::District, 6);
  for (size_t r = 0; r < q3.rowCount(); ++r)
    EXPECT_EQ(analysis::formatCell(ss.table, static_cast<size_t>(vac), r), analysis::formatCell(q3, static_cast<size_t>(vac), r));
  EXPECT_GT(gfa, 0);

  // While playback runs, at most kPlaybackRefreshHz recomputations a second.
  setPlaybackSpeed(d.s, 8.0);  // eight quarters a second
  setPlaying(d.s, true);
  const unsigned n1 = ss.computations;
  for (int f = 0; f < 60; ++f) {
    d.s.now += 1.0 / 60.0;
    stepPlayback(d.s);
    statsRefresh(d.s);
  }
  EXPECT_LE(ss.computations - n1, static_cast<unsigned>(kPlaybackRefreshHz) + 1);
  EXPECT_GE(ss.computations - n1, 1u);
  setPlaying(d.s, false);
  statsRefresh(d.s);
  EXPECT_EQ(ss.quarter, d.s.time.wholeQuarter());  // paused: always current
}

TEST(ViewerStats, SortLanguageAndRowClick) {
  Demo d;
  statsSetBy(d.s, StatsBy::Park, false);
  StatsSession& ss = statsSession(d.s);
  const int gfa = ss.table.findColumn("gfa_m2");
  statsSetSort(d.s, gfa, true);
  ASSERT_GE(ss.grid.rows.size(), 2u);
  const auto& g = ss.table.columns[static_cast<size_t>(gfa)].number;
  EXPECT_GE(g[ss.grid.rows[0]], g[ss.grid.rows[1]]);

  setLanguage(d.s, Lang::En);
  statsRefresh(d.s);
  EXPECT_EQ(ss.table.columns[ss.grid.columns[0]].name, "name_en");

  // A park row selects the park on the map and flies there.
  const size_t row = ss.grid.rows[0];
  ASSERT_TRUE(statsActivateRow(d.s, row, kView));
  ASSERT_EQ(d.s.selection.size(), 1u);
  EXPECT_EQ(d.s.data->layers[d.s.selection[0].layer].spec->id, "parks");
  EXPECT_TRUE(d.s.fly.active);
}

TEST(ViewerStats, MissingLayerIsAnErrorNotACrash) {
  Demo d;  // the demo scene has no campuses
  statsSetBy(d.s, StatsBy::Ring, true);
  const StatsSession& ss = statsSession(d.s);
  EXPECT_NE(ss.error.find("universities"), std::string::npos) << ss.error;
  EXPECT_EQ(ss.table.rowCount(), 0u);
  EXPECT_FALSE(statsActivateRow(d.s, 0, kView));
}

TEST(ViewerStats, EveryColumnHasAHeaderInBothLanguages) {
  const StringTable strings = StringTable::load(defaultStringsPath());
  for (const char* c : {"key", "name_zh", "name_en", "sector", "horizon", "university", "campus", "radius_m", "parks",
                        "buildings", "gfa_m2", "vacant_m2", "occupied_m2", "occupancy", "vacancy", "dominant_sector"})
    EXPECT_TRUE(strings.has(std::string("stats.col.") + c)) << c;
  EXPECT_TRUE(strings.has("stats.col.share"));
  for (const char* b : {"district", "zone", "ring", "park", "sector", "subsector"})
    EXPECT_TRUE(strings.has(std::string("stats.by.") + b)) << b;
}
