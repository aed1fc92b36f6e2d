#include "geometry/point_hull.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/cancel.h"
#include "geometry/geos_convert.h"

namespace ps::geometry {

bool appendPointHull(std::span<const glm::dvec2> points, const HullOptions& opt, GeometryColumn& out,
                     glm::dvec2& anchor) {
  GeosContext ctx;
  std::vector<GEOSGeometry*> pts;
  pts.reserve(points.size());
  for (const glm::dvec2& p : points) pts.push_back(GEOSGeom_createPointFromXY_r(ctx, p.x, p.y));
  GeosPtr multi = own(ctx, GEOSGeom_createCollection_r(ctx, GEOS_MULTIPOINT, pts.data(), unsigned(pts.size())));
  GeosPtr hull = own(ctx, opt.concave ? GEOSConcaveHull_r(ctx, multi.get(), opt.concaveRatio, 0)
                                      : GEOSConvexHull_r(ctx, multi.get()));
  if (!hull) hull = own(ctx, GEOSConvexHull_r(ctx, multi.get()));
  GeosPtr area = own(ctx, hull ? GEOSBuffer_r(ctx, hull.get(), std::max(opt.buffer, 0.01), 8) : nullptr);
  if (!area) throwIfCancelled();
  if (!area || !appendPolygonal(ctx, area.get(), out)) return false;
  anchor = {std::nan(""), std::nan("")};
  if (GeosPtr a = own(ctx, GEOSPointOnSurface_r(ctx, area.get()))) {
    GEOSGeomGetX_r(ctx, a.get(), &anchor.x);
    GEOSGeomGetY_r(ctx, a.get(), &anchor.y);
  }
  return true;
}

}  // namespace ps::geometry
