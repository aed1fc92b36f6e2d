// [SECTION] includes and helpers
// [SECTION] App: members, loading, requests
// [SECTION] replay commands
// [SECTION] state dump
// [SECTION] frame and main loop
#include "viewer/app.h"

#include <sys/resource.h>

#include <chrono>
#include <cmath>
#include <cstring>
#include <thread>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>

#include <glad/gl.h>
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <nlohmann/json.hpp>

#include "viewer/input_replay.h"
#include "data/quarter_option.h"
#include "viewer/map_view.h"
#include "viewer/commands.h"
#include "viewer/demo_scene.h"
#include "geo/lonlat_projector.h"
#include "viewer/imgui_backend.h"
#include "viewer/input.h"
#include "viewer/labels.h"
#include "viewer/loader.h"
#include "viewer/overlays.h"
#include "viewer/png.h"
#include "viewer/siting.h"
#include "viewer/stats.h"
#include "viewer/timeline.h"
#include "analysis/quarters.h"
#include "viewer/window.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "core/process_memory.h"
#include "core/sectors.h"
#include "viewer/feature_text.h"
#include "viewer/ui_frame.h"

namespace ps::viewer {
namespace {

// [SECTION] includes and helpers ---------------------------------------------

double cpuSeconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) * 1e-6;
}

std::vector<std::string> fontTexts(const ViewerState& s) {
  std::vector<std::string> t;
  s.strings.forEachText([&](const std::string& x) { t.push_back(x); });
  for (const Sector& sec : sectors()) {
    t.emplace_back(sec.zh);
    for (const SubSector& ss : sec.subSectors) t.emplace_back(ss.zh);
  }
  t.emplace_back("近期中远期");
  for (size_t c = 0; c < siting::kCriterionCount; ++c) t.emplace_back(siting::criterionZh(siting::criterionAt(c)));
  if (s.siting) {
    const SitingSession& ss = *s.siting;
    t.push_back(ss.ui.demand.name);
    t.push_back(ss.ui.error);
    if (ss.result) {
      t.push_back(ss.result->noneMessageZh);
      for (const auto& r : ss.result->rows) t.push_back(r.explanationZh);
    }
  }
  if (s.data) {
    t.push_back(s.data->scene.title);
    for (const auto& a : s.data->scene.attribution) t.push_back(a);
    for (const auto& L : s.data->layers) {
      t.push_back(L.spec->title);
      t.push_back(L.spec->attribution);
      for (const Column& c : L.table.columns)
        if (c.type == FieldType::String) {
          // Every string value: names, parks, tenants. The glyph builder dedups.
          std::string joined;
          for (const auto& v : c.strings) joined += v;
          t.push_back(std::move(joined));
        }
    }
  }
  return t;
}

// [SECTION] App: members, loading, requests -----------------------------------

class App {
 public:
  explicit App(const ViewerOptions& opt)
      : opt_(opt),
        win_(opt.width, opt.height, "Parkscape", true, opt.replay.empty() ? 4 : 0),
        gui_(win_) {
    s_.strings = StringTable::load(defaultStringsPath());
    s_.lang = opt.lang.value_or(Lang::Zh);
    map_ = makeGpuMapView();
    if (!map_) map_ = makeSketchMapView();
    rebuildFonts();
    updateTitle();
  }

  int run();

 private:
  void rebuildFonts() {
    scale_ = win_.contentScale();
    gui_.buildFonts(fontTexts(s_), scale_);
  }
  void updateTitle() {
    std::string t = s_.tr("app.title");
    if (s_.data) {
      const std::string& st = s_.lang == Lang::En && !s_.data->scene.titleEn.empty() ? s_.data->scene.titleEn : s_.data->scene.title;
      if (!st.empty()) t = st + " — " + t;
    }
    win_.setTitle(t);
  }

  void startLoad(const std::string& what, SceneLoadJob::Work work) {
    job_.reset();
    // Buckets and the pick index are built on the worker too: the main thread only uploads.
    const MapView* map = map_.get();
    job_ = std::make_unique<SceneLoadJob>(what, std::move(work), [] { Window::wake(); },
                                          [map](const data::SceneData& d) -> std::shared_ptr<void> {
                                            auto p = std::make_shared<Prepared>();
                                            p->map = map->prepare(d);
                                            buildPickIndex(d, p->pick);
                                            return p;
                                          });
  }
  void open(const std::string& path) {
    if (isSceneFile(path)) {
      pendingScenePath_ = path;
      startLoad(path, loadSceneFileWork(path));
    } else if (s_.data) {
      pendingScenePath_ = s_.scenePath;
      startLoad(path, addGisFileWork(s_.data->scene, path));
    } else {
      Scene empty;
      empty.title = empty.titleEn = std::filesystem::path(path).filename().string();
      pendingScenePath_.clear();
      startLoad(path, addGisFileWork(empty, path));
    }
  }
  struct Prepared {
    std::shared_ptr<void> map;
    PickIndex pick;
  };

