#include "geometry/polygon_index.h"

#include <algorithm>
#include <cmath>

#include "geometry/geos_convert.h"

namespace ps::geometry {

struct PolygonIndex::Impl {
  GeosContext ctx;
  std::vector<GeosPtr> geoms;
  std::vector<const GEOSPreparedGeometry*> prepared;
  std::vector<uint32_t> ids;  // feature index per tree item
  GEOSSTRtree* tree = nullptr;

  ~Impl() {
    GEOSSTRtree_destroy_r(ctx, tree);
    for (const GEOSPreparedGeometry* p : prepared)
      if (p) GEOSPreparedGeom_destroy_r(ctx, p);
  }
};

PolygonIndex::PolygonIndex(const GeometryColumn& polygons) : impl_(std::make_unique<Impl>()) {
  Impl& m = *impl_;
  GEOSContextHandle_t h = m.ctx;
  m.tree = GEOSSTRtree_create_r(h, 10);
  m.geoms.reserve(polygons.featureCount());
  for (size_t r = 0; r < polygons.featureCount(); ++r) {
    GeosPtr g = own(h, polygons.kind[r] == GeomKind::Polygon ? toGeos(h, polygons, r) : nullptr);
    if (g && GEOSisEmpty_r(h, g.get()) != 0) g.reset();
    m.prepared.push_back(g ? GEOSPrepare_r(h, g.get()) : nullptr);
    m.geoms.push_back(std::move(g));
  }
  m.ids.resize(m.geoms.size());
  for (size_t r = 0; r < m.geoms.size(); ++r) {
    m.ids[r] = static_cast<uint32_t>(r);
    if (m.prepared[r]) GEOSSTRtree_insert_r(h, m.tree, m.geoms[r].get(), &m.ids[r]);
  }
}

PolygonIndex::~PolygonIndex() = default;

void PolygonIndex::containing(glm::dvec2 p, std::vector<uint32_t>& hits) const {
  hits.clear();
  if (std::isnan(p.x) || std::isnan(p.y)) return;
  const Impl& m = *impl_;
  GeosPtr pt = own(m.ctx, GEOSGeom_createPointFromXY_r(m.ctx, p.x, p.y));
  struct Query {
    const Impl* index;
    const GEOSGeometry* pt;
    std::vector<uint32_t>* hits;
  } q{&m, pt.get(), &hits};
  GEOSSTRtree_query_r(
      m.ctx, m.tree, pt.get(),
      [](void* item, void* user) {
        auto* qq = static_cast<Query*>(user);
        uint32_t r = *static_cast<uint32_t*>(item);
        if (GEOSPreparedIntersects_r(qq->index->ctx, qq->index->prepared[r], qq->pt) == 1) qq->hits->push_back(r);
      },
      &q);
  std::sort(hits.begin(), hits.end());  // the tree's visiting order is not ours to rely on
}

}  // namespace ps::geometry
