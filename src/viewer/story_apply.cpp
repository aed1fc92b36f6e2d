#include "viewer/story_apply.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <set>

#include "analysis/centroid.h"
#include "core/sectors.h"
#include "data/quarter_option.h"
#include "geo/lonlat_projector.h"
#include "viewer/commands.h"
#include "viewer/overlays.h"

namespace ps::viewer {
namespace {

// The row of each id value in layer `li`.
std::vector<std::pair<std::string, uint32_t>> findRows(const data::LoadedLayer& L, const std::vector<std::string>& ids) {
  std::vector<std::pair<std::string, uint32_t>> out;
  const std::set<std::string> want(ids.begin(), ids.end());
  const Column* col = L.spec->fields.id.empty() ? nullptr : L.table.column(L.spec->fields.id);
  for (size_t r = 0; r < L.table.size(); ++r) {
    std::string v = col ? col->asString(r) : (r < L.table.fid.size() ? std::to_string(L.table.fid[r]) : "");
    if (want.count(v)) out.emplace_back(std::move(v), static_cast<uint32_t>(r));
  }
  return out;
}

std::string featureName(const ViewerState& s, const data::LoadedLayer& L, uint32_t row) {
  const FieldRoles& f = L.spec->fields;
  const std::string& role = s.lang == Lang::En && !f.nameEn.empty() ? f.nameEn : f.name;
  const Column* c = role.empty() ? nullptr : L.table.column(role);
  return c ? c->asString(row) : std::string();
}

bool sameDerived(const DerivedSpec& a, const DerivedSpec& b) {
  return a.hexSize == b.hexSize && a.hexHeightScale == b.hexHeightScale && a.eps == b.eps &&
         a.minPoints == b.minPoints && a.classes == b.classes && a.heightByCount == b.heightByCount &&
         a.shareOf == b.shareOf && a.concave == b.concave && a.metric == b.metric && a.quantile == b.quantile;
}

void applyFilter(ViewerState& s, const story::StoryFilter& f) {
  std::set<std::string> hidden;
  if (!f.sectors.empty())
    for (const Sector& sec : sectors())
      if (std::find(f.sectors.begin(), f.sectors.end(), sec.id) == f.sectors.end()) hidden.emplace(sec.id);
  for (const Sector& sec : sectors()) {
    const std::string id(sec.id);
    if (hidden.count(id) != s.filter.hiddenSectors.count(id)) setSectorVisible(s, id, !hidden.count(id));
  }
  for (const std::string& sub : std::set<std::string>(s.filter.hiddenSubSectors)) setSubSectorVisible(s, sub, true);
  const auto range = [&](const char* which, RangeFilter& cur, const std::optional<story::RangeSpec>& want) {
    const bool on = want.has_value();
    const double lo = on ? want->lo : cur.min, hi = on ? want->hi : cur.max;
    if (cur.enabled != on || (on && (cur.lo != lo || cur.hi != hi))) setRange(s, which, on, lo, hi);
  };
  range("gfa", s.filter.gfa, f.gfa);
  range("occupancy", s.filter.occupancy, f.occupancy);
  range("floors", s.filter.floors, f.floors);
  if (s.filter.hide != f.hide) setFilterHides(s, f.hide);
}

void applyTime(ViewerState& s, const std::optional<double>& quarter) {
  std::optional<double> want = quarter;
  if (!want) {
    try {
      want = data::sceneQuarter(s.data->scene);
    } catch (const std::exception&) {
      want.reset();  // reported when the scene loaded
    }
  }
  if (s.time.playing) setPlaying(s, false);
  if (s.time.quarter != want) setQuarter(s, want);
}

}  // namespace

story::ToLocal storyToLocal(const ViewerState& s) {
  auto geo = std::make_shared<geo::GeoProjector>(s.data->scene.crs);
  const glm::dvec2 origin = s.data->frame.origin;
  return [geo, origin](glm::dvec2 ll) { return geo->toScene(ll) - origin; };
}

StoryMarks resolveStoryMarks(const ViewerState& s, const story::Frame& f) {
  StoryMarks m;
  if (!s.data) return m;
  const glm::dvec2 origin = s.data->frame.origin;
  for (const story::FeatureList& fl : f.highlight) {
    const auto li = layerIndex(s, fl.layer);
    if (!li) continue;
    const data::LoadedLayer& L = s.data->layers[*li];
    const auto rows = findRows(L, fl.ids);
    for (const std::string& id : fl.ids)
      if (std::none_of(rows.begin(), rows.end(), [&](const auto& r) { return r.first == id; }))
        m.missing.push_back(fl.layer + ":" + id);
    for (const auto& [id, row] : rows) {
      m.highlight.push_back({*li, row});
      if (fl.label)
        m.notes.push_back({analysis::featureCentroid(L.table.geom, row) - origin, featureName(s, L, row), false});
    }
  }
  if (f.callout) {
    const auto li = layerIndex(s, f.callout->layer);
    const auto rows = li ? findRows(s.data->layers[*li], {f.callout->id}) : decltype(findRows(s.data->layers[0], {})){};
    if (rows.empty()) {
      m.missing.push_back(f.callout->layer + ":" + f.callout->id);
    } else {
      const std::string& text = s.lang == Lang::En && !f.callout->textEn.empty() ? f.callout->textEn : f.callout->text;
      m.notes.push_back({analysis::featureCentroid(s.data->layers[*li].table.geom, rows[0].second) - origin, text, true});
    }
  }
  return m;
}

void applyStoryFrame(ViewerState& s, const story::Frame& f, const StoryMarks& marks) {
  if (!s.data) return;
  for (const story::LayerFrame& lf : f.layers) {
    const auto li = layerIndex(s, lf.id);
    if (!li) continue;
    const LayerSpec& spec = s.data->scene.layers[*li];
    if (spec.visible != lf.visible) setLayerVisible(s, *li, lf.visible);
    if (std::abs(spec.style.opacity - lf.opacity) > 1e-6f) setLayerOpacity(s, *li, lf.opacity);
  }
  applyFilter(s, f.filter);
  const std::optional<int> wholeBefore = s.time.wholeQuarter();
  const bool derivedFresh = s.time.revision == s.derivedTimeRevision;
  applyTime(s, f.quarter);
  for (const story::OverlayFrame& o : f.overlays) {
    const auto li = layerIndex(s, o.layer);
    if (li && !sameDerived(s.data->scene.layers[*li].derived, o.params)) setDerivedParams(s, *li, o.params);
  }
  // Overlays carry vacancy at the whole quarter (derivedQuarter): recomputed
  // when it changes, and still current while a play range moves within one.
  if (s.time.wholeQuarter() != wholeBefore || !derivedFresh) refreshDerivedForTime(s);
  else s.derivedTimeRevision = s.time.revision;
  if (s.highlight != marks.highlight) setHighlight(s, marks.highlight);
  s.fly.active = false;
  s.camera = f.camera;
}

}  // namespace ps::viewer
