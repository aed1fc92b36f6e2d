#include "analysis/nearest.h"

#include "geometry/nearest.h"

namespace ps::analysis {

std::vector<NearestPlace> nearestPlaces(const FeatureTable& table, size_t row, const NearestSources& src) {
  std::vector<NearestPlace> out;
  auto look = [&](NearestKind kind, const FeatureTable* t, const std::function<bool(size_t)>& keep) {
    if (!t || t->size() == 0) return;
    auto notSelf = [&](size_t r) { return !(t == &table && r == row) && (!keep || keep(r)); };
    if (auto h = geometry::nearestFeature(table.geom, row, t->geom, notSelf))
      out.push_back({kind, h->row, h->distance, h->from, h->to});
  };
  look(NearestKind::Campus, src.campuses, {});
  look(NearestKind::Zone, src.zones, {});
  if (src.ecosystem) {
    const Column* kind = src.ecosystem->column(src.kindField);
    if (kind) look(NearestKind::Cluster, src.ecosystem, [kind](size_t r) { return kind->asString(r) == "named_cluster"; });
  }
  return out;
}

}  // namespace ps::analysis
