#include "viewer/state_dump.h"

#include <cmath>
#include <cstdio>
#include <set>

#include "analysis/quarters.h"
#include "analysis/stats_table.h"
#include "data/quarter_option.h"
#include "geo/lonlat_projector.h"
#include "viewer/presenter_notes.h"
#include "viewer/feature_text.h"
#include "viewer/kiosk_replay.h"
#include "viewer/legend_model.h"
#include "viewer/measure.h"
#include "scene/field_roles.h"
#include "scene/style_eval.h"
#include "viewer/import.h"
#include "viewer/overlays.h"
#include "viewer/story_session.h"
#include "viewer/pick.h"
#include "viewer/search.h"
#include "viewer/siting.h"
#include "viewer/siting_rows.h"
#include "viewer/stats.h"
#include "viewer/timeline.h"

namespace ps::viewer {

using nlohmann::json;

nlohmann::json statsJson(const ViewerState& s) {
  using nlohmann::json;
  json st;
  if (!s.stats) return st;
  const StatsSession& ss = *s.stats;
  st["panel"] = s.panels.stats;
  st["by"] = analysis::statsByName(ss.by);
  st["merge_rings"] = ss.mergeRings;
  st["quarter"] = ss.quarter ? analysis::quarterLabel(*ss.quarter) : std::string("now");
  st["error"] = ss.error;
  st["compute_ms"] = ss.computeMs;
  st["computations"] = ss.computations;
  json cols = json::array();
  for (size_t c : ss.grid.columns) cols.push_back(ss.table.columns[c].name);
  st["columns"] = cols;
  json keys = json::array();
  const int kc = ss.table.findColumn("key");
  for (size_t r : ss.grid.rows) keys.push_back(kc >= 0 ? ss.table.columns[static_cast<size_t>(kc)].text[r] : "");
  st["keys"] = keys;
  st["rows"] = ss.grid.cells;
  st["totals"] = ss.grid.totals;
  return st;
}

nlohmann::json measureJson(const ViewerState& s) {
  const MeasureState& m = s.measure;
  json ll = json::array();
  for (const glm::dvec2& p : m.lonLat) ll.push_back({p.x, p.y});
  return {{"active", m.active}, {"mode", m.mode == MeasureMode::Area ? "area" : "distance"},
          {"points", m.points.size()}, {"finished", m.finished}, {"geodesic", m.geodesic}, {"lonlat", ll},
          {"length_m", m.length}, {"last_leg_m", m.lastLeg}, {"area_m2", m.area},
          {"length_text", measureLengthText(s)}, {"area_text", measureAreaText(s)}};
}

// The inspector's nearest lines (viewer/nearest.h).
nlohmann::json nearestJson(const ViewerState& s) {
  json items = json::array();
  if (!s.data || !s.nearest.of) return items;
  for (const NearestItem& it : s.nearest.items)
    items.push_back({{"kind", it.kindKey}, {"layer", s.data->layers[it.target.layer].spec->id},
                     {"fid", s.data->layers[it.target.layer].table.fid[it.target.row]},
                     {"name", featureName(s, it.target)}, {"metres", it.metres}, {"inside", it.inside},
                     {"text", it.inside ? std::string(s.tr("nearest.inside")) : lengthText(it.metres)}});
  return items;
}

namespace {

json cameraJson(const ReplayHost& h) {
  const ViewerState& s = h.state();
  json cam;
  cam["target_local"] = {s.camera.center.x, s.camera.center.y};
  cam["distance"] = s.camera.distance;
  cam["pitch"] = s.camera.pitchDeg;
  cam["bearing"] = s.camera.bearingDeg;
  cam["eye_z"] = s.camera.eyeD().z;
  if (h.projector() && s.data) {
    glm::dvec2 ll = h.projector()->toLonLat(s.camera.center + s.data->frame.origin);
    cam["center_lonlat"] = {ll.x, ll.y};
  }
  cam["limits"] = {{"min", {s.limits.min.x, s.limits.min.y}}, {"max", {s.limits.max.x, s.limits.max.y}},
                   {"min_distance", s.limits.minDistance}, {"max_distance", s.limits.maxDistance},
                   {"max_pitch", s.limits.maxPitch}, {"min_eye_height", s.limits.minEyeHeight}};
  return cam;
}

json timelineJson(const ViewerState& s) {
  const OccupancySeries& ts = s.timeline;
  json atQ = json::array(), atQText = json::array();
  for (int q = 0; q < analysis::kQuarterCount; ++q) {
    const double v = timelineValueAt(ts, q);
    atQ.push_back(std::isfinite(v) ? json(v) : json(nullptr));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4f", v);  // the stats CLI's rate format
    atQText.push_back(std::isfinite(v) ? std::string(buf) : std::string());
  }
  return {{"layer", ts.layer >= 0 && s.data ? s.data->layers[static_cast<size_t>(ts.layer)].spec->id : ""},
          {"scope", ts.scopeKey}, {"scope_name", ts.scopeName}, {"buildings", ts.buildings},
          {"at_quarters", atQ}, {"at_quarters_text", atQText}, {"panel", s.panels.time}};
}

// How a layer is drawn: kind, colour rule, heights, the sector colours in use.
json layerStyleJson(const ViewerState& s, uint32_t li) {
  const auto& L = s.data->layers[li];
  const StyleSpec& st = L.spec->style;
  float maxHeight = 0;
  std::set<std::string> colours;
  for (const FeatureVisual& v : s.visuals[li]) {
    maxHeight = std::max(maxHeight, v.height);
    char b[16];
    std::snprintf(b, sizeof b, "#%02x%02x%02x", static_cast<int>(std::lround(v.color.r * 255)),
                  static_cast<int>(std::lround(v.color.g * 255)), static_cast<int>(std::lround(v.color.b * 255)));
    if (colours.size() < 64) colours.insert(b);
  }
  return {{"kind", layerKindName(L.spec->kind)},
          {"color_mode", st.colorMode == ColorMode::Category ? "category" : st.colorMode == ColorMode::Ramp ? "ramp" : "single"},
          {"color_field", st.colorField},
          {"height_from_gfa", st.heightFromGfa},
          {"max_height", maxHeight},
          {"colours", std::vector<std::string>(colours.begin(), colours.end())},
          {"sector_values", L.spec->sectorValues.size()},
          {"source_crs", L.spec->source.crs}};
}

// The open import dialog: each layer with its CRS and roles.
json importJson(const ImportSession& im) {
  json out = {{"errors", im.errors}, {"layers", json::array()}};
  for (const ImportLayer& l : im.layers) {
    const data::InspectedLayer& in = im.inspected(l);
    json roles = json::object();
    for (const FieldGuess& g : in.guesses.roles) roles[g.role] = roleField(l.roles, g.role);
    out["layers"].push_back({{"name", in.name}, {"crs", in.crs}, {"features", in.table.size()}, {"include", l.include},
                             {"kind", layerKindName(l.proposal.kind)}, {"roles", roles},
                             {"unmatched_sectors", in.guesses.sectorValues.unmatched()}});
  }
  return out;
}

json layersJson(const ViewerState& s) {
  json layers = json::array();
  if (!s.data) return layers;
  for (uint32_t li = 0; li < s.data->layers.size(); ++li) {
    const auto& L = s.data->layers[li];
    size_t hidden = 0, faded = 0;
    for (const FeatureVisual& v : s.visuals[li]) {
      hidden += (v.flags & kHidden) != 0;
      faded += (v.flags & kFaded) != 0;
    }
    json hiddenFids = json::array();
    if (L.table.size() <= 2000)
      for (uint32_t r = 0; r < L.table.size(); ++r)
        if (s.visuals[li][r].flags & (kHidden | kFaded)) hiddenFids.push_back(L.table.fid[r]);
    layers.push_back({{"id", L.spec->id}, {"visible", L.spec->visible}, {"features", L.table.size()},
                      {"shown", s.visibleCount[li]}, {"hidden", hidden}, {"faded", faded},
                      {"filtered_fids", hiddenFids}, {"opacity", L.spec->style.opacity}});
    layers.back().update(layerStyleJson(s, li));
    // The legend's rows for the layer (scene/style_eval.h legendFor, as the legend panel lists them).
    json legend = json::array();
    for (const LegendEntry& e : legendFor(*L.spec, L.table)) legend.push_back({e.label, e.count});
    layers.back()["legend"] = std::move(legend);
  }
  return layers;
}

json selectionJson(const ReplayHost& h) {
  const ViewerState& s = h.state();
  json sel = json::array();
  for (const FeatureRef& f : s.selection) {
    const auto& L = s.data->layers[f.layer];
    // What the inspector shows: [label, value] of every column it does not hide.
    json fields = json::array();
    for (const Column& c : L.table.columns)
      if (!fieldHidden(s, f.layer, c.name))
        fields.push_back({fieldLabel(s, f.layer, c.name), formatValue(s, f.layer, c, f.row)});
    sel.push_back({{"layer", L.spec->id}, {"row", f.row}, {"fid", f.row < L.table.fid.size() ? L.table.fid[f.row] : -1},
                   {"name", featureName(s, f)}, {"fields", std::move(fields)}});
  }
  return sel;
}

json sitingJson(const ReplayHost& h) {
  const ViewerState& s = h.state();
  const SitingSession& ss = *s.siting;
  json st;
  st["demand"] = ss.ui.demandPath;
  st["demand_name"] = ss.ui.demand.name;
  st["error"] = ss.ui.error;
  st["load_ms"] = ss.loadMs;
  st["panel"] = s.panels.siting;
  st["candidates"] = ss.result ? ss.result->candidates : 0;
  st["passed"] = ss.result ? ss.result->passing : 0;
  json weights = json::object();
  for (size_t c = 0; c < siting::kCriterionCount; ++c)
    if (ss.ui.demand.criteria[c].enabled) weights[std::string(siting::criterionId(siting::criterionAt(c)))] = ss.ui.weights[c];
  st["weights"] = weights;
  json top = json::array();
  if (ss.result)
    for (const auto& r : ss.result->rows) top.push_back({{"rank", r.rank}, {"id", r.id}, {"score", r.score}});
  st["top"] = top;
  // What the panel's rows name (viewer/siting_rows.h): the shared beginning once, then each row's own part.
  if (ss.result) {
    const SitingRowTexts rt = sitingRowTexts(*ss.result, s.lang == Lang::En);
    st["rows_shared"] = rt.shared;
    json names = json::array();
    for (const auto& r : rt.rows) names.push_back(r.name);
    st["row_names"] = names;
  }
  st["previous_top"] = ss.previousTop;
  st["current"] = ss.ui.selected;
  st["current_id"] = ss.result && ss.ui.selected >= 0 ? ss.result->rows[static_cast<size_t>(ss.ui.selected)].id : "";
  size_t highlighted = 0;
  for (const FeatureRef& f : s.highlight) highlighted += (s.visuals[f.layer][f.row].flags & kHighlighted) != 0;
  st["highlighted"] = highlighted;
  std::vector<PlacedLabel> rankLabels;
  sitingRankLabels(s, h.viewport(), rankLabels);
  json rl = json::array();
  for (const auto& l : rankLabels) rl.push_back(l.text);
  st["rank_labels"] = rl;
  return st;
}

// The run's own measurements (replay counters, memory, idle CPU).
void addRunFigures(const ReplayLog& log, json& j) {
#if defined(__SANITIZE_ADDRESS__)
  j["sanitized"] = true;  // ASan's quarantine holds freed memory: RSS says nothing about leaks here
#else
  j["sanitized"] = false;
#endif
  j["rss_kb_start"] = log.rssStartKb;
  j["rss_kb_end"] = log.rssEndKb;
  j["events_replayed"] = log.eventsReplayed;
  j["commands_run"] = log.commandsRun;
  j["command_errors"] = log.commandErrors;
  j["frames"] = log.framesDrawn;
  j["loading"] = {{"frames", log.loadingFrames}, {"max_frame_ms", log.loadingMaxFrameMs},
                  {"handover_frame_ms", log.handoverFrameMs}, {"abandoned", log.loadsAbandoned},
                  {"exit_wait_ms", log.exitWaitMs}, {"exit_worker_ended", log.exitWorkerEnded}};
  j["longest_command"] = {{"name", log.longestCommand}, {"ms", log.longestCommandMs}};
  if (log.idleCpuSeconds >= 0)
    j["idle"] = {{"seconds", log.idleSeconds}, {"cpu_seconds", log.idleCpuSeconds},
                 {"cpu_ms", static_cast<long>(log.idleCpuSeconds * 1000.0)}, {"frames", log.idleFrames}};
}

// The legend panel's groups (viewer/legend_model.h): title, kind of swatch, dashes, marks, entries.
json legendJson(const ViewerState& s) {
  json groups = json::array();
  const std::vector<map::LegendBlock> blocks = legendOfState(s);
  for (const map::LegendBlock& b : blocks) {
    json entries = json::array();
    for (const LegendEntry& e : b.entries) entries.push_back(s.lang == Lang::En ? e.labelEn : e.label);
    groups.push_back({{"title", b.title},
                      {"swatch", b.kind == LayerKind::Point ? "point" : b.kind == LayerKind::Line ? "line" : "fill"},
                      {"dashed", b.dashed},
                      {"marks", map::legendMarks(b)},
                      {"palette_strip", b.sharedPalette},
                      {"entries", entries}});
  }
  return {{"groups", groups}, {"footnote", map::legendFootnote(blocks, s.lang)}};
}

json rectJson(const LayoutRect& r) { return {r.x, r.y, r.w, r.h}; }

// Where the panels are and how much of the window the map keeps (viewer/layout.h).
json layoutJson(const ReplayHost& h) {
  const ViewerState& s = h.state();
  const LayoutState& L = s.layout;
  json j;
  j["free_fraction"] = L.mapFreeFraction;
  j["map_area"] = rectJson(L.current.map);
  j["sidebar_open"] = L.prefs.sidebarOpen;
  j["sidebar_tab"] = sidebarTabId(L.prefs.tab);
  j["legend_open"] = L.prefs.legendOpen;
  j["time_expanded"] = L.prefs.timeExpanded;
  j["inspector_open"] = s.panels.inspector;
  j["search_list_open"] = L.searchListOpen && !s.searchText.empty();
  json wins = json::object();
  for (size_t i = 0; i < L.occupied.size() && i < L.occupiedNames.size(); ++i) wins[L.occupiedNames[i]] = rectJson(L.occupied[i]);
  j["windows"] = wins;
  // The last selected feature's centre on screen: where a fly-to put it.
  glm::dvec2 lo, hi;
  if (s.data && !s.selection.empty() && featureBounds(*s.data, s.selection.back(), lo, hi)) {
    const glm::dvec2 vp = h.viewport(), c = (lo + hi) * 0.5;
    if (auto p = s.camera.worldToScreen(glm::dvec3(c, 0.0), vp.x, vp.y)) {
      j["selection_screen"] = {p->x, p->y};
      const LayoutRect& m = L.current.map;
      j["selection_in_map_area"] = p->x >= m.x && p->x <= m.right() && p->y >= m.y && p->y <= m.bottom();
      // Offset from the free area's centre, in fractions of its width and height.
      // Rounded to 1e-4: plain decimals CMake's checks can compare.
      auto r4 = [](double v) { return std::round(v * 1e4) / 1e4 + 0.0; };
      if (!m.empty()) j["selection_offset"] = {r4((p->x - m.centre().x) / m.w), r4((p->y - m.centre().y) / m.h)};
    }
  }
  return j;
}

}  // namespace

json stateDump(const ReplayHost& h) {
  const ViewerState& s = h.state();
  json j;
  j["language"] = langCode(s.lang);
  j["window_title"] = h.windowTitle();
  j["map_view"] = h.mapViewName();
  j["cjk_font"] = h.cjkFontFound();
  j["ui_strings"] = h.uiStringsShown();
  const glm::dvec2 vp = h.viewport();
  j["window"] = {vp.x, vp.y};
  j["camera"] = cameraJson(h);
  j["flying"] = s.fly.active;
  j["time"] = {{"quarter", s.time.quarter ? json(*s.time.quarter) : json(nullptr)},
               {"label", s.time.quarter ? data::quarterText(*s.time.quarter) : std::string("now")},
               {"playing", s.time.playing}, {"speed", s.time.speed}};
  j["timeline"] = timelineJson(s);
  j["selection"] = selectionJson(h);
  j["measure"] = measureJson(s);
  j["nearest"] = nearestJson(s);
  if (const auto& p = h.lastPick())
    j["last_pick"] = {{"layer", s.data->layers[p->ref.layer].spec->id}, {"row", p->ref.row},
                      {"fid", s.data->layers[p->ref.layer].table.fid[p->ref.row]}, {"wall", p->wall}, {"z", p->point.z}};
  j["layers"] = layersJson(s);
  if (s.import) j["import"] = importJson(*s.import);
  if (s.hover && s.data)
    j["hover"] = {{"layer", s.data->layers[s.hover->layer].spec->id}, {"row", s.hover->row},
                  {"fid", s.data->layers[s.hover->layer].table.fid[s.hover->row]}};
  j["scene"] = s.data ? s.data->scene.path : "";
  json filt;
  filt["hidden_sectors"] = std::vector<std::string>(s.filter.hiddenSectors.begin(), s.filter.hiddenSectors.end());
  filt["mode"] = s.filter.hide ? "hide" : "fade";
  j["filter"] = filt;
  json hits = json::array();
  for (const SearchHit& hit : s.searchHits) hits.push_back({{"name", hit.name}, {"name_en", hit.nameEn}, {"kind", hit.kindKey}});
  j["search_hits"] = hits;
  j["labels"] = json::array();
  for (const auto& l : h.mapLabels()) j["labels"].push_back(l.text);
  if (s.siting) j["siting"] = sitingJson(h);
  if (s.stats) {
    j["stats"] = statsJson(s);
    j["stats_snapshots"] = h.log().statsSnapshots;
  }
  if (!h.log().measureSnapshots.empty()) j["measure_snapshots"] = h.log().measureSnapshots;
  if (!h.log().nearestSnapshots.empty()) j["nearest_snapshots"] = h.log().nearestSnapshots;
  if (!h.log().steps.empty()) j["steps"] = h.log().steps;
  json overlays = json::array();
  for (uint32_t li : derivedLayers(s)) overlays.push_back(derivedParamsJson(s, li));
  j["overlays"] = overlays;
  j["overlay_log"] = h.log().overlayLog;
  j["overlay_panel"] = s.panels.overlays;
  json toasts = json::array();
  for (const Toast& t : s.toasts) toasts.push_back({{"text", t.text}, {"error", t.error}});
  j["toasts"] = toasts;
  j["film"] = {{"open", s.film.open}, {"running", s.film.running}, {"out", s.film.out},
               {"frames_done", s.film.framesDone}, {"frame_count", s.film.frameCount},
               {"result", s.film.result}, {"failed", s.film.failed}};
  {
    const PresenterNotes n = presenterNotes(s);
    j["presenter_window"] = {{"open", h.presenterWindowOpen()}, {"step", n.step}, {"step_count", n.stepCount},
                             {"title", n.title}, {"notes", n.notes}, {"next_title", n.nextTitle},
                             {"has_next", n.hasNext}};
  }
  j["last_error"] = s.lastError;
  j["last_saved"] = h.lastSaved();
  if (s.story) {
    const StorySession& ss = *s.story;
    json highlight = json::array();
    for (const FeatureRef& f : s.highlight) highlight.push_back({{"layer", s.data->layers[f.layer].spec->id}, {"row", f.row}});
    j["story"] = {{"path", ss.path}, {"presenting", ss.presenting}, {"blank", ss.blank}, {"step", ss.step},
                  {"step_count", ss.player->stepCount()}, {"settled", ss.frame.settled},
                  {"title", ss.frame.caption.title}, {"title_en", ss.frame.caption.titleEn},
                  {"highlight", highlight}, {"warnings", ss.warnings}};
  }
  j["fullscreen"] = s.fullscreen;
  if (s.kiosk) j["kiosk"] = kioskJson(s);
  j["layout"] = layoutJson(h);
  j["legend"] = legendJson(h.state());
  if (s.kiosk && !h.log().soakSamples.empty()) j["kiosk_soak"] = h.log().soakSamples;
  if (s.kiosk && !h.log().kioskSnapshots.empty()) j["kiosk_snapshots"] = h.log().kioskSnapshots;
  addRunFigures(h.log(), j);
  return j;
}

}  // namespace ps::viewer