  void install(std::shared_ptr<data::SceneData> data, const std::string& scenePath,
               std::shared_ptr<void> preparedAny = nullptr) {
    auto prepared = std::static_pointer_cast<Prepared>(preparedAny);
    try {
      geo_ = std::make_unique<geo::GeoProjector>(data->scene.crs);
    } catch (const Error& e) {
      geo_.reset();
      toast(s_, e.what(), true);
    }
    installScene(s_, std::move(data), geo_.get(), win_.size());
    s_.scenePath = scenePath;
    if (!scenePath.empty()) addRecent(s_, scenePath);
    if (prepared) pick_ = std::move(prepared->pick);
    else buildPickIndex(*s_.data, pick_);
    labelCands_ = map::buildLabelCandidates(*s_.data, s_.lang);
    map_->setScene(s_, prepared ? prepared->map : nullptr);
    mapSceneRev_ = s_.sceneRevision;
    // Overlays: the derived tables just loaded are the map's; they follow the time from here on.
    mapLayerRev_.clear();
    s_.derivedTimeRevision = s_.time.revision;
    map_->setStyles(s_);
    mapStyleRev_ = s_.styleRevision;
    rebuildFonts();
    updateTitle();
  }
  void pollLoad() {
    if (!job_ || !job_->done()) return;
    std::string err;
    auto data = job_->take(err);
    auto prepared = job_->takePrepared();
    const bool cancelled = job_->cancelled();
    const std::string what = job_->what();
    job_.reset();
    if (data) {
      install(std::move(data), pendingScenePath_, std::move(prepared));
      toast(s_, substitute(s_.tr("load.done"), {{"file", std::filesystem::path(what).filename().string()}}));
    } else if (cancelled) {
      toast(s_, s_.tr("load.cancelled"));
    } else {
      toast(s_, err.empty() ? std::string(s_.tr("load.failed")) : err, true, 8.0);
    }
  }
  void save(const std::string& path) {
    if (!s_.data || !geo_) return;
    if (path.empty()) {
      toast(s_, s_.tr("save.no_path"), true);
      return;
    }
    try {
      saveScene(sessionScene(s_, *geo_), path);
      s_.scenePath = std::filesystem::absolute(path).string();
      addRecent(s_, s_.scenePath);
      toast(s_, substitute(s_.tr("save.done"), {{"file", path}}));
      lastSaved_ = path;
    } catch (const std::exception& e) {
      toast(s_, e.what(), true, 8.0);
    }
  }
  void handleRequests(const UiRequests& r) {
    if (r.open) open(*r.open);
    if (r.save) save(*r.save);
    if (r.cancelLoad && job_) job_->cancel();
    if (r.toggleFullscreen) toggleFullscreen();
    if (r.quit) win_.requestClose();
  }
  void toggleFullscreen() {
    win_.toggleFullscreen();
    s_.fullscreen = win_.fullscreen();
  }

  bool runCommand(const nlohmann::json& c);
  void clickAt(glm::dvec2 p, int mods);
  nlohmann::json stateDump() const;
  void frame(bool& wantScreenshot);
  // Derived overlay layers recomputed in place (app/viewer_overlays.h): the
  // map re-uploads them, the pick index and label candidates follow.
  void syncOverlayLayers() {
    if (!s_.data) return;
    const size_t n = s_.data->layers.size();
    if (mapLayerRev_.size() != n) {
      mapLayerRev_.resize(n);
      for (uint32_t li = 0; li < n; ++li) mapLayerRev_[li] = layerRevision(s_, li);
      return;
    }
    bool changed = false;
    for (uint32_t li = 0; li < n; ++li)
      if (layerRevision(s_, li) != mapLayerRev_[li]) {
        map_->updateLayer(s_, li);
        mapLayerRev_[li] = layerRevision(s_, li);
        changed = true;
      }
    if (!changed) return;
    buildPickIndex(*s_.data, pick_);
    labelCands_ = map::buildLabelCandidates(*s_.data, s_.lang);
    labelsOccluded_ = false;
  }
  bool busy() const { return s_.fly.active || s_.time.playing || job_ != nullptr || input_.dragging(); }

  ViewerOptions opt_;
  Window win_;
  ImGuiLayer gui_;
  ViewerState s_;
  std::unique_ptr<MapView> map_;
  std::unique_ptr<geo::GeoProjector> geo_;
  std::unique_ptr<SceneLoadJob> job_;
  std::string pendingScenePath_;
  PickIndex pick_;
  MapInput input_;
  std::vector<map::LabelCandidate> labelCands_;
  std::vector<PlacedLabel> labels_;
  uint64_t mapStyleRev_ = 0, mapSceneRev_ = 0;
  std::vector<uint64_t> mapLayerRev_;     // per layer: the s_.layerRevision the map and pick index show
  nlohmann::json overlayLog_ = nlohmann::json::array();  // replay: each overlay_param, before / after / ms
  CameraState labelCamera_;
  uint64_t labelRev_ = 0;
  Lang labelLang_ = Lang::Zh;
  unsigned sitingFontLoads_ = 0;
  bool labelsOccluded_ = false;
  float scale_ = 1;
  double lastFrameTime_ = 0;
  std::vector<std::string> shown_;
  std::string lastSaved_;
  std::string hoverText_;
  bool hoverDirty_ = false;
  std::vector<std::string> pendingInputs_;
  // Replay bookkeeping.
  long rssStart_ = -1, rssEnd_ = -1;
  size_t eventsReplayed_ = 0, commandsRun_ = 0, framesDrawn_ = 0;
  std::vector<std::string> commandErrors_;
  std::vector<nlohmann::json> statsSnapshots_;
  double idleCpu_ = -1, idleSeconds_ = 0;
  size_t idleFrames_ = 0;
  size_t loadingFrames_ = 0;
  double loadingMaxFrameMs_ = 0, handoverFrameMs_ = 0;
};

