#include "viewer/state_dump.h"

#include <cmath>
#include <cstdio>

#include "analysis/quarters.h"
#include "analysis/stats_table.h"
#include "data/quarter_option.h"
#include "geo/lonlat_projector.h"
#include "viewer/feature_text.h"
#include "viewer/kiosk_replay.h"
#include "viewer/overlays.h"
#include "viewer/search.h"
#include "viewer/siting.h"
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
  }
  return layers;
}

json selectionJson(const ReplayHost& h) {
  const ViewerState& s = h.state();
  json sel = json::array();
  for (const FeatureRef& f : s.selection) {
    const auto& L = s.data->layers[f.layer];
    sel.push_back({{"layer", L.spec->id}, {"row", f.row}, {"fid", f.row < L.table.fid.size() ? L.table.fid[f.row] : -1},
                   {"name", featureName(s, f)}});
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
                  {"handover_frame_ms", log.handoverFrameMs}};
  if (log.idleCpuSeconds >= 0)
    j["idle"] = {{"seconds", log.idleSeconds}, {"cpu_seconds", log.idleCpuSeconds},
                 {"cpu_ms", static_cast<long>(log.idleCpuSeconds * 1000.0)}, {"frames", log.idleFrames}};
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
  if (const auto& p = h.lastPick())
    j["last_pick"] = {{"layer", s.data->layers[p->ref.layer].spec->id}, {"row", p->ref.row},
                      {"fid", s.data->layers[p->ref.layer].table.fid[p->ref.row]}, {"wall", p->wall}, {"z", p->point.z}};
  j["layers"] = layersJson(s);
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
  json overlays = json::array();
  for (uint32_t li : derivedLayers(s)) overlays.push_back(derivedParamsJson(s, li));
  j["overlays"] = overlays;
  j["overlay_log"] = h.log().overlayLog;
  j["overlay_panel"] = s.panels.overlays;
  json toasts = json::array();
  for (const Toast& t : s.toasts) toasts.push_back({{"text", t.text}, {"error", t.error}});
  j["toasts"] = toasts;
  j["last_error"] = s.lastError;
  j["last_saved"] = h.lastSaved();
  if (s.kiosk) j["kiosk"] = kioskJson(s);
  if (s.kiosk && !h.log().soakSamples.empty()) j["kiosk_soak"] = h.log().soakSamples;
  addRunFigures(h.log(), j);
  return j;
}

}  // namespace ps::viewer
