#include "geometry/outline.h"

#include <glm/geometric.hpp>

namespace ps::geometry {
namespace {

// `along`: metres from the ring's first vertex to a (advanced past b on return).
void addSegment(const glm::vec2& a, const glm::vec2& b, float top, uint32_t feature, double& along, LineBucket& out) {
  if (a == b) return;
  const auto base = static_cast<uint32_t>(out.vertices.size());
  const float sa = static_cast<float>(along);
  along += glm::length(glm::dvec2(b) - glm::dvec2(a));
  const float sb = -static_cast<float>(along);
  out.vertices.push_back({a, b, +1.0f, top, feature, sa});  // 0: left of a->b
  out.vertices.push_back({a, b, -1.0f, top, feature, sa});  // 1: right of a->b
  out.vertices.push_back({b, a, +1.0f, top, feature, sb});  // 2: left of b->a = right of a->b
  out.vertices.push_back({b, a, -1.0f, top, feature, sb});  // 3: right of b->a = left of a->b
  out.indices.insert(out.indices.end(), {base + 1, base + 2, base + 3, base + 1, base + 3, base + 0});
}

}  // namespace

void buildOutlines(const FeatureTable& t, const LocalFrame& frame, bool onRoof, LineBucket& out) {
  out.vertices.clear();
  out.indices.clear();
  out.featureCount = t.size();

  const GeometryColumn& g = t.geom;
  // At most one segment per coordinate: grow once, not by doubling.
  out.vertices.reserve(4 * g.coords.size());
  out.indices.reserve(6 * g.coords.size());
  const float top = onRoof ? 1.0f : 0.0f;
  for (size_t f = 0; f < g.featureCount(); ++f) {
    const GeomKind kind = g.kind[f];
    if (kind != GeomKind::Polygon && kind != GeomKind::Line) continue;
    const bool closed = kind == GeomKind::Polygon;
    const auto feature = static_cast<uint32_t>(f);
    for (uint32_t r = g.partRing[g.featurePart[f]]; r < g.partRing[g.featurePart[f + 1]]; ++r) {
      const uint32_t c0 = g.ringCoord[r], c1 = g.ringCoord[r + 1];
      if (c1 - c0 < 2) continue;
      double along = 0;
      for (uint32_t c = c0; c + 1 < c1; ++c)
        addSegment(frame.toLocal(g.coords[c]), frame.toLocal(g.coords[c + 1]), top, feature, along, out);
      if (closed && c1 - c0 >= 3)
        addSegment(frame.toLocal(g.coords[c1 - 1]), frame.toLocal(g.coords[c0]), top, feature, along, out);
    }
  }
}

}  // namespace ps::geometry
