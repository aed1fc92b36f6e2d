#include "viewer/commands.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "analysis/quarters.h"
#include "viewer/filter_eval.h"
#include "viewer/layout_commands.h"
#include "viewer/measure.h"
#include "data/quarter_option.h"
#include "geo/lonlat_projector.h"
#include "viewer/pick.h"
#include "viewer/search.h"
#include "viewer/style.h"
#include "core/sectors.h"

namespace ps::viewer {
namespace {

void recountVisible(ViewerState& s) {
  const size_t n = s.data ? s.data->layers.size() : 0;
  s.visibleCount.assign(n, 0);
  for (size_t li = 0; li < n; ++li) {
    if (!s.data->layers[li].spec->visible) continue;
    size_t c = 0;
    for (const FeatureVisual& v : s.visuals[li]) c += (v.flags & (kHidden | kFaded)) ? 0 : 1;
    s.visibleCount[li] = c;
  }
}

void refilter(ViewerState& s) {
  if (!s.data) return;
  s.filterPass.resize(s.data->layers.size());
  for (size_t li = 0; li < s.data->layers.size(); ++li)
    evalFilter(s.data->layers[li].table, s.data->layers[li].spec->fields, s.filter, s.filterPass[li]);
  ++s.selectionRevision;
}

RangeFilter* rangeByName(FilterState& f, const std::string& which) {
  if (which == "gfa") return &f.gfa;
  if (which == "occupancy") return &f.occupancy;
  if (which == "floors") return &f.floors;
  return nullptr;
}

LayerSpec* specOf(ViewerState& s, uint32_t li) {
  if (!s.data || li >= s.data->scene.layers.size()) return nullptr;
  return &s.data->scene.layers[li];
}

}  // namespace

void installScene(ViewerState& s, std::shared_ptr<data::SceneData> data, const geo::GeoProjector* geo,
                  glm::dvec2 viewport) {
  s.data = std::move(data);
  measureCancel(s);  // its points belong to the scene that was
  s.selection.clear();
  s.highlight.clear();
  s.hover.reset();
  s.searchHits.clear();
  s.fly.active = false;
  s.filter = FilterState{};
  s.derivedFilterKey.clear();
  s.tableLayer = -1;
  const size_t n = s.data->layers.size();
  s.order.resize(n);
  for (uint32_t i = 0; i < n; ++i) s.order[i] = i;
  s.visuals.assign(n, {});
  roleExtent(*s.data, &FieldRoles::gfa, s.filter.gfa.min, s.filter.gfa.max);
  roleExtent(*s.data, &FieldRoles::occupancy, s.filter.occupancy.min, s.filter.occupancy.max);
  roleExtent(*s.data, &FieldRoles::floors, s.filter.floors.min, s.filter.floors.max);
  for (RangeFilter* r : {&s.filter.gfa, &s.filter.occupancy, &s.filter.floors}) {
    r->lo = r->min;
    r->hi = r->max;
  }

  // Limits: the data's extent plus a margin; never closer than a building.
  // Context layers (optional ones: rivers, the province outlines) reach far
  // beyond the city and do not widen where the camera may go.
  glm::dvec2 lo(1e300), hi(-1e300);
  PickIndex idx;
  buildPickIndex(*s.data, idx);
  for (size_t li = 0; li < idx.boxes.size(); ++li) {
    if (li < s.data->layers.size() && s.data->layers[li].spec->optional) continue;
    for (const glm::dvec4& b : idx.boxes[li]) {
      if (b.x > b.z) continue;
      lo = glm::min(lo, glm::dvec2(b.x, b.y));
      hi = glm::max(hi, glm::dvec2(b.z, b.w));
    }
  }
  if (lo.x > hi.x) lo = hi = glm::dvec2(0);
  glm::dvec2 margin = glm::max((hi - lo) * 0.1, glm::dvec2(2000));
  s.limits.min = lo - margin;
  s.limits.max = hi + margin;
  s.limits.maxDistance = std::max(5000.0, glm::length(hi - lo) * 3.0);

  const CameraSpec& cs = s.data->scene.camera;
  OrbitCamera home = OrbitCamera::fromSpec(cs, geo ? geo->toScene(cs.center) - s.data->frame.origin : (lo + hi) * 0.5);
  (void)viewport;
  home.clampTo(s.limits);
  s.home = home;
  s.camera = home;

  // Session parts of the scene (filters, selection, language).
  const SessionSpec& ss = s.data->scene.session;
  for (const auto& id : ss.hiddenSectors) s.filter.hiddenSectors.insert(id);
  for (const auto& id : ss.hiddenSubSectors) s.filter.hiddenSubSectors.insert(id);
  auto setR = [](RangeFilter& r, const std::optional<glm::dvec2>& v) {
    if (v) r = {true, v->x, v->y, r.min, r.max};
  };
  setR(s.filter.gfa, ss.gfaRange);
  setR(s.filter.occupancy, ss.occupancyRange);
  setR(s.filter.floors, ss.floorsRange);
  s.filter.hide = ss.hideFiltered;
  for (const auto& [layerId, fid] : ss.selection)
    for (uint32_t li = 0; li < n; ++li)
      if (s.data->layers[li].spec->id == layerId) {
        const auto& fids = s.data->layers[li].table.fid;
        auto it = std::find(fids.begin(), fids.end(), fid);
        if (it != fids.end()) s.selection.push_back({li, static_cast<uint32_t>(it - fids.begin())});
      }
  if (auto l = parseLang(ss.language)) s.lang = *l;
  // The scene's time ([scene] quarter: what its derived layers were computed at).
  s.time = TimeState{};
  try {
    s.time.quarter = data::sceneQuarter(s.data->scene);
  } catch (const std::exception&) {
    s.time.quarter.reset();  // the loader already reported it
  }
  ++s.time.revision;
  s.derivedTimeRevision = s.time.revision;  // the derived tables were computed at this time by the loader

  ++s.sceneRevision;
  restyle(s);
}

void restyle(ViewerState& s, int li) {
  if (!s.data) return;
  const size_t n = s.data->layers.size();
  s.visuals.resize(n);
  for (size_t i = 0; i < n; ++i)
    if (li < 0 || static_cast<size_t>(li) == i) computeVisuals(s.data->layers[i], s.visuals[i]);
  refilter(s);
  refreshFlags(s);
}

void refreshFlags(ViewerState& s) {
  if (!s.data) return;
  for (uint32_t li = 0; li < s.visuals.size(); ++li)
    applyFlags(li, s.filterPass[li], s.filter.hide, s.selection, s.hover, s.visuals[li]);
  for (const FeatureRef& f : s.highlight)
    if (f.layer < s.visuals.size() && f.row < s.visuals[f.layer].size()) s.visuals[f.layer][f.row].flags |= kHighlighted;
  recountVisible(s);
  ++s.styleRevision;
}

void setQuarter(ViewerState& s, std::optional<double> quarter) {
  constexpr double kLast = analysis::kQuarterCount - 1;
  if (quarter) {
    if (!std::isfinite(*quarter)) return;
    quarter = std::clamp(*quarter, 0.0, kLast);
  } else {
    s.time.playing = false;
  }
  if (s.time.quarter == quarter) return;
  s.time.quarter = quarter;
  ++s.time.revision;
  ++s.styleRevision;  // the map restyles (filled heights, occupancy ramps); nothing is rebuilt
}

void setPlaying(ViewerState& s, bool playing) {
  constexpr double kLast = analysis::kQuarterCount - 1;
  if (playing && (!s.time.quarter || *s.time.quarter >= kLast)) setQuarter(s, 0.0);
  s.time.playing = playing;
  s.time.lastStep = s.now;
  ++s.time.revision;
}

void setPlaybackSpeed(ViewerState& s, double quartersPerSecond) {
  s.time.speed = std::clamp(quartersPerSecond, 0.05, 8.0);
}

bool stepPlayback(ViewerState& s) {
  if (!s.time.playing) return false;
  constexpr double kLast = analysis::kQuarterCount - 1;
  const double dt = std::max(0.0, s.now - s.time.lastStep);
  s.time.lastStep = s.now;
  double q = s.time.quarter.value_or(0.0) + dt * s.time.speed;
  if (q >= kLast) {
    if (s.time.loop && s.time.quarter && *s.time.quarter >= kLast) {
      q = 0.0;  // it showed the last quarter for a frame: wrap
    } else {
      q = kLast;  // land exactly on 2026Q4 before wrapping or stopping
      if (!s.time.loop) s.time.playing = false;
    }
  }
  setQuarter(s, q);
  return s.time.playing;
}

void setHighlight(ViewerState& s, std::vector<FeatureRef> features) {
  s.highlight = std::move(features);
  refreshFlags(s);
}

void select(ViewerState& s, std::optional<FeatureRef> f, bool additive) {
  if (!additive) s.selection.clear();
  if (f) {
    auto it = std::find(s.selection.begin(), s.selection.end(), *f);
    if (it == s.selection.end()) s.selection.push_back(*f);
    else if (additive) s.selection.erase(it);  // shift-click toggles
    s.tableLayer = static_cast<int>(f->layer);
  }
  ++s.selectionRevision;
  refreshFlags(s);
}

void setHover(ViewerState& s, std::optional<FeatureRef> f) {
  if (s.hover == f) return;
  s.hover = f;
  refreshFlags(s);
}

void setLanguage(ViewerState& s, Lang l) {
  s.lang = l;
  ++s.styleRevision;  // labels change
}

void setLayerVisible(ViewerState& s, uint32_t li, bool visible) {
  if (LayerSpec* l = specOf(s, li)) {
    l->visible = visible;
    refreshFlags(s);
  }
}

void setLayerOpacity(ViewerState& s, uint32_t li, float opacity) {
  if (LayerSpec* l = specOf(s, li)) {
    l->style.opacity = std::clamp(opacity, 0.0f, 1.0f);
    restyle(s, static_cast<int>(li));
  }
}

void moveLayer(ViewerState& s, uint32_t li, int delta) {
  auto it = std::find(s.order.begin(), s.order.end(), li);
  if (it == s.order.end()) return;
  long pos = it - s.order.begin();
  long to = std::clamp(pos + delta, 0L, static_cast<long>(s.order.size()) - 1);
  if (to == pos) return;
  s.order.erase(it);
  s.order.insert(s.order.begin() + to, li);
  ++s.styleRevision;
}

void setColorBy(ViewerState& s, uint32_t li, ColorMode mode, const std::string& field) {
  LayerSpec* l = specOf(s, li);
  if (!l) return;
  l->style.colorMode = mode;
  l->style.colorField = field;
  if (mode == ColorMode::Ramp) {
    if (l->style.ramp.size() < 2) l->style.ramp = {{0.99f, 0.93f, 0.70f, 1}, {0.80f, 0.25f, 0.10f, 1}};
    const Column* c = s.data->layers[li].table.column(field);
    if (c && c->numeric()) {
      double lo = 1e300, hi = -1e300;
      for (size_t r = 0; r < c->size(); ++r) {
        double v = c->asReal(r);
        if (std::isnan(v)) continue;
        lo = std::min(lo, v);
        hi = std::max(hi, v);
      }
      if (lo <= hi) {
        l->style.rampMin = lo;
        l->style.rampMax = hi > lo ? hi : lo + 1;
      }
    }
  }
  restyle(s, static_cast<int>(li));
}

void setHeightBy(ViewerState& s, uint32_t li, const std::string& field, float scale) {
  LayerSpec* l = specOf(s, li);
  if (!l) return;
  l->fields.height = field;
  l->style.heightScale = std::clamp(scale, 0.0f, 100.0f);
  restyle(s, static_cast<int>(li));
}

void setSectorVisible(ViewerState& s, const std::string& id, bool visible) {
  if (visible) s.filter.hiddenSectors.erase(id);
  else s.filter.hiddenSectors.insert(id);
  refilter(s);
  refreshFlags(s);
}

void setSubSectorVisible(ViewerState& s, const std::string& id, bool visible) {
  if (visible) s.filter.hiddenSubSectors.erase(id);
  else s.filter.hiddenSubSectors.insert(id);
  refilter(s);
  refreshFlags(s);
}

void soloSector(ViewerState& s, const std::string& id) {
  const Sector* keep = findSector(id);
  s.filter.hiddenSectors.clear();
  for (const Sector& sec : sectors())
    if (&sec != keep) s.filter.hiddenSectors.insert(std::string(sec.id));
  refilter(s);
  refreshFlags(s);
}

void setRange(ViewerState& s, const std::string& which, bool enabled, double lo, double hi) {
  RangeFilter* r = rangeByName(s.filter, which);
  if (!r) return;
  r->enabled = enabled;
  r->lo = std::min(lo, hi);
  r->hi = std::max(lo, hi);
  refilter(s);
  refreshFlags(s);
}

void setFilterHides(ViewerState& s, bool hide) {
  s.filter.hide = hide;
  refreshFlags(s);
}

void clearFilters(ViewerState& s) {
  s.filter.hiddenSectors.clear();
  s.filter.hiddenSubSectors.clear();
  s.filter.gfa.enabled = s.filter.occupancy.enabled = s.filter.floors.enabled = false;
  refilter(s);
  refreshFlags(s);
}

void flyTo(ViewerState& s, const OrbitCamera& target, double duration) {
  OrbitCamera to = target;
  to.clampTo(s.limits);
  s.fly = {true, ps::flyTo(s.camera, to, std::max(0.05, duration)), s.now};
}

OrbitCamera framedCamera(const ViewerState& s, glm::dvec2 lo, glm::dvec2 hi, glm::dvec2 viewport) {
  // Framed in the map area the panels leave free (viewer/layout.h), not under a panel:
  // the layout as it is once the flight starts (a selection opens the inspector next frame).
  const LayoutRect area = flightMapArea(s, viewport);
  const bool inArea = s.layout.current.viewport == viewport && !area.empty();
  OrbitCamera to = s.camera;
  to.frameWithContext(lo, hi, inArea ? area.w / area.h : viewport.x / std::max(viewport.y, 1.0));
  to.pitchDeg = std::max(s.camera.pitchDeg, 40.0);
  if (inArea) to = frameInArea(to, (lo + hi) * 0.5, viewport, area);
  return to;
}

void flyToFeature(ViewerState& s, FeatureRef f, glm::dvec2 viewport) {
  if (!s.data) return;
  glm::dvec2 lo, hi;
  if (!featureBounds(*s.data, f, lo, hi)) return;
  flyTo(s, framedCamera(s, lo, hi, viewport));
}

bool stepAnimation(ViewerState& s) {
  if (!s.fly.active) return false;
  const double t = s.now - s.fly.start;
  s.camera = s.fly.flight.at(t);
  if (s.fly.flight.done(t)) s.fly.active = false;
  return s.fly.active;
}

void resetView(ViewerState& s) { flyTo(s, s.home, 1.0); }

void northUp(ViewerState& s) {
  OrbitCamera to = s.camera;
  to.bearingDeg = 0;
  flyTo(s, to, 0.6);
}

void runSearch(ViewerState& s, const std::string& text) {
  s.searchText = text;
  s.searchHits = s.data ? search(*s.data, text) : std::vector<SearchHit>{};
  s.layout.searchListOpen = true;
}

void pickSearchHit(ViewerState& s, size_t index, glm::dvec2 viewport) {
  if (index >= s.searchHits.size()) return;
  FeatureRef f = s.searchHits[index].ref;
  s.layout.searchListOpen = false;  // the choice is made: the list no longer covers the map
  select(s, f, false);
  flyToFeature(s, f, viewport);
}

void toast(ViewerState& s, std::string text, bool error, double seconds) {
  if (error) s.lastError = text;
  s.toasts.push_back({std::move(text), error, s.now + seconds});
  if (s.toasts.size() > 5) s.toasts.erase(s.toasts.begin());
}

void addRecent(ViewerState& s, const std::string& path) {
  s.recent.erase(std::remove(s.recent.begin(), s.recent.end(), path), s.recent.end());
  s.recent.insert(s.recent.begin(), path);
  if (s.recent.size() > 8) s.recent.resize(8);
}

Scene sessionScene(const ViewerState& s, const geo::GeoProjector& geo) {
  Scene out = s.data->scene;
  // Layers in the current draw order.
  out.layers.clear();
  for (uint32_t li : s.order) out.layers.push_back(s.data->scene.layers[li]);
  out.camera = s.camera.toSpec(geo.toLonLat(s.camera.center + s.data->frame.origin));
  // The time shown: a whole quarter by its name, in between as its index.
  out.quarter.clear();
  if (s.time.quarter) {
    const double q = *s.time.quarter;
    if (q == std::floor(q)) {
      out.quarter = analysis::quarterLabel(static_cast<int>(q));
    } else {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.4f", q);
      out.quarter = buf;
    }
  }
  SessionSpec ss;
  ss.hiddenSectors.assign(s.filter.hiddenSectors.begin(), s.filter.hiddenSectors.end());
  ss.hiddenSubSectors.assign(s.filter.hiddenSubSectors.begin(), s.filter.hiddenSubSectors.end());
  auto getR = [](const RangeFilter& r) -> std::optional<glm::dvec2> {
    if (!r.enabled) return std::nullopt;
    return glm::dvec2(r.lo, r.hi);
  };
  ss.gfaRange = getR(s.filter.gfa);
  ss.occupancyRange = getR(s.filter.occupancy);
  ss.floorsRange = getR(s.filter.floors);
  ss.hideFiltered = s.filter.hide;
  for (const FeatureRef& f : s.selection) {
    const auto& L = s.data->layers[f.layer];
    ss.selection.emplace_back(L.spec->id, f.row < L.table.fid.size() ? L.table.fid[f.row] : static_cast<int64_t>(f.row));
  }
  ss.language = langCode(s.lang);
  out.session = ss;
  return out;
}

}  // namespace ps::viewer
