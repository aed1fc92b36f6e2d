#include "viewer/replay_commands.h"

#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <thread>

#include <GLFW/glfw3.h>

#include "analysis/stats_table.h"
#include "core/error.h"
#include "data/quarter_option.h"
#include "geo/lonlat_projector.h"
#include "viewer/commands.h"
#include "viewer/glyph_texts.h"
#include "viewer/kiosk_replay.h"
#include "viewer/measure.h"
#include "viewer/nearest.h"
#include "viewer/import.h"
#include "viewer/overlays.h"
#include "viewer/search.h"
#include "viewer/siting.h"
#include "viewer/state_dump.h"
#include "viewer/stats.h"
#include "viewer/timeline.h"

namespace ps::viewer {
namespace {

using nlohmann::json;
using Command = std::function<bool(ReplayHost&, const json&)>;

// Finds a feature by layer id and fid, or by name.
std::optional<FeatureRef> findFeature(const ViewerState& s, const json& c) {
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

// A click as the user makes it: move, press, release (one button change per frame).
void clickAt(ReplayHost& h, glm::dvec2 p, bool add) {
  InputEvent m;
  m.type = InputEvent::MouseMove;
  m.pos = p;
  InputEvent d = m, u = m;
  d.type = InputEvent::MouseDown;
  u.type = InputEvent::MouseUp;
  d.mods = u.mods = add ? GLFW_MOD_SHIFT : 0;
  h.inputQueue().push_back(m);
  h.inputQueue().push_back(d);
  h.inputQueue().push_back(u);
}

// A finger's tap as a touch screen delivers it (down, then up the next frame:
// see ImGuiLayer::feed): the kiosk's touch path.
void touchTapAt(ReplayHost& h, glm::dvec2 p, int id) {
  InputEvent d;
  d.type = InputEvent::Touch;
  d.pos = p;
  d.touch = {kiosk::TouchEvent::Down, id, p, -1};
  InputEvent u = d;
  u.touch.kind = kiosk::TouchEvent::Up;
  h.inputQueue().push_back(d);
  h.inputQueue().push_back(u);
}

// Where the feature's roof centre (area-weighted centroid of its shell) shows on screen.
// The first shell of a feature: its coordinates [b, e) in the layer's column.
struct Shell {
  const GeometryColumn& g;
  uint32_t b, e;
};
Shell firstShell(const ViewerState& s, FeatureRef f) {
  const auto& g = s.data->layers[f.layer].table.geom;
  const uint32_t r0 = g.partRing[g.featurePart[f.row]];
  return {g, g.ringCoord[r0], g.ringCoord[r0 + 1]};
}

std::optional<glm::dvec2> roofPixel(const ViewerState& s, FeatureRef f, glm::dvec2 vp) {
  const auto [g, b, e] = firstShell(s, f);
  const FeatureVisual& v = s.visuals[f.layer][f.row];
  const glm::dvec2 o = s.data->frame.origin;
  double a = 0;
  glm::dvec2 cen(0);
  for (uint32_t i = b, j = e - 1; i < e; j = i++) {
    glm::dvec2 p = g.coords[j] - o, q = g.coords[i] - o;
    double cr = p.x * q.y - q.x * p.y;
    a += cr;
    cen += (p + q) * cr;
  }
  cen /= (3.0 * a);
  return s.camera.worldToScreen({cen, v.base + v.height}, vp.x, vp.y);
}

// Where the middle of the shell's wall that best faces the eye shows on screen.
std::optional<glm::dvec2> wallPixel(const ViewerState& s, FeatureRef f, glm::dvec2 vp) {
  const auto [g, b, e] = firstShell(s, f);
  const FeatureVisual& v = s.visuals[f.layer][f.row];
  const glm::dvec2 o = s.data->frame.origin;
  const glm::dvec3 eye = s.camera.eyeD();
  std::optional<glm::dvec2> px;
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
      px = s.camera.worldToScreen({mid, v.base + v.height * 0.35}, vp.x, vp.y);
    }
  }
  return px;
}

bool* panelFlag(ViewerState& s, const std::string& p) {
  return p == "layers" ? &s.panels.layers : p == "legend" ? &s.panels.legend : p == "inspector" ? &s.panels.inspector
       : p == "table" ? &s.panels.table : p == "search" ? &s.panels.search : p == "filters" ? &s.panels.filters
       : p == "siting" ? &s.panels.siting : p == "time" ? &s.panels.time
       : p == "overlays" ? &s.panels.overlays : p == "stats" ? &s.panels.stats : nullptr;
}

// Runs f on every layer whose id is c["layer"].
template <class F>
void forLayer(ViewerState& s, const json& c, F f) {
  for (uint32_t li = 0; s.data && li < s.data->layers.size(); ++li)
    if (s.data->layers[li].spec->id == c.at("layer").get<std::string>()) f(li);
}

// The characters of the texts a step's dump says are on screen (UI strings,
// the inspector, map labels, search hits, siting rows, statistics cells,
// legend rows, toasts, the title) that the font lacks: ImGui would draw "?".
json missingGlyphs(const ReplayHost& h, const json& dump) {
  std::set<uint32_t> missing;
  std::function<void(const json&)> walk = [&](const json& j) {
    if (j.is_string()) {
      for (uint32_t cp : utf8Codepoints(j.get<std::string>()))
        if (cp >= 0x80 && !h.glyphInFont(cp)) missing.insert(cp);
    } else if (j.is_array() || j.is_object()) {
      for (const auto& x : j) walk(x);
    }
  };
  for (const char* key : {"ui_strings", "selection", "labels", "search_hits", "siting", "stats", "toasts", "window_title"})
    if (dump.contains(key)) walk(dump[key]);
  for (const auto& l : dump.value("layers", json::array()))
    if (l.value("visible", false)) walk(l.value("legend", json::array()));
  json out = json::array();
  for (uint32_t cp : missing) {
    std::string ch;
    if (cp < 0x800) ch = {static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
    else ch = {static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), static_cast<char>(0x80 | (cp & 0x3F))};
    out.push_back(cp > 0xFFFF ? "U+" + std::to_string(cp) : ch);
  }
  return out;
}

// [SECTION] search, selection and clicks

void addSelectionCommands(std::map<std::string, Command>& t) {
  t["search"] = [](ReplayHost& h, const json& c) { return runSearch(h.state(), c.at("text").get<std::string>()), true; };
  t["pick_search"] = [](ReplayHost& h, const json& c) {
    return pickSearchHit(h.state(), c.value("index", 0u), h.viewport()), true;
  };
  t["select"] = [](ReplayHost& h, const json& c) {
    auto f = findFeature(h.state(), c);
    if (!f) return false;
    select(h.state(), f, c.value("add", false));
    if (c.value("fly", false)) flyToFeature(h.state(), *f, h.viewport());
    return true;
  };
  t["clear_selection"] = [](ReplayHost& h, const json&) { return select(h.state(), std::nullopt, false), true; };
  t["fly_to_selection"] = [](ReplayHost& h, const json&) {
    if (h.state().selection.empty()) return false;
    flyToFeature(h.state(), h.state().selection.back(), h.viewport());
    return true;
  };
  // Clicks where the feature's roof centre or a wall facing the eye shows on
  // screen; the click then goes through the normal picking path.
  auto clickFeature = [](bool roof) {
    return [roof](ReplayHost& h, const json& c) {
      auto f = findFeature(h.state(), c);
      if (!f || !h.state().data) return false;
      const auto px = roof ? roofPixel(h.state(), *f, h.viewport()) : wallPixel(h.state(), *f, h.viewport());
      if (!px) return false;
      clickAt(h, *px, c.value("add", false));
      return true;
    };
  };
  t["click_roof"] = clickFeature(true);
  t["click_wall"] = clickFeature(false);
  // {layer, fid, id}: a finger taps where the roof centre shows (touch events, finger `id`, default 99).
  t["tap_roof"] = [](ReplayHost& h, const json& c) {
    auto f = findFeature(h.state(), c);
    if (!f || !h.state().data) return false;
    const auto px = roofPixel(h.state(), *f, h.viewport());
    if (!px) return false;
    touchTapAt(h, *px, c.value("id", 99));
    return true;
  };
  // {"lon": 104.06, "lat": 30.65}: clicks where that ground point shows on screen
  // (scene CRS through the projector, then the camera), through the normal input path.
  t["click_lonlat"] = [](ReplayHost& h, const json& c) {
    const ViewerState& s = h.state();
    if (!s.data || !h.projector()) return false;
    const glm::dvec2 local = h.projector()->toScene({c.at("lon").get<double>(), c.at("lat").get<double>()}) - s.data->frame.origin;
    const auto px = s.camera.worldToScreen({local, 0.0}, h.viewport().x, h.viewport().y);
    if (!px) return false;
    clickAt(h, *px, c.value("add", false));
    return true;
  };
  // Keeps the measure tool's figures as they are now for the state dump ("measure_snapshots").
  t["measure_snapshot"] = [](ReplayHost& h, const json&) {
    measureRefresh(h.state(), h.projector());
    h.log().measureSnapshots.push_back(measureJson(h.state()));
    return true;
  };
  // Keeps the inspector's nearest lines for the selection as it is now ("nearest_snapshots").
  t["nearest_snapshot"] = [](ReplayHost& h, const json&) {
    nearestRefresh(h.state(), h.projector());
    h.log().nearestSnapshots.push_back(nearestJson(h.state()));
    return true;
  };
  // {"label": "search_zh", "screenshot": true}: a step of a longer walk. Keeps the
  // state dump as it is now under "steps"/<label> (the check asserts each step as
  // it would the final dump) and, if asked, writes the next frame to
  // <screenshot stem>.<label>.png.
  t["step"] = [](ReplayHost& h, const json& c) {
    const std::string label = c.at("label").get<std::string>();
    if (label.empty() || h.log().steps.contains(label)) return false;
    json dump = stateDump(h);
    dump.erase("steps");
    dump["missing_glyphs"] = missingGlyphs(h, dump);
    h.log().steps[label] = std::move(dump);
    if (c.value("screenshot", false)) h.stepScreenshot(label);
    return true;
  };
  t["click"] = [](ReplayHost& h, const json& c) {
    clickAt(h, {c.at("x").get<double>(), c.at("y").get<double>()}, c.value("add", false));
    return true;
  };
}

// [SECTION] filters, language, files, camera, panels, layers

void addViewCommands(std::map<std::string, Command>& t) {
  t["solo_sector"] = [](ReplayHost& h, const json& c) { return soloSector(h.state(), c.at("sector").get<std::string>()), true; };
  t["set_sector"] = [](ReplayHost& h, const json& c) {
    return setSectorVisible(h.state(), c.at("sector").get<std::string>(), c.value("visible", true)), true;
  };
  t["set_sub_sector"] = [](ReplayHost& h, const json& c) {
    return setSubSectorVisible(h.state(), c.at("sub_sector").get<std::string>(), c.value("visible", true)), true;
  };
  t["set_range"] = [](ReplayHost& h, const json& c) {
    setRange(h.state(), c.at("which").get<std::string>(), c.value("enabled", true), c.at("lo").get<double>(),
             c.at("hi").get<double>());
    return true;
  };
  t["filter_mode"] = [](ReplayHost& h, const json& c) { return setFilterHides(h.state(), c.value("mode", "fade") == "hide"), true; };
  t["clear_filters"] = [](ReplayHost& h, const json&) { return clearFilters(h.state()), true; };
  t["language"] = [](ReplayHost& h, const json& c) {
    auto l = parseLang(c.at("lang").get<std::string>());
    if (!l) return false;
    setLanguage(h.state(), *l);
    return true;
  };
  t["export_film"] = [](ReplayHost& h, const json& c) {
    auto& f = h.state().film;
    f.open = true;
    f.out = c.value("out", f.out);
    f.width = c.value("width", f.width);
    f.height = c.value("height", f.height);
    f.fps = c.value("fps", f.fps);
    h.startFilm();
    return !f.failed;
  };
  t["save"] = [](ReplayHost& h, const json& c) { return h.save(c.at("path").get<std::string>()), true; };
  t["open"] = [](ReplayHost& h, const json& c) { return h.open(c.at("path").get<std::string>()), true; };
  t["quit"] = [](ReplayHost& h, const json&) { return h.quit(), true; };  // as the window's close button
  // The UI thread sleeps (no frame): lets a loading worker get on with its work before the next command.
  t["sleep"] = [](ReplayHost&, const json& c) {
    std::this_thread::sleep_for(std::chrono::milliseconds(c.at("ms").get<int>()));
    return true;
  };
  t["reset_view"] = [](ReplayHost& h, const json&) { return resetView(h.state()), true; };
  t["north_up"] = [](ReplayHost& h, const json&) { return northUp(h.state()), true; };
  t["fullscreen"] = [](ReplayHost& h, const json&) { return h.toggleFullscreen(), true; };
  t["camera"] = [](ReplayHost& h, const json& c) {
    ViewerState& s = h.state();
    OrbitCamera to = s.camera;
    if (c.contains("center") && h.projector())
      to.center = h.projector()->toScene({c["center"][0].get<double>(), c["center"][1].get<double>()}) - s.data->frame.origin;
    to.distance = c.value("distance", to.distance);
    to.pitchDeg = c.value("pitch", to.pitchDeg);
    to.bearingDeg = c.value("bearing", to.bearingDeg);
    if (c.value("animate", false)) {
      flyTo(s, to, 0.8);
    } else {
      to.clampTo(s.limits);
      s.camera = to;
      s.fly.active = false;
    }
    return true;
  };
  t["panel"] = [](ReplayHost& h, const json& c) {
    bool* flag = panelFlag(h.state(), c.at("panel").get<std::string>());
    if (!flag) return false;
    *flag = c.value("visible", true);
    return true;
  };
  t["layer_visible"] = [](ReplayHost& h, const json& c) {
    forLayer(h.state(), c, [&](uint32_t li) { setLayerVisible(h.state(), li, c.value("visible", true)); });
    return true;
  };
  t["color_by"] = [](ReplayHost& h, const json& c) {
    forLayer(h.state(), c, [&](uint32_t li) {
      const std::string m = c.value("mode", "category");
      setColorBy(h.state(), li, m == "ramp" ? ColorMode::Ramp : m == "single" ? ColorMode::Single : ColorMode::Category,
                 c.value("field", ""));
    });
    return true;
  };
}

// [SECTION] siting

void addSitingCommands(std::map<std::string, Command>& t) {
  t["siting_load"] = [](ReplayHost& h, const json& c) {
    SitingSession& ss = sitingSession(h.state());
    if (c.contains("path")) ss.ui.demandPath = c["path"].get<std::string>();
    h.state().panels.siting = c.value("show", true);
    if (!sitingLoad(h.state())) throw Error(ss.ui.demandPath, ss.ui.error);
    return true;
  };
  t["siting_weight"] = [](ReplayHost& h, const json& c) {
    return sitingSetWeight(h.state(), c.at("criterion").get<std::string>(), c.at("value").get<double>());
  };
  t["siting_top"] = [](ReplayHost& h, const json& c) {
    sitingSession(h.state()).ui.top = c.at("value").get<int>();
    sitingRerank(h.state());
    return true;
  };
  t["siting_step"] = [](ReplayHost& h, const json& c) {
    if (!h.state().siting || !h.state().siting->result) return false;
    sitingStep(h.state(), c.value("delta", 1), h.viewport());
    return true;
  };
}

// [SECTION] time, statistics, overlays

void addTimeAndStatsCommands(std::map<std::string, Command>& t) {
  // {"value": "2025Q3" | "6.5" | "now"}
  t["quarter"] = [](ReplayHost& h, const json& c) {
    const std::string v = c.at("value").get<std::string>();
    if (v == "now") setQuarter(h.state(), std::nullopt);
    else if (auto q = data::parseQuarterOption(v)) setQuarter(h.state(), q);
    else return false;
    return true;
  };
  t["play"] = [](ReplayHost& h, const json& c) {
    if (c.contains("speed")) setPlaybackSpeed(h.state(), c["speed"].get<double>());
    if (c.contains("loop")) h.state().time.loop = c["loop"].get<bool>();
    setPlaying(h.state(), c.value("playing", true));
    return true;
  };
  // {"by": "district", "merge_rings": false, "show": true}: the statistics panel's grouping.
  t["stats"] = [](ReplayHost& h, const json& c) {
    ViewerState& s = h.state();
    std::optional<analysis::StatsBy> by = analysis::parseStatsBy(c.value("by", "district"));
    if (!by || !s.data) return false;
    s.panels.stats = c.value("show", true);
    statsSetBy(s, *by, c.value("merge_rings", false));
    if (!statsSession(s).error.empty()) throw Error(s.scenePath, statsSession(s).error);
    return true;
  };
  // {"column": "gfa_m2", "descending": true}; "" = the CLI's order.
  t["stats_sort"] = [](ReplayHost& h, const json& c) {
    const std::string col = c.value("column", "");
    const int ci = col.empty() ? -1 : statsSession(h.state()).table.findColumn(col);
    if (!col.empty() && ci < 0) return false;
    statsSetSort(h.state(), ci, c.value("descending", false));
    return true;
  };
  // {"row": i}: clicks the i-th row as displayed.
  t["stats_row"] = [](ReplayHost& h, const json& c) {
    statsRefresh(h.state(), true);
    const auto& rows = statsSession(h.state()).grid.rows;
    const size_t i = c.value("row", 0u);
    if (i >= rows.size()) return false;
    return statsActivateRow(h.state(), rows[i], h.viewport());
  };
  // Keeps the panel's table as it is now for the state dump ("stats_snapshots").
  t["stats_snapshot"] = [](ReplayHost& h, const json&) {
    statsRefresh(h.state(), true);
    h.log().statsSnapshots.push_back(statsJson(h.state()));
    return true;
  };
  // {"layer": "hex_gfa", "hex_size": 2000}: the scene file's keys (viewer/overlays.h).
  t["overlay_param"] = [](ReplayHost& h, const json& c) {
    ViewerState& s = h.state();
    auto li = s.data ? layerIndex(s, c.at("layer").get<std::string>()) : std::nullopt;
    if (!li) return false;
    json entry = {{"layer", c["layer"]}, {"before", derivedParamsJson(s, *li)}};
    const auto t0 = std::chrono::steady_clock::now();
    if (!setDerivedParams(s, *li, derivedParamsFromJson(s.data->scene.layers[*li].derived, c))) return false;
    entry["ms"] = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    entry["after"] = derivedParamsJson(s, *li);
    h.log().overlayLog.push_back(std::move(entry));
    return true;
  };
}

// Files dropped on the window, and the import dialog (viewer/import.h).
void addImportCommands(std::map<std::string, Command>& t) {
  t["drop"] = [](ReplayHost& h, const json& c) {
    for (const auto& p : c.at("paths")) h.open(p.get<std::string>());  // what the window's drop callback does
    return true;
  };
  t["import_role"] = [](ReplayHost& h, const json& c) {
    if (!h.state().import) return false;
    setImportRole(h.state(), c.value("layer", size_t{0}), c.at("role").get<std::string>(), c.at("field").get<std::string>());
    return true;
  };
  t["import_sector"] = [](ReplayHost& h, const json& c) {
    if (!h.state().import) return false;
    setImportSectorValue(h.state(), c.value("layer", size_t{0}), c.at("value").get<std::string>(),
                         c.at("sector").get<std::string>());
    return true;
  };
  t["import_ok"] = [](ReplayHost& h, const json&) {
    if (!h.state().import) return false;
    h.importOk();
    return true;
  };
  t["import_cancel"] = [](ReplayHost& h, const json&) { return cancelImport(h.state()), true; };
}

const std::map<std::string, Command>& commands() {
  static const std::map<std::string, Command> table = [] {
    std::map<std::string, Command> t;
    addImportCommands(t);
    addSelectionCommands(t);
    addViewCommands(t);
    addSitingCommands(t);
    addTimeAndStatsCommands(t);
    return t;
  }();
  return table;
}

}  // namespace

bool runReplayCommand(ReplayHost& host, const json& command) {
  if (kioskReplayCommand(host, command)) return true;
  const auto it = commands().find(command.at("name").get<std::string>());
  return it != commands().end() && it->second(host, command);
}

}  // namespace ps::viewer
