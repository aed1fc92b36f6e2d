#include "geometry/disc_union.h"

#include <algorithm>
#include <vector>

#include "core/cancel.h"
#include "geometry/geos_convert.h"

namespace ps::geometry {

bool appendDiscUnion(std::span<const glm::dvec2> centres, double radius, int segmentsPerQuarter,
                     GeometryColumn& out) {
  if (centres.empty()) return false;
  GeosContext ctx;
  std::vector<GEOSGeometry*> discs;
  for (const glm::dvec2& c : centres) {
    GeosPtr p = own(ctx, GEOSGeom_createPointFromXY_r(ctx, c.x, c.y));
    GEOSGeometry* disc = GEOSBuffer_r(ctx, p.get(), radius, std::max(1, segmentsPerQuarter));
    if (!disc) {  // interrupted (core/cancel.h) or failed: the discs made so far are ours to free
      for (GEOSGeometry* d : discs) GEOSGeom_destroy_r(ctx, d);
      throwIfCancelled();
      return false;
    }
    discs.push_back(disc);
  }
  GeosPtr all = own(ctx, GEOSGeom_createCollection_r(ctx, GEOS_GEOMETRYCOLLECTION, discs.data(), unsigned(discs.size())));
  GeosPtr shape = own(ctx, discs.size() > 1 ? GEOSUnaryUnion_r(ctx, all.get()) : GEOSGeom_clone_r(ctx, discs[0]));
  if (!shape) throwIfCancelled();
  return shape && appendPolygonal(ctx, shape.get(), out);
}

}  // namespace ps::geometry
