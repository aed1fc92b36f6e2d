#include "viewer/stats.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>

#include "analysis/ring_stats.h"
#include "viewer/commands.h"

namespace ps::viewer {
namespace {

analysis::StatsSources sourcesOf(const data::SceneData& d) {
  return analysis::statsSourcesFromScene(d.scene, [&d](const std::string& id) -> const FeatureTable* {
    const data::LoadedLayer* l = d.find(id);
    return l ? &l->table : nullptr;
  });
}

// Ring centres in table row order: computeStats builds the rings with
// buildRings and writes one row per ring, in the same order.
void ringGeometry(const analysis::StatsSources& src, bool merge, std::vector<glm::dvec2>& centres,
                  std::vector<double>& radius) {
  centres.clear();
  radius.clear();
  if (!src.campuses || src.ringRadii.empty()) return;
  analysis::RingOptions opt;
  opt.radii = src.ringRadii;
  opt.mergeOverlapping = merge;
  std::vector<analysis::Ring> rings;
  analysis::buildRings(*src.campuses, src.campusRoles, opt, rings);
  for (const analysis::Ring& r : rings) {
    glm::dvec2 c(0);
    for (const glm::dvec2& p : r.centres) c += p;
    centres.push_back(r.centres.empty() ? c : c / static_cast<double>(r.centres.size()));
    radius.push_back(r.radius);
  }
}

void compute(ViewerState& s, StatsSession& ss) {
  ss.data = s.data;
  ss.quarter = s.time.wholeQuarter();
  ss.computed = true;
  ss.computedAt = s.now;
  ss.error.clear();
  ss.gridDirty = true;
  ss.ringCentres.clear();
  ss.ringRadius.clear();
  ++ss.computations;
  const auto t0 = std::chrono::steady_clock::now();
  try {
    const analysis::StatsSources src = sourcesOf(*s.data);
    analysis::StatsRequest req;
    req.by = ss.by;
    req.quarter = ss.quarter;
    req.mergeRings = ss.mergeRings;
    analysis::computeStats(src, req, ss.table);
    if (ss.by == analysis::StatsBy::Ring) ringGeometry(src, ss.mergeRings, ss.ringCentres, ss.ringRadius);
    if (ss.ringCentres.size() != (ss.by == analysis::StatsBy::Ring ? ss.table.rowCount() : 0)) {
      ss.ringCentres.clear();  // never fly to a wrong campus
      ss.ringRadius.clear();
    }
  } catch (const std::exception& e) {
    ss.table = analysis::StatsTable{};
    ss.error = e.what();
  }
  ss.computeMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

bool isNumeric(const analysis::StatsColumn& c) { return c.kind != analysis::CellKind::Text; }

}  // namespace

StatsSession& statsSession(ViewerState& s) {
  if (!s.stats) s.stats = std::make_shared<StatsSession>();
  return *s.stats;
}

bool statsRefresh(ViewerState& s, bool force) {
  StatsSession& ss = statsSession(s);
  bool recomputed = false;
  if (!s.data) {
    if (ss.computed || ss.data) {
      ss = StatsSession{ss.by, ss.mergeRings, ss.chartColumn};
      ss.gridDirty = true;
    }
  } else {
    const bool stale = !ss.computed || ss.data != s.data || ss.quarter != s.time.wholeQuarter();
    const bool throttled = !force && s.time.playing && ss.computedAt >= 0 && s.now >= ss.computedAt &&
                           s.now - ss.computedAt < 1.0 / kPlaybackRefreshHz;
    if (stale && !throttled) {
      compute(s, ss);
      recomputed = true;
    }
  }
  if (ss.gridDirty || ss.gridLang != s.lang) {
    std::vector<size_t> order;
    statsSortOrder(ss.table, ss.sortColumn, ss.sortDescending, order);
    statsBuildGrid(ss.table, statsShownColumns(ss.table, s.lang), order, ss.grid);
    ss.gridLang = s.lang;
    ss.gridDirty = false;
  }
  return recomputed;
}

void statsSetBy(ViewerState& s, analysis::StatsBy by, bool mergeRings) {
  StatsSession& ss = statsSession(s);
  if (ss.by != by || ss.mergeRings != mergeRings) {
    // The columns differ between groupings: a sort by index would point elsewhere.
    if (ss.by != by) ss.sortColumn = -1;
    ss.by = by;
    ss.mergeRings = mergeRings;
    ss.computed = false;
  }
  statsRefresh(s, true);
}

void statsSetSort(ViewerState& s, int tableColumn, bool descending) {
  StatsSession& ss = statsSession(s);
  if (ss.sortColumn == tableColumn && ss.sortDescending == descending) return;
  ss.sortColumn = tableColumn;
  ss.sortDescending = descending;
  ss.gridDirty = true;
  statsRefresh(s);
}

std::optional<FeatureRef> statsRowFeature(const ViewerState& s, size_t tableRow) {
  if (!s.data || !s.stats || s.stats->data != s.data) return std::nullopt;
  const StatsSession& ss = *s.stats;
  const char* layerId = ss.by == analysis::StatsBy::District ? "districts"
                        : ss.by == analysis::StatsBy::Zone   ? "zones"
                        : ss.by == analysis::StatsBy::Park   ? "parks"
                                                             : nullptr;
  const int keyCol = ss.table.findColumn("key");
  if (!layerId || keyCol < 0 || tableRow >= ss.table.rowCount()) return std::nullopt;
  const std::string& key = ss.table.columns[static_cast<size_t>(keyCol)].text[tableRow];
  if (key.empty()) return std::nullopt;
  for (uint32_t li = 0; li < s.data->layers.size(); ++li) {
    const data::LoadedLayer& L = s.data->layers[li];
    if (L.spec->id != layerId) continue;
    // The key is what the grouping read: the id role, the conventional id
    // columns, else (parks keyed by the buildings' park field) the park and name roles.
    for (const std::string& name : {L.spec->fields.id, std::string("code"), std::string("zone_id"),
                                    std::string("park_id"), std::string("id"), L.spec->fields.park,
                                    L.spec->fields.name}) {
      const Column* c = name.empty() ? nullptr : L.table.column(name);
      if (!c) continue;
      for (uint32_t r = 0; r < c->size(); ++r)
        if (!c->isNull(r) && c->asString(r) == key) return FeatureRef{li, r};
    }
  }
  return std::nullopt;
}

bool statsActivateRow(ViewerState& s, size_t tableRow, glm::dvec2 viewport) {
  if (!s.stats || !s.data) return false;
  const StatsSession& ss = *s.stats;
  if (ss.by == analysis::StatsBy::Ring) {
    if (tableRow >= ss.ringCentres.size()) return false;
    // Frame the whole ring around its campus (merged rings: around the campuses' mean).
    const glm::dvec2 c = ss.ringCentres[tableRow] - s.data->frame.origin;
    const double r = ss.ringRadius[tableRow];
    flyTo(s, framedCamera(s, c - glm::dvec2(r), c + glm::dvec2(r), viewport));
    return true;
  }
  const std::optional<FeatureRef> f = statsRowFeature(s, tableRow);
  if (!f) return false;
  select(s, f, false);
  flyToFeature(s, *f, viewport);
  return true;
}

std::vector<size_t> statsShownColumns(const analysis::StatsTable& t, Lang lang) {
  const bool ring = t.findColumn("university") >= 0;
  const int nameEn = t.findColumn("name_en"), nameZh = t.findColumn("name_zh");
  const int name = lang == Lang::En && nameEn >= 0 ? nameEn : nameZh;
  // Of each pair <x>_zh / <x>_en (names, the seed's timing) the UI language's alone.
  const std::string other = lang == Lang::En ? "_zh" : "_en";
  auto otherLanguage = [&](const std::string& n) {
    if (n.size() <= 3 || n.compare(n.size() - 3, 3, other) != 0) return false;
    const std::string mine = n.substr(0, n.size() - 3) + (lang == Lang::En ? "_en" : "_zh");
    return t.findColumn(mine) >= 0;
  };
  std::vector<size_t> out, last;
  if (name >= 0) out.push_back(static_cast<size_t>(name));
  for (size_t c = 0; c < t.columns.size(); ++c) {
    const std::string& n = t.columns[c].name;
    if (static_cast<int>(c) == name || n == "key" || n == "name_zh" || n == "name_en" || otherLanguage(n)) continue;
    // The timing's words go last: the figures stay in view in the narrow sidebar.
    if (n.rfind("timing_", 0) == 0) {
      last.push_back(c);
      continue;
    }
    if (ring && n == "university") continue;
    // horizon / timeframe are ids for files; timing_<lang> says the same in words.
    if ((n == "horizon" || n == "timeframe") && t.findColumn("timing_zh") >= 0) continue;
    // Sector shares are each row's sector-mix bar (hover: the share), not seven more columns.
    if (n.rfind("share_", 0) == 0) continue;
    out.push_back(c);
  }
  out.insert(out.end(), last.begin(), last.end());
  // The rates a planner reads first (入驻率, 空置率) right after the floor area,
  // ahead of the area breakdown, so they show without scrolling in the sidebar.
  auto at = [&](const char* n) {
    const int c = t.findColumn(n);
    return c < 0 ? out.end() : std::find(out.begin(), out.end(), static_cast<size_t>(c));
  };
  if (auto gfa = at("gfa_m2"); gfa != out.end()) {
    std::vector<size_t> rates;
    for (const char* n : {"occupancy", "vacancy"})
      if (auto it = at(n); it != out.end()) {
        rates.push_back(*it);
        out.erase(it);
      }
    out.insert(at("gfa_m2") + 1, rates.begin(), rates.end());
  }
  return out;
}

void statsSortOrder(const analysis::StatsTable& t, int column, bool descending, std::vector<size_t>& order) {
  order.resize(t.rowCount());
  std::iota(order.begin(), order.end(), size_t{0});
  if (column < 0 || static_cast<size_t>(column) >= t.columns.size()) return;
  const analysis::StatsColumn& c = t.columns[static_cast<size_t>(column)];
  if (isNumeric(c)) {
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      const double x = c.number[a], y = c.number[b];
      if (std::isnan(x) || std::isnan(y)) return !std::isnan(x) && std::isnan(y);  // no data last
      return descending ? x > y : x < y;
    });
  } else {
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      return descending ? c.text[a] > c.text[b] : c.text[a] < c.text[b];
    });
  }
}

