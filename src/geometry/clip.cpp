#include "geometry/clip.h"

#include <memory>

#include "geometry/geos_convert.h"

namespace ps::geometry {
namespace {

GeosPtr validPolygon(const GeosContext& ctx, const GeometryColumn& col, size_t f, const char* what) {
  GeosPtr g(ctx.check(toGeos(ctx, col, f), what), GeosDeleter{ctx});
  if (GEOSisValid_r(ctx, g.get()) == 1) return g;
  return GeosPtr(ctx.check(GEOSMakeValid_r(ctx, g.get()), "repairing a polygon for clipping"), GeosDeleter{ctx});
}

}  // namespace

GeometryColumn clipPolygons(const GeometryColumn& subjects, const GeometryColumn& mask, size_t maskFeature) {
  GeosContext ctx;
  GeometryColumn out;
  if (maskFeature >= mask.featureCount() || mask.kind[maskFeature] != GeomKind::Polygon) {
    for (size_t f = 0; f < subjects.featureCount(); ++f) appendFromGeos(ctx, nullptr, out);
    return out;
  }
  GeosPtr m = validPolygon(ctx, mask, maskFeature, "converting the clip mask");
  struct PreparedDeleter {
    GEOSContextHandle_t ctx;
    void operator()(const GEOSPreparedGeometry* p) const { GEOSPreparedGeom_destroy_r(ctx, p); }
  };
  // Freed on every way out, a cancellation (ps::Cancelled from check()) included.
  std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter> prepared(GEOSPrepare_r(ctx, m.get()), PreparedDeleter{ctx});
  const GEOSPreparedGeometry* pm = prepared.get();
  for (size_t f = 0; f < subjects.featureCount(); ++f) {
    if (subjects.kind[f] != GeomKind::Polygon) {
      appendFromGeos(ctx, nullptr, out);
      continue;
    }
    GeosPtr s = validPolygon(ctx, subjects, f, "converting a polygon to clip");
    if (GEOSPreparedContains_r(ctx, pm, s.get()) == 1) {  // wholly inside: kept as it is
      appendFromGeos(ctx, s.get(), out);
      continue;
    }
    GeosPtr cut(ctx.check(GEOSIntersection_r(ctx, s.get(), m.get()), "clipping a polygon"), GeosDeleter{ctx});
    if (!appendPolygonal(ctx, cut.get(), out)) appendFromGeos(ctx, nullptr, out);
  }
  return out;
}

}  // namespace ps::geometry
