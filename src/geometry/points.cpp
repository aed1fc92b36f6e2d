#include "geometry/points.h"

namespace ps::geometry {

void buildPoints(const FeatureTable& t, const LocalFrame& frame, PointBucket& out) {
  out.points.clear();
  out.featureCount = t.size();
  const GeometryColumn& g = t.geom;
  for (size_t f = 0; f < g.featureCount(); ++f) {
    if (g.kind[f] != GeomKind::Point) continue;
    const uint32_t c0 = g.ringCoord[g.partRing[g.featurePart[f]]];
    const uint32_t c1 = g.ringCoord[g.partRing[g.featurePart[f + 1]]];
    for (uint32_t c = c0; c < c1; ++c) out.points.push_back({frame.toLocal(g.coords[c]), static_cast<uint32_t>(f)});
  }
}

}  // namespace ps::geometry