std::vector<std::string> statsTotals(const analysis::StatsTable& t) {
  using analysis::CellKind;
  const size_t n = t.rowCount();
  auto sum = [&](const char* name) {
    const int c = t.findColumn(name);
    double v = 0;
    if (c < 0) return v;
    for (double x : t.columns[static_cast<size_t>(c)].number)
      if (std::isfinite(x)) v += x;
    return v;
  };
  const double gfa = sum("gfa_m2");
  auto rate = [&](double part) { return gfa > 0 ? part / gfa : NAN; };  // no GFA: no data, as in the rows
  std::vector<std::string> out(t.columns.size());
  for (size_t c = 0; c < t.columns.size(); ++c) {
    const analysis::StatsColumn& col = t.columns[c];
    double v = NAN;
    if (col.kind == CellKind::Count || col.kind == CellKind::Area) {
      v = sum(col.name.c_str());
    } else if (col.name == "occupancy") {
      v = rate(sum("occupied_m2"));
    } else if (col.name == "vacancy") {
      v = rate(sum("vacant_m2"));
    } else if (col.kind == CellKind::Rate && col.name.rfind("share_", 0) == 0) {
      const int g = t.findColumn("gfa_m2");
      if (g < 0) continue;
      double w = 0;
      for (size_t r = 0; r < n; ++r) {
        const double share = col.number[r], area = t.columns[static_cast<size_t>(g)].number[r];
        if (std::isfinite(share) && std::isfinite(area)) w += share * area;
      }
      v = rate(w);
    } else {
      continue;  // text and lengths: no total
    }
    out[c] = analysis::formatNumber(v, col.kind, analysis::NumberStyle::Readable);
  }
  return out;
}

void statsBuildGrid(const analysis::StatsTable& t, const std::vector<size_t>& columns,
                    const std::vector<size_t>& order, StatsGrid& out) {
  out.columns = columns;
  out.rows = order;
  out.cells.assign(order.size(), {});
  for (size_t i = 0; i < order.size(); ++i) {
    out.cells[i].reserve(columns.size());
    for (size_t c : columns) out.cells[i].push_back(analysis::formatCell(t, c, order[i], analysis::NumberStyle::Readable));
  }
  const std::vector<std::string> totals = statsTotals(t);
  out.totals.clear();
  for (size_t c : columns) out.totals.push_back(c < totals.size() ? totals[c] : std::string());
}

}  // namespace ps::viewer