// [SECTION] replay commands ---------------------------------------------------

// Finds a feature by layer id and fid, or by name.
std::optional<FeatureRef> findFeature(const ViewerState& s, const nlohmann::json& c) {
  if (!s.data) return std::nullopt;
  const std::string layer = c.value("layer", "");
  for (uint32_t li = 0; li < s.data->layers.size(); ++li) {
    const auto& L = s.data->layers[li];
    if (!layer.empty() && L.spec->id != layer) continue;
    if (c.contains("fid")) {
      const int64_t fid = c["fid"].get<int64_t>();
      for (uint32_t r = 0; r < L.table.fid.size(); ++r)
        if (L.table.fid[r] == fid) return FeatureRef{li, r};
    }
    if (c.contains("name")) {
      const std::string name = c["name"].get<std::string>();
      const Column* col = L.table.column(L.spec->fields.name.empty() ? "name" : L.spec->fields.name);
      if (col)
        for (uint32_t r = 0; r < col->size(); ++r)
          if (col->asString(r) == name) return FeatureRef{li, r};
    }
    if (c.contains("row")) return FeatureRef{li, c["row"].get<uint32_t>()};
  }
  return std::nullopt;
}

// The statistics panel as shown: grouping, time, column names, every cell's
// text in display order, the totals line.
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

void App::clickAt(glm::dvec2 p, int mods) {
  InputEvent m;
  m.type = InputEvent::MouseMove;
  m.pos = p;
  InputEvent d = m, u = m;
  d.type = InputEvent::MouseDown;
  u.type = InputEvent::MouseUp;
  d.mods = u.mods = mods;
  win_.events().push_back(m);
  win_.events().push_back(d);
  win_.events().push_back(u);
}

