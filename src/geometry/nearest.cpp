#include "geometry/nearest.h"

#include <glm/common.hpp>
#include <glm/geometric.hpp>

#include "geometry/geos_convert.h"
#include "geometry/planar.h"

namespace ps::geometry {

std::optional<NearestHit> nearestFeature(const GeometryColumn& source, size_t row, const GeometryColumn& targets,
                                         const std::function<bool(size_t)>& keep) {
  if (row >= source.featureCount()) return std::nullopt;
  GeosContext ctx;
  GeosPtr a(ctx.check(toGeos(ctx, source, row), "converting the feature to measure from"), GeosDeleter{ctx});
  if (GEOSisEmpty_r(ctx, a.get()) != 0) return std::nullopt;
  const Box box = featureBounds(source, row);
  std::optional<NearestHit> best;
  for (size_t t = 0; t < targets.featureCount(); ++t) {
    if (keep && !keep(t)) continue;
    // A box farther than the best so far cannot hold a nearer feature.
    const Box tb = featureBounds(targets, t);
    if (tb.empty()) continue;
    if (best) {
      const glm::dvec2 gap = glm::max(glm::max(tb.min - box.max, box.min - tb.max), glm::dvec2(0));
      if (glm::dot(gap, gap) > best->distance * best->distance) continue;
    }
    GeosPtr b(ctx.check(toGeos(ctx, targets, t), "converting a feature to measure to"), GeosDeleter{ctx});
    if (GEOSisEmpty_r(ctx, b.get()) != 0) continue;
    double d = 0;
    if (GEOSDistance_r(ctx, a.get(), b.get(), &d) != 1) ctx.check(nullptr, "distance");
    if (best && d >= best->distance) continue;
    GEOSCoordSequence* seq = GEOSNearestPoints_r(ctx, a.get(), b.get());
    if (!seq) ctx.check(nullptr, "nearest points");
    NearestHit h;
    h.row = t;
    h.distance = d;
    GEOSCoordSeq_getXY_r(ctx, seq, 0, &h.from.x, &h.from.y);
    GEOSCoordSeq_getXY_r(ctx, seq, 1, &h.to.x, &h.to.y);
    GEOSCoordSeq_destroy_r(ctx, seq);
    best = h;
  }
  return best;
}

}  // namespace ps::geometry
