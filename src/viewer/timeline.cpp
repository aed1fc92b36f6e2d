#include "viewer/timeline.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <string>

#include "analysis/centroid.h"
#include "analysis/facts.h"
#include "analysis/occupancy.h"
#include "analysis/quarters.h"
#include "analysis/region_index.h"
#include "viewer/feature_text.h"

namespace ps::viewer {
namespace {

bool hasQuarterColumns(const FeatureTable& t) {
  const analysis::QuarterColumns q = analysis::findOccupancyColumns(t);
  return std::any_of(q.begin(), q.end(), [](const Column* c) { return c != nullptr; });
}

// The park a feature names: its park role, else (for a layer of parks) its id.
std::string parkKeyOf(const data::LoadedLayer& L, uint32_t row) {
  const FieldRoles& r = L.spec->fields;
  for (const std::string* f : {&r.park, &r.id})
    if (!f->empty())
      if (const Column* c = L.table.column(*f); c && !c->isNull(row)) return c->asString(row);
  return {};
}

void copyFeature(const GeometryColumn& g, size_t f, GeometryColumn& out) {
  out.beginFeature(g.kind[f]);
  for (uint32_t p = g.featurePart[f]; p < g.featurePart[f + 1]; ++p) {
    out.beginPart();
    for (uint32_t r = g.partRing[p]; r < g.partRing[p + 1]; ++r)
      out.addRing(g.coords.data() + g.ringCoord[r], g.ringCoord[r + 1] - g.ringCoord[r]);
  }
  out.endFeature();
}

}  // namespace

int timelineLayer(const ViewerState& s) {
  if (!s.data) return -1;
  int first = -1;
  for (size_t li = 0; li < s.data->layers.size(); ++li) {
    const auto& L = s.data->layers[li];
    if (L.spec->kind != LayerKind::Extrusion || !hasQuarterColumns(L.table)) continue;
    if (L.spec->visible) return static_cast<int>(li);
    if (first < 0) first = static_cast<int>(li);
  }
  return first;
}

void timelineRows(const ViewerState& s, int layer, std::vector<uint32_t>& rows, std::string& scopeKey,
                  std::string& scopeName) {
  rows.clear();
  scopeName.clear();
  if (!s.data || layer < 0) {
    scopeKey = "time.scope_all";
    return;
  }
  const data::LoadedLayer& B = s.data->layers[static_cast<size_t>(layer)];
  const size_t n = B.table.size();
  if (s.selection.empty()) {
    const bool filtered = s.filter.active() && static_cast<size_t>(layer) < s.filterPass.size();
    scopeKey = filtered ? "time.scope_filtered" : "time.scope_all";
    if (filtered)
      for (uint32_t r = 0; r < n; ++r)
        if (r < s.filterPass[static_cast<size_t>(layer)].size() && s.filterPass[static_cast<size_t>(layer)][r]) rows.push_back(r);
    return;
  }
  scopeKey = "time.scope_selection";
  scopeName = featureName(s, s.selection.front());
  if (s.selection.size() > 1) scopeName += " +" + std::to_string(s.selection.size() - 1);

  std::set<uint32_t> picked;
  std::set<std::string> parks;
  std::vector<glm::dvec2> centroids;  // of the buildings, computed once when a polygon asks
  const Column* parkCol = analysis::roleColumn(B.table, B.spec->fields.park, "park_id");
  for (const FeatureRef& f : s.selection) {
    if (f.layer == static_cast<uint32_t>(layer)) {
      picked.insert(f.row);
      continue;
    }
    const data::LoadedLayer& L = s.data->layers[f.layer];
    if (const std::string key = parkKeyOf(L, f.row); !key.empty() && parkCol) {
      bool any = false;
      for (uint32_t r = 0; r < n; ++r)
        if (!parkCol->isNull(r) && parkCol->asString(r) == key) {
          picked.insert(r);
          any = true;
        }
      if (any) {
        parks.insert(key);
        continue;
      }
    }
    if (f.row >= L.table.size() || L.table.geom.kind[f.row] != GeomKind::Polygon) continue;
    if (centroids.empty()) analysis::featureCentroids(B.table.geom, centroids);
    // Only this one polygon: a column holding it alone.
    GeometryColumn one;
    copyFeature(L.table.geom, f.row, one);
    analysis::RegionMembers m;
    analysis::pointsInRegions(centroids, one, m);
    for (uint32_t r : m.of(0)) picked.insert(r);
  }
  rows.assign(picked.begin(), picked.end());
}

void updateTimeline(ViewerState& s) {
  OccupancySeries& ts = s.timeline;
  if (ts.selectionRevision == s.selectionRevision && ts.sceneRevision == s.sceneRevision) {
    // A language switch renames the selection (its English name), nothing else.
    if (ts.lang != s.lang && !s.selection.empty() && !ts.scopeName.empty()) {
      ts.scopeName = featureName(s, s.selection.front());
      if (s.selection.size() > 1) ts.scopeName += " +" + std::to_string(s.selection.size() - 1);
    }
    ts.lang = s.lang;
    return;
  }
  ts.lang = s.lang;
  ts.selectionRevision = s.selectionRevision;
  ts.sceneRevision = s.sceneRevision;
  ts.t.clear();
  ts.occupancy.clear();
  ts.buildings = 0;
  ts.layer = timelineLayer(s);
  std::vector<uint32_t> rows;
  timelineRows(s, ts.layer, rows, ts.scopeKey, ts.scopeName);
  if (ts.layer < 0) return;
  const data::LoadedLayer& B = s.data->layers[static_cast<size_t>(ts.layer)];
  const bool everything = s.selection.empty() && ts.scopeKey == "time.scope_all";
  if (!everything && rows.empty()) return;  // the selection holds no building: no curve rather than the city's
  try {
    analysis::occupancyOverTime(B.table, B.spec->fields, rows, kTimelineSteps, ts.t, ts.occupancy);
  } catch (const std::exception&) {
    ts.t.clear();
    ts.occupancy.clear();
    return;
  }
  ts.buildings = everything ? B.table.size() : rows.size();
}

double timelineValueAt(const OccupancySeries& series, double t) {
  const size_t n = series.t.size();
  if (n == 0 || !(t >= series.t.front()) || !(t <= series.t.back())) return std::nan("");
  const auto it = std::upper_bound(series.t.begin(), series.t.end(), t);
  if (it == series.t.end()) return series.occupancy.back();
  const size_t i = static_cast<size_t>(it - series.t.begin());
  if (i == 0) return series.occupancy.front();
  const double t0 = series.t[i - 1], t1 = series.t[i];
  const double a = (t - t0) / (t1 - t0);
  return series.occupancy[i - 1] * (1 - a) + series.occupancy[i] * a;
}

}  // namespace ps::viewer