bool App::runCommand(const nlohmann::json& c) {
  const std::string name = c.at("name").get<std::string>();
  const glm::dvec2 vp = win_.size();
  if (name == "search") {
    runSearch(s_, c.at("text").get<std::string>());
  } else if (name == "pick_search") {
    pickSearchHit(s_, c.value("index", 0u), vp);
  } else if (name == "select") {
    auto f = findFeature(s_, c);
    if (!f) return false;
    select(s_, f, c.value("add", false));
    if (c.value("fly", false)) flyToFeature(s_, *f, vp);
  } else if (name == "clear_selection") {
    select(s_, std::nullopt, false);
  } else if (name == "fly_to_selection") {
    if (s_.selection.empty()) return false;
    flyToFeature(s_, s_.selection.back(), vp);
  } else if (name == "click_roof" || name == "click_wall") {
    // Clicks where the feature's roof centre or a wall facing the eye shows on
    // screen; the click then goes through the normal picking path.
    auto f = findFeature(s_, c);
    if (!f || !s_.data) return false;
    const auto& g = s_.data->layers[f->layer].table.geom;
    const FeatureVisual& v = s_.visuals[f->layer][f->row];
    const glm::dvec2 o = s_.data->frame.origin;
    const uint32_t r0 = g.partRing[g.featurePart[f->row]];
    const uint32_t b = g.ringCoord[r0], e = g.ringCoord[r0 + 1];
    std::optional<glm::dvec2> px;
    if (name == "click_roof") {
      // Centroid of the shell (area-weighted), lifted to the roof.
      double a = 0;
      glm::dvec2 cen(0);
      for (uint32_t i = b, j = e - 1; i < e; j = i++) {
        glm::dvec2 p = g.coords[j] - o, q = g.coords[i] - o;
        double cr = p.x * q.y - q.x * p.y;
        a += cr;
        cen += (p + q) * cr;
      }
      cen /= (3.0 * a);
      px = project(s_.camera, {cen, v.base + v.height}, vp);
    } else {
      const glm::dvec3 eye = eyePosition(s_.camera);
      double best = -1;
      for (uint32_t i = b, j = e - 1; i < e; j = i++) {
        glm::dvec2 p = g.coords[j] - o, q = g.coords[i] - o, mid = (p + q) * 0.5;
        glm::dvec2 edge = q - p;
        double signedArea = 0;
        for (uint32_t k = b, l = e - 1; k < e; l = k++) {
          glm::dvec2 aa = g.coords[l] - o, bb = g.coords[k] - o;
          signedArea += aa.x * bb.y - bb.x * aa.y;
        }
        glm::dvec2 n = signedArea > 0 ? glm::dvec2(edge.y, -edge.x) : glm::dvec2(-edge.y, edge.x);
        double facing = glm::dot(glm::normalize(n), glm::normalize(glm::dvec2(eye) - mid)) * glm::length(edge);
        if (facing > best) {
          best = facing;
          px = project(s_.camera, {mid, v.base + v.height * 0.35}, vp);
        }
      }
    }
    if (!px) return false;
    clickAt(*px, c.value("add", false) ? GLFW_MOD_SHIFT : 0);
  } else if (name == "click") {
    clickAt({c.at("x").get<double>(), c.at("y").get<double>()}, c.value("add", false) ? GLFW_MOD_SHIFT : 0);
  } else if (name == "solo_sector") {
    soloSector(s_, c.at("sector").get<std::string>());
  } else if (name == "set_sector") {
    setSectorVisible(s_, c.at("sector").get<std::string>(), c.value("visible", true));
  } else if (name == "set_sub_sector") {
    setSubSectorVisible(s_, c.at("sub_sector").get<std::string>(), c.value("visible", true));
  } else if (name == "set_range") {
    setRange(s_, c.at("which").get<std::string>(), c.value("enabled", true), c.at("lo").get<double>(), c.at("hi").get<double>());
  } else if (name == "filter_mode") {
    setFilterHides(s_, c.value("mode", "fade") == "hide");
  } else if (name == "clear_filters") {
    clearFilters(s_);
  } else if (name == "language") {
    auto l = parseLang(c.at("lang").get<std::string>());
    if (!l) return false;
    setLanguage(s_, *l);
  } else if (name == "save") {
    save(c.at("path").get<std::string>());
  } else if (name == "open") {
    open(c.at("path").get<std::string>());
  } else if (name == "reset_view") {
    resetView(s_);
  } else if (name == "north_up") {
    northUp(s_);
  } else if (name == "camera") {
    CameraState to = s_.camera;
    if (c.contains("center") && geo_) to.target = geo_->toScene({c["center"][0].get<double>(), c["center"][1].get<double>()}) - s_.data->frame.origin;
    to.distance = c.value("distance", to.distance);
    to.pitch = c.value("pitch", to.pitch);
    to.bearing = c.value("bearing", to.bearing);
    if (c.value("animate", false)) flyTo(s_, to, 0.8);
    else {
      clamp(to, s_.limits);
      s_.camera = to;
      s_.fly.active = false;
    }
  } else if (name == "panel") {
    const std::string p = c.at("panel").get<std::string>();
    const bool on = c.value("visible", true);
    bool* flag = p == "layers" ? &s_.panels.layers : p == "legend" ? &s_.panels.legend : p == "inspector" ? &s_.panels.inspector
               : p == "table" ? &s_.panels.table : p == "search" ? &s_.panels.search : p == "filters" ? &s_.panels.filters
               : p == "siting" ? &s_.panels.siting : p == "time" ? &s_.panels.time
               : p == "overlays" ? &s_.panels.overlays : p == "stats" ? &s_.panels.stats : nullptr;
    if (!flag) return false;
    *flag = on;
  } else if (name == "layer_visible") {
    for (uint32_t li = 0; s_.data && li < s_.data->layers.size(); ++li)
      if (s_.data->layers[li].spec->id == c.at("layer").get<std::string>()) setLayerVisible(s_, li, c.value("visible", true));
  } else if (name == "color_by") {
    for (uint32_t li = 0; s_.data && li < s_.data->layers.size(); ++li)
      if (s_.data->layers[li].spec->id == c.at("layer").get<std::string>()) {
        const std::string m = c.value("mode", "category");
        setColorBy(s_, li, m == "ramp" ? ColorMode::Ramp : m == "single" ? ColorMode::Single : ColorMode::Category,
                   c.value("field", ""));
      }
  } else if (name == "siting_load") {
    SitingSession& ss = sitingSession(s_);
    if (c.contains("path")) ss.ui.demandPath = c["path"].get<std::string>();
    s_.panels.siting = c.value("show", true);
    if (!sitingLoad(s_)) throw Error(ss.ui.demandPath, ss.ui.error);
  } else if (name == "siting_weight") {
    if (!sitingSetWeight(s_, c.at("criterion").get<std::string>(), c.at("value").get<double>())) return false;
  } else if (name == "siting_top") {
    sitingSession(s_).ui.top = c.at("value").get<int>();
    sitingRerank(s_);
  } else if (name == "siting_step") {
    if (!s_.siting || !s_.siting->result) return false;
    sitingStep(s_, c.value("delta", 1), vp);
  } else if (name == "quarter") {
    // {"value": "2025Q3" | "6.5" | "now"}
    const std::string v = c.at("value").get<std::string>();
    if (v == "now") setQuarter(s_, std::nullopt);
    else if (auto q = data::parseQuarterOption(v)) setQuarter(s_, q);
    else return false;
  } else if (name == "play") {
    if (c.contains("speed")) setPlaybackSpeed(s_, c["speed"].get<double>());
    if (c.contains("loop")) s_.time.loop = c["loop"].get<bool>();
    setPlaying(s_, c.value("playing", true));
  } else if (name == "stats") {
    // {"by": "district", "merge_rings": false, "show": true}: the statistics panel's grouping.
    std::optional<analysis::StatsBy> by = analysis::parseStatsBy(c.value("by", "district"));
    if (!by || !s_.data) return false;
    s_.panels.stats = c.value("show", true);
    statsSetBy(s_, *by, c.value("merge_rings", false));
    if (!statsSession(s_).error.empty()) throw Error(s_.scenePath, statsSession(s_).error);
  } else if (name == "stats_sort") {
    // {"column": "gfa_m2", "descending": true}; "" = the CLI's order.
    const std::string col = c.value("column", "");
    const int ci = col.empty() ? -1 : statsSession(s_).table.findColumn(col);
    if (!col.empty() && ci < 0) return false;
    statsSetSort(s_, ci, c.value("descending", false));
  } else if (name == "stats_row") {
    // {"row": i}: clicks the i-th row as displayed.
    statsRefresh(s_, true);
    const auto& rows = statsSession(s_).grid.rows;
    const size_t i = c.value("row", 0u);
    if (i >= rows.size()) return false;
    return statsActivateRow(s_, rows[i], vp);
  } else if (name == "stats_snapshot") {
    // Keeps the panel's table as it is now for the state dump ("stats_snapshots").
    statsRefresh(s_, true);
    statsSnapshots_.push_back(statsJson(s_));
  } else if (name == "overlay_param") {
    // {"layer": "hex_gfa", "hex_size": 2000}: the scene file's keys (app/viewer_overlays.h).
    auto li = s_.data ? layerIndex(s_, c.at("layer").get<std::string>()) : std::nullopt;
    if (!li) return false;
    nlohmann::json entry = {{"layer", c["layer"]}, {"before", derivedParamsJson(s_, *li)}};
    const auto t0 = std::chrono::steady_clock::now();
    if (!setDerivedParams(s_, *li, derivedParamsFromJson(s_.data->scene.layers[*li].derived, c))) return false;
    entry["ms"] = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    entry["after"] = derivedParamsJson(s_, *li);
    overlayLog_.push_back(std::move(entry));
  } else if (name == "fullscreen") {
    toggleFullscreen();
  } else {
    return false;
  }
  return true;
}

