#pragma once
// The viewer's statistics session: the table of the summary / ring panel,
// computed off the ImGui code by the same call `parkscape stats` makes
// (analysis::computeStats, then analysis::formatCell for every cell, in the
// planner-facing NumberStyle::Readable: 15,235 / 81.3 %), so the panel and
// `parkscape stats --readable` print the same text.
//
// The table is recomputed when the grouping, the ring merge, the scene or the
// whole quarter of the map's playback time (s.time.wholeQuarter()) change.
// Cost: computeStats on the Chengdu sample scene (1230 buildings) takes a few
// milliseconds (computeMs says how long the last one took); while playback
// runs the recomputation is still held to at most kPlaybackRefreshHz per
// second, so a scene with many more buildings cannot stall the frames.
//
// StatsGrid is what the panel draws and what the replay state dump reports:
// the shown columns, the rows in display order and every cell's text.
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <glm/vec2.hpp>

#include "analysis/scene_stats.h"
#include "analysis/stats_table.h"
#include "viewer/state.h"

namespace ps::viewer {

inline constexpr double kPlaybackRefreshHz = 4.0;

// What the panel shows: the shown columns of the table, the rows in display
// order, and every cell as analysis::formatCell writes it.
struct StatsGrid {
  std::vector<size_t> columns;                  // table column indices, in display order
  std::vector<size_t> rows;                     // table row indices, in display order
  std::vector<std::vector<std::string>> cells;  // [display row][shown column]
  std::vector<std::string> totals;              // [shown column]: the totals line ("" where none applies)
};

struct StatsSession {
  // Chosen in the panel (or by the replay's "stats" command).
  analysis::StatsBy by = analysis::StatsBy::District;
  bool mergeRings = false;
  std::string chartColumn = "gfa_m2";  // column the bar chart shows
  int sortColumn = -1;                 // table column index, -1 = the CLI's order
  bool sortDescending = false;

  // Computed.
  analysis::StatsTable table;
  std::optional<int> quarter;                    // the quarter `table` is at (nullopt = now)
  std::shared_ptr<const data::SceneData> data;    // the scene `table` was computed on
  bool computed = false;
  std::string error;                             // ps::Error text when computeStats failed
  double computeMs = 0;                          // wall time of the last computeStats
  double computedAt = -1;                        // s.now of the last computation
  unsigned computations = 0;
  std::vector<glm::dvec2> ringCentres;           // by = ring: per table row, the campus centre (scene CRS)
  std::vector<double> ringRadius;                // ... and the ring's radius (m)

  // Display, rebuilt from `table` when it, the language or the sort change.
  StatsGrid grid;
  Lang gridLang = Lang::Zh;
  bool gridDirty = true;
};

// The session, created on first use.
StatsSession& statsSession(ViewerState& s);

// Recomputes the table when grouping, merge, scene or whole quarter changed
// (at most kPlaybackRefreshHz times a second while playback runs), and the
// grid when the table, language or sort changed. Returns true when the table
// was recomputed. `force` ignores the playback throttle (replay commands).
bool statsRefresh(ViewerState& s, bool force = false);

// Sets the grouping / merge / sort and refreshes at once.
void statsSetBy(ViewerState& s, analysis::StatsBy by, bool mergeRings);
void statsSetSort(ViewerState& s, int tableColumn, bool descending);

// Clicking a row: districts, zones and parks select their feature and fly
// there; rings fly to the campus and frame the ring. False when the row has
// nothing on the map.
bool statsActivateRow(ViewerState& s, size_t tableRow, glm::dvec2 viewport);
// The feature behind a table row (by = district / zone / park), if its layer is loaded.
std::optional<FeatureRef> statsRowFeature(const ViewerState& s, size_t tableRow);

// --- pure helpers (no viewer state; unit-tested) -----------------------------

// Columns the panel shows: the name in the UI language (name_zh, or name_en),
// then everything else except key, the other language of each <x>_zh / <x>_en
// pair (the seed's timing, shown last so the figures stay in view), the
// horizon / timeframe ids where timing_<lang> words them, and, by ring,
// "university" (it repeats name_zh).
std::vector<size_t> statsShownColumns(const analysis::StatsTable& t, Lang lang);
// Row order for a sort by `column` (-1: table order). Numbers compare by
// value with NaN (no data) last in either direction; text by byte order; ties
// keep table order.
void statsSortOrder(const analysis::StatsTable& t, int column, bool descending, std::vector<size_t>& order);
// The totals line, per table column: counts and areas summed over the rows,
// occupancy / vacancy / shares recomputed from the summed areas (shares
// weighted by GFA), formatted with analysis::formatNumber; "" for text and
// length columns. Zones and rings overlap, so their totals may count a
// building more than once (the panel says so).
std::vector<std::string> statsTotals(const analysis::StatsTable& t);
// Builds the grid for `columns` in the given row order.
void statsBuildGrid(const analysis::StatsTable& t, const std::vector<size_t>& columns,
                    const std::vector<size_t>& order, StatsGrid& out);

}  // namespace ps::viewer
