#include "viewer/nearest.h"

#include "analysis/nearest.h"
#include "geo/lonlat_projector.h"
#include "geo/measure.h"

namespace ps::viewer {
namespace {

std::optional<uint32_t> layerById(const data::SceneData& d, const char* id) {
  for (uint32_t li = 0; li < d.layers.size(); ++li)
    if (d.layers[li].spec && d.layers[li].spec->id == id) return li;
  return std::nullopt;
}

}  // namespace

void nearestRefresh(ViewerState& s, const geo::GeoProjector* geo) {
  NearestInfo& n = s.nearest;
  if (n.selectionRevision == s.selectionRevision && n.sceneRevision == s.sceneRevision) return;
  n.selectionRevision = s.selectionRevision;
  n.sceneRevision = s.sceneRevision;
  n.of.reset();
  n.items.clear();
  if (!s.data || s.selection.empty()) return;
  const FeatureRef f = s.selection.back();
  const data::SceneData& d = *s.data;
  const auto campuses = layerById(d, "universities"), zones = layerById(d, "zones"), eco = layerById(d, "ecosystem");
  analysis::NearestSources src;
  if (campuses) src.campuses = &d.layers[*campuses].table;
  if (zones) src.zones = &d.layers[*zones].table;
  if (eco) src.ecosystem = &d.layers[*eco].table;
  n.of = f;
  std::vector<analysis::NearestPlace> places;
  try {
    places = analysis::nearestPlaces(d.layers[f.layer].table, f.row, src);
  } catch (const std::exception&) {
    return;  // a geometry GEOS cannot read: no nearest lines
  }
  for (const analysis::NearestPlace& p : places) {
    NearestItem it;
    const uint32_t li = p.kind == analysis::NearestKind::Campus ? *campuses
                        : p.kind == analysis::NearestKind::Zone ? *zones
                                                                : *eco;
    it.kindKey = p.kind == analysis::NearestKind::Campus ? "nearest.campus"
                 : p.kind == analysis::NearestKind::Zone ? "nearest.zone"
                                                         : "nearest.cluster";
    it.target = {li, static_cast<uint32_t>(p.row)};
    it.inside = p.planar == 0.0;
    it.metres = it.inside ? 0.0 : geo ? geo::geodesicLength({geo->toLonLat(p.from), geo->toLonLat(p.to)}) : p.planar;
    n.items.push_back(std::move(it));
  }
}

}  // namespace ps::viewer