// [SECTION] state dump ----------------------------------------------------------

nlohmann::json App::stateDump() const {
  using nlohmann::json;
  json j;
  j["language"] = langCode(s_.lang);
  j["window_title"] = win_.title();
  j["map_view"] = map_->name();
  j["cjk_font"] = gui_.cjkFontFound();
  j["ui_strings"] = shown_;
  const glm::dvec2 vp = win_.size();
  j["window"] = {vp.x, vp.y};
  json cam;
  cam["target_local"] = {s_.camera.target.x, s_.camera.target.y};
  cam["distance"] = s_.camera.distance;
  cam["pitch"] = s_.camera.pitch;
  cam["bearing"] = s_.camera.bearing;
  cam["eye_z"] = eyePosition(s_.camera).z;
  if (geo_ && s_.data) {
    glm::dvec2 ll = geo_->toLonLat(s_.camera.target + s_.data->frame.origin);
    cam["center_lonlat"] = {ll.x, ll.y};
  }
  cam["limits"] = {{"min", {s_.limits.min.x, s_.limits.min.y}}, {"max", {s_.limits.max.x, s_.limits.max.y}},
                   {"min_distance", s_.limits.minDistance}, {"max_distance", s_.limits.maxDistance},
                   {"max_pitch", s_.limits.maxPitch}, {"min_eye_height", s_.limits.minEyeHeight}};
  j["camera"] = cam;
  j["flying"] = s_.fly.active;
  j["time"] = {{"quarter", s_.time.quarter ? json(*s_.time.quarter) : json(nullptr)},
               {"label", s_.time.quarter ? data::quarterText(*s_.time.quarter) : std::string("now")},
               {"playing", s_.time.playing}, {"speed", s_.time.speed}};
  {
    const OccupancySeries& ts = s_.timeline;
    json atQ = json::array(), atQText = json::array();
    for (int q = 0; q < analysis::kQuarterCount; ++q) {
      const double v = timelineValueAt(ts, q);
      atQ.push_back(std::isfinite(v) ? json(v) : json(nullptr));
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.4f", v);  // the stats CLI's rate format
      atQText.push_back(std::isfinite(v) ? std::string(buf) : std::string());
    }
    j["timeline"] = {{"layer", ts.layer >= 0 && s_.data ? s_.data->layers[static_cast<size_t>(ts.layer)].spec->id : ""},
                     {"scope", ts.scopeKey}, {"scope_name", ts.scopeName}, {"buildings", ts.buildings},
                     {"at_quarters", atQ}, {"at_quarters_text", atQText}, {"panel", s_.panels.time}};
  }
  json sel = json::array();
  for (const FeatureRef& f : s_.selection) {
    const auto& L = s_.data->layers[f.layer];
    sel.push_back({{"layer", L.spec->id}, {"row", f.row}, {"fid", f.row < L.table.fid.size() ? L.table.fid[f.row] : -1},
                   {"name", featureName(s_, f)}});
  }
  j["selection"] = sel;
  if (const auto& p = input_.lastPick())
    j["last_pick"] = {{"layer", s_.data->layers[p->ref.layer].spec->id}, {"row", p->ref.row},
                      {"fid", s_.data->layers[p->ref.layer].table.fid[p->ref.row]}, {"wall", p->wall}, {"z", p->point.z}};
  json layers = json::array();
  if (s_.data)
    for (uint32_t li = 0; li < s_.data->layers.size(); ++li) {
      const auto& L = s_.data->layers[li];
      size_t hidden = 0, faded = 0;
      for (const FeatureVisual& v : s_.visuals[li]) {
        hidden += (v.flags & kHidden) != 0;
        faded += (v.flags & kFaded) != 0;
      }
      json hiddenFids = json::array();
      if (L.table.size() <= 2000)
        for (uint32_t r = 0; r < L.table.size(); ++r)
          if (s_.visuals[li][r].flags & (kHidden | kFaded)) hiddenFids.push_back(L.table.fid[r]);
      layers.push_back({{"id", L.spec->id}, {"visible", L.spec->visible}, {"features", L.table.size()},
                        {"shown", s_.visibleCount[li]}, {"hidden", hidden}, {"faded", faded},
                        {"filtered_fids", hiddenFids}, {"opacity", L.spec->style.opacity}});
    }
  j["layers"] = layers;
  j["scene"] = s_.data ? s_.data->scene.path : "";
  json filt;
  filt["hidden_sectors"] = std::vector<std::string>(s_.filter.hiddenSectors.begin(), s_.filter.hiddenSectors.end());
  filt["mode"] = s_.filter.hide ? "hide" : "fade";
  j["filter"] = filt;
  json hits = json::array();
  for (const SearchHit& h : s_.searchHits) hits.push_back({{"name", h.name}, {"name_en", h.nameEn}, {"kind", h.kindKey}});
  j["search_hits"] = hits;
  j["labels"] = json::array();
  for (const auto& l : labels_) j["labels"].push_back(l.text);
  if (s_.siting) {
    const SitingSession& ss = *s_.siting;
    json st;
    st["demand"] = ss.ui.demandPath;
    st["demand_name"] = ss.ui.demand.name;
    st["error"] = ss.ui.error;
    st["load_ms"] = ss.loadMs;
    st["panel"] = s_.panels.siting;
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
    for (const FeatureRef& f : s_.highlight) highlighted += (s_.visuals[f.layer][f.row].flags & kHighlighted) != 0;
    st["highlighted"] = highlighted;
    std::vector<PlacedLabel> rankLabels;
    sitingRankLabels(s_, win_.size(), rankLabels);
    json rl = json::array();
    for (const auto& l : rankLabels) rl.push_back(l.text);
    st["rank_labels"] = rl;
    j["siting"] = st;
  }
  if (s_.stats) {
    j["stats"] = statsJson(s_);
    j["stats_snapshots"] = statsSnapshots_;
  }
  json overlays = json::array();
  for (uint32_t li : derivedLayers(s_)) overlays.push_back(derivedParamsJson(s_, li));
  j["overlays"] = overlays;
  j["overlay_log"] = overlayLog_;
  j["overlay_panel"] = s_.panels.overlays;
  json toasts = json::array();
  for (const Toast& t : s_.toasts) toasts.push_back({{"text", t.text}, {"error", t.error}});
  j["toasts"] = toasts;
  j["last_error"] = s_.lastError;
  j["last_saved"] = lastSaved_;
#if defined(__SANITIZE_ADDRESS__)
  j["sanitized"] = true;  // ASan's quarantine holds freed memory: RSS says nothing about leaks here
#else
  j["sanitized"] = false;
#endif
  j["rss_kb_start"] = rssStart_;
  j["rss_kb_end"] = rssEnd_;
  j["events_replayed"] = eventsReplayed_;
  j["commands_run"] = commandsRun_;
  j["command_errors"] = commandErrors_;
  j["frames"] = framesDrawn_;
  j["loading"] = {{"frames", loadingFrames_}, {"max_frame_ms", loadingMaxFrameMs_}, {"handover_frame_ms", handoverFrameMs_}};
  if (idleCpu_ >= 0) j["idle"] = {{"seconds", idleSeconds_}, {"cpu_seconds", idleCpu_}, {"cpu_ms", static_cast<long>(idleCpu_ * 1000.0)}, {"frames", idleFrames_}};
  return j;
}

