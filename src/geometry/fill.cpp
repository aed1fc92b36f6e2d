#include "geometry/fill.h"

#include "geometry/triangulate.h"

namespace ps::geometry {

void buildFill(const FeatureTable& t, const LocalFrame& frame, FillBucket& out) {
  out.vertices.clear();
  out.indices.clear();
  out.featureCount = t.size();

  const GeometryColumn& g = t.geom;
  Triangulator tri;
  std::vector<glm::dvec2> verts;
  std::vector<uint32_t> idx;
  for (size_t f = 0; f < g.featureCount(); ++f) {
    if (g.kind[f] != GeomKind::Polygon) continue;
    const auto feature = static_cast<uint32_t>(f);
    for (uint32_t p = g.featurePart[f]; p < g.featurePart[f + 1]; ++p) {
      verts.clear();
      idx.clear();
      const uint32_t r0 = g.partRing[p], r1 = g.partRing[p + 1];
      if (tri.triangulate(g.coords.data(), &g.ringCoord[r0], r1 - r0, verts, idx) == 0) continue;
      const auto base = static_cast<uint32_t>(out.vertices.size());
      for (const glm::dvec2& v : verts) out.vertices.push_back({frame.toLocal(v), feature});
      for (uint32_t i : idx) out.indices.push_back(base + i);
    }
  }
}

}  // namespace ps::geometry
