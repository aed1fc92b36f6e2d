#include "geometry/disc_union.h"

#include <algorithm>
#include <vector>

#include "geometry/geos_convert.h"

namespace ps::geometry {

bool appendDiscUnion(std::span<const glm::dvec2> centres, double radius, int segmentsPerQuarter,
                     GeometryColumn& out) {
  if (centres.empty()) return false;
  GeosContext ctx;
  std::vector<GEOSGeometry*> discs;
  for (const glm::dvec2& c : centres) {
    GeosPtr p = own(ctx, GEOSGeom_createPointFromXY_r(ctx, c.x, c.y));
    discs.push_back(GEOSBuffer_r(ctx, p.get(), radius, std::max(1, segmentsPerQuarter)));
  }
  GeosPtr all = own(ctx, GEOSGeom_createCollection_r(ctx, GEOS_GEOMETRYCOLLECTION, discs.data(), unsigned(discs.size())));
  GeosPtr shape = own(ctx, discs.size() > 1 ? GEOSUnaryUnion_r(ctx, all.get()) : GEOSGeom_clone_r(ctx, discs[0]));
  return shape && appendPolygonal(ctx, shape.get(), out);
}

}  // namespace ps::geometry