// [SECTION] frame and main loop --------------------------------------------------

void App::frame(bool& wantScreenshot) {
  const glm::dvec2 vp = win_.size();
  const glm::ivec2 fb = win_.framebufferSize();
  pollLoad();
  for (const std::string& d : win_.takeDrops()) open(d);
  if (win_.contentScaleChanged()) rebuildFonts();
  if (s_.siting && s_.siting->loads != sitingFontLoads_) {
    // A demand's name and its explanations may hold glyphs the atlas lacks.
    sitingFontLoads_ = s_.siting->loads;
    rebuildFonts();
  }

  // Feed ImGui first, then let the map have what ImGui does not want.
  std::deque<InputEvent>& q = win_.events();
  const size_t n = gui_.feed(q);
  std::vector<InputEvent> batch(q.begin(), q.begin() + static_cast<long>(n));
  q.erase(q.begin(), q.begin() + static_cast<long>(n));
  const double dt = s_.now - lastFrameTime_;
  lastFrameTime_ = s_.now;
  gui_.newFrame(vp, fb, dt > 0 ? dt : 1.0 / 60.0);
  const ImGuiIO& io = ImGui::GetIO();
  for (const InputEvent& e : batch) {
    MapInputResult r = input_.handle(e, s_, pick_, vp, io.WantCaptureMouse, io.WantCaptureKeyboard || io.WantTextInput);
    if (r.toggleFullscreen) toggleFullscreen();
    if (r.save) save(s_.scenePath);
    if (r.pointerMoved) hoverDirty_ = true;
  }
  stepAnimation(s_);
  stepPlayback(s_);
  clamp(s_.camera, s_.limits);
  // Derived overlays follow the time once it settles (no playback, no slider held).
  if (s_.data && !ImGui::IsAnyItemActive()) refreshDerivedForTime(s_);
  syncOverlayLayers();

  // Hover (skipped while dragging or flying: the answer changes every frame).
  if (hoverDirty_ && !input_.dragging() && !s_.fly.active && s_.data) {
    hoverDirty_ = false;
    std::optional<FeatureRef> h;
    if (!io.WantCaptureMouse)
      if (auto p = pick(s_, pick_, input_.cursor(), vp)) h = p->ref;
    setHover(s_, h);
  }
  // Tooltip text follows the language live.
  hoverText_.clear();
  if (s_.hover && s_.data) {
    const LayerSpec& spec = *s_.data->layers[s_.hover->layer].spec;
    hoverText_ = featureName(s_, *s_.hover) + "\n" + (s_.lang == Lang::En && !spec.titleEn.empty() ? spec.titleEn : spec.title);
  }

  // Labels: placed again when the camera, style or language changed; the
  // occlusion test (a ray per label) only once the camera has settled.
  const bool camMoved = std::memcmp(&labelCamera_, &s_.camera, sizeof(CameraState)) != 0;
  if (s_.data && (camMoved || labelRev_ != s_.styleRevision || labelLang_ != s_.lang || !labelsOccluded_)) {
    const bool settle = !camMoved && !busy();
    if (labelLang_ != s_.lang) labelCands_ = map::buildLabelCandidates(*s_.data, s_.lang);
    const UiFonts& fonts = gui_.fonts();
    placeLabels(s_, pick_, labelCands_, vp,
                [&](const std::string& t, bool large) {
                  ImFont* f = large && fonts.large ? fonts.large : ImGui::GetFont();
                  ImVec2 sz = f->CalcTextSizeA(f->FontSize, 1e9f, 0, t.c_str());
                  return glm::vec2(sz.x, sz.y);
                },
                settle, labels_);
    labelsOccluded_ = settle;
    labelCamera_ = s_.camera;
    labelRev_ = s_.styleRevision;
    labelLang_ = s_.lang;
  }

  // Map.
  if (s_.data && (mapSceneRev_ != s_.sceneRevision)) {
    map_->setScene(s_, nullptr);
    mapSceneRev_ = s_.sceneRevision;
  }
  if (s_.data && mapStyleRev_ != s_.styleRevision) {
    map_->setStyles(s_);
    mapStyleRev_ = s_.styleRevision;
  }
  glViewport(0, 0, fb.x, fb.y);
  const Rgba bg = s_.data ? s_.data->scene.background : Rgba(0.93f, 0.94f, 0.95f, 1.0f);
  glClearColor(bg.r, bg.g, bg.b, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
  if (s_.data) map_->draw(s_, fb, vp);

  // Panels.
  UiFrame ui{s_, vp};
  ui.scale = scale_;
  ui.largeFont = gui_.fonts().large;
  if (job_) ui.load = {true, job_->progress(), job_->message()};
  ui.labels = labels_;
  sitingRankLabels(s_, vp, ui.labels);
  ui.hoverText = hoverText_;
  if (s_.data && !io.WantCaptureMouse) {
    if (auto gp = groundHit(screenRay(s_.camera, input_.cursor(), vp)); gp && geo_) {
      ui.cursor.valid = true;
      ui.cursor.scene = *gp + s_.data->frame.origin;
      ui.cursor.lonLat = geo_->toLonLat(ui.cursor.scene);
    }
  }
  ui.metresPerPixel = s_.data ? metresPerPixel(s_.camera, vp) : 0;
  if (opt_.drawUi) opt_.drawUi(ui);
  shown_ = ui.shown;
  handleRequests(ui.req);
  updateTitle();
  gui_.render();
  ++framesDrawn_;
  if (wantScreenshot) {
    wantScreenshot = false;
    try {
      writePngRgb(opt_.screenshot, readFramebufferRgb(fb.x, fb.y), fb.x, fb.y);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "parkscape: %s\n", e.what());
    }
  }
  win_.swap();
}

