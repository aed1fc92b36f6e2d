#include "analysis/region_index.h"

#include <algorithm>
#include <cmath>

#include <geos_c.h>

#include "geometry/geos_bridge.h"

namespace ps::analysis {
namespace {

struct Prepared {
  GeosContext ctx;
  std::vector<GeosGeom> geoms;
  std::vector<const GEOSPreparedGeometry*> prepared;
  std::vector<uint32_t> ids;  // region index per tree item
  GEOSSTRtree* tree = nullptr;

  explicit Prepared(const GeometryColumn& regions) {
    GEOSContextHandle_t h = ctx.get();
    tree = GEOSSTRtree_create_r(h, 10);
    geoms.reserve(regions.featureCount());
    for (size_t r = 0; r < regions.featureCount(); ++r) {
      geoms.push_back(regions.kind[r] == GeomKind::Polygon ? toGeos(ctx, regions, r) : wrap(ctx, nullptr));
      prepared.push_back(geoms.back() ? GEOSPrepare_r(h, geoms.back().get()) : nullptr);
    }
    ids.resize(geoms.size());
    for (size_t r = 0; r < geoms.size(); ++r) {
      ids[r] = static_cast<uint32_t>(r);
      if (prepared[r]) GEOSSTRtree_insert_r(h, tree, geoms[r].get(), &ids[r]);
    }
  }
  ~Prepared() {
    GEOSContextHandle_t h = ctx.get();
    GEOSSTRtree_destroy_r(h, tree);
    for (const GEOSPreparedGeometry* p : prepared)
      if (p) GEOSPreparedGeom_destroy_r(h, p);
  }
  Prepared(const Prepared&) = delete;
  Prepared& operator=(const Prepared&) = delete;

  // Regions containing p, ascending.
  void query(glm::dvec2 p, std::vector<uint32_t>& hits) {
    hits.clear();
    if (std::isnan(p.x) || std::isnan(p.y)) return;
    GEOSContextHandle_t h = ctx.get();
    GeosGeom pt = geosPoint(ctx, p);
    struct Q {
      Prepared* self;
      const GEOSGeometry* pt;
      std::vector<uint32_t>* hits;
    } q{this, pt.get(), &hits};
    GEOSSTRtree_query_r(
        h, tree, pt.get(),
        [](void* item, void* user) {
          auto* qq = static_cast<Q*>(user);
          uint32_t r = *static_cast<uint32_t*>(item);
          if (GEOSPreparedIntersects_r(qq->self->ctx.get(), qq->self->prepared[r], qq->pt) == 1)
            qq->hits->push_back(r);
        },
        &q);
    std::sort(hits.begin(), hits.end());  // the tree's visiting order is not ours to rely on
  }
};

}  // namespace

void pointsInRegions(std::span<const glm::dvec2> points, const GeometryColumn& regions, RegionMembers& out) {
  Prepared prep(regions);
  size_t m = regions.featureCount();
  std::vector<std::vector<uint32_t>> lists(m);
  std::vector<uint32_t> hits;
  for (size_t i = 0; i < points.size(); ++i) {
    prep.query(points[i], hits);
    for (uint32_t r : hits) lists[r].push_back(static_cast<uint32_t>(i));
  }
  out.offsets.assign(1, 0);
  out.members.clear();
  for (auto& l : lists) {
    out.members.insert(out.members.end(), l.begin(), l.end());
    out.offsets.push_back(static_cast<uint32_t>(out.members.size()));
  }
}

void firstRegion(std::span<const glm::dvec2> points, const GeometryColumn& regions, std::vector<int32_t>& out) {
  Prepared prep(regions);
  out.assign(points.size(), -1);
  std::vector<uint32_t> hits;
  for (size_t i = 0; i < points.size(); ++i) {
    prep.query(points[i], hits);
    if (!hits.empty()) out[i] = static_cast<int32_t>(hits.front());
  }
}

}  // namespace ps::analysis