int App::run() {
  // Initial data.
  if (opt_.demo) {
    install(std::make_shared<data::SceneData>(makeDemoScene()), "");
  } else {
    for (const std::string& in : opt_.inputs) {
      // Several inputs: the first scene loads, later files are added once it is in.
      if (!job_) open(in);
      else pendingInputs_.push_back(in);
    }
  }

  ReplayScript script;
  const bool replay = !opt_.replay.empty();
  if (replay) {
    script = loadReplay(opt_.replay);
    if (script.width > 0) glfwSetWindowSize(win_.handle(), script.width, script.height);
    win_.acceptInput(false);  // the script owns the input; stray X events are dropped
  }
  size_t next = 0;
  double vt = 0;                 // virtual replay clock
  double replayStart = -1;       // vt at which the replay began (after loading)
  int settleFrames = 0;
  int framesToDraw = 3;
  bool wantScreenshot = false;
  const auto t0 = std::chrono::steady_clock::now();
  auto wall = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(); };

  while (!win_.shouldClose()) {
    if (!job_ && !pendingInputs_.empty()) {
      std::string in = pendingInputs_.front();
      pendingInputs_.erase(pendingInputs_.begin());
      open(in);
    }
    if (replay) {
      win_.waitEvents(0);
      if (job_) {
        // Data loads in real time; the script waits for it.
        s_.now = vt;
        const double f0 = wall();
        bool dummy = false;
        frame(dummy);
        ++loadingFrames_;
        if (job_)  // still loading after this frame (the hand-over frame uploads to the GPU)
          loadingMaxFrameMs_ = std::max(loadingMaxFrameMs_, (wall() - f0) * 1000.0);
        else
          handoverFrameMs_ = (wall() - f0) * 1000.0;
        std::this_thread::sleep_for(std::chrono::milliseconds(15));
        continue;
      }
      if (replayStart < 0) {
        replayStart = vt;
        rssStart_ = residentKb();
      }
      vt += 1.0 / 60.0;
      s_.now = vt;
      while (next < script.events.size() && script.events[next].t <= vt - replayStart) {
        const ReplayEvent& e = script.events[next++];
        ++eventsReplayed_;
        if (e.isWait) continue;
        if (e.isCommand) {
          ++commandsRun_;
          bool ok = false;
          try {
            ok = runCommand(e.command);
          } catch (const std::exception& x) {
            commandErrors_.push_back(e.command.dump() + ": " + x.what());
            continue;
          }
          if (!ok) commandErrors_.push_back(e.command.dump() + ": not applicable");
          continue;
        }
        win_.events().push_back(e.input);
        // One mouse-button change per frame (see ImGuiLayer::feed).
        if (e.input.type == InputEvent::MouseDown || e.input.type == InputEvent::MouseUp) break;
      }
      const bool done = next >= script.events.size() && win_.events().empty() && !busy();
      if (done) ++settleFrames;
      if (done && settleFrames == 3) {
        rssEnd_ = residentKb();
        wantScreenshot = !opt_.screenshot.empty();
      }
      bool shot = wantScreenshot;
      frame(wantScreenshot);
      if (shot || (done && settleFrames >= 3)) break;
      if (vt - replayStart > (script.events.empty() ? 0.0 : script.events.back().t) + 60.0) break;  // a fly that never ends must not hang a test
      continue;
    }
    // Interactive: redraw only when something changed or moves.
    const bool animating = busy() || !win_.events().empty();
    double soonestToast = 1e9;
    for (const Toast& t : s_.toasts)
      if (t.until > s_.now) soonestToast = std::min(soonestToast, t.until - s_.now);
    if (animating || framesToDraw > 0) win_.waitEvents(0);
    else win_.waitEvents(std::min(soonestToast + 0.05, 30.0));
    s_.now = wall();
    if (!win_.events().empty()) framesToDraw = 3;  // ImGui settles hover states over a few frames
    bool dummy = false;
    frame(dummy);
    if (framesToDraw > 0) --framesToDraw;
  }

  if (replay && opt_.measureIdle > 0) {
    // Idle: the interactive loop with no input for `measureIdle` seconds.
    const double c0 = cpuSeconds(), w0 = wall();
    size_t f0 = framesDrawn_;
    int idleFramesToDraw = 3;
    while (wall() - w0 < opt_.measureIdle) {
      if (busy() || idleFramesToDraw > 0) win_.waitEvents(0);
      else win_.waitEvents(std::min(30.0, opt_.measureIdle - (wall() - w0) + 0.01));
      win_.events().clear();
      s_.now = vt + (wall() - w0);
      if (idleFramesToDraw > 0 || busy()) {
        bool dummy = false;
        frame(dummy);
        if (idleFramesToDraw > 0) --idleFramesToDraw;
      }
    }
    idleCpu_ = cpuSeconds() - c0;
    idleSeconds_ = wall() - w0;
    idleFrames_ = framesDrawn_ - f0;
  }

  if (!opt_.stateDump.empty()) {
    try {
      writeFileAtomic(opt_.stateDump, stateDump().dump(2) + "\n");
    } catch (const std::exception& e) {
      std::fprintf(stderr, "parkscape: %s\n", e.what());
      return 1;
    }
  }
  return 0;
}

}  // namespace

int runViewer(const ViewerOptions& opt) {
  App app(opt);
  return app.run();
}

}  // namespace ps::viewer
