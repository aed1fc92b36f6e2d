#include "analysis/centroid.h"

#include <cmath>

namespace ps::analysis {
namespace {

// Shoelace over an open ring, relative to `o` to keep precision with 7-digit eastings.
void ringMoments(const glm::dvec2* p, size_t n, glm::dvec2 o, double& a2, glm::dvec2& c6) {
  a2 = 0;
  c6 = {0, 0};
  for (size_t i = 0; i < n; ++i) {
    glm::dvec2 u = p[i] - o, v = p[(i + 1) % n] - o;
    double cr = u.x * v.y - v.x * u.y;
    a2 += cr;
    c6 += (u + v) * cr;
  }
}

}  // namespace

glm::dvec2 featureCentroid(const GeometryColumn& g, size_t f) {
  const double nan = std::nan("");
  uint32_t p0 = g.featurePart[f], p1 = g.featurePart[f + 1];
  if (g.kind[f] == GeomKind::None || p0 == p1) return {nan, nan};
  uint32_t c0 = g.ringCoord[g.partRing[p0]], c1 = g.ringCoord[g.partRing[p1]];
  if (c0 == c1) return {nan, nan};
  if (g.kind[f] == GeomKind::Point) return g.coords[c0];

  glm::dvec2 o = g.coords[c0];
  glm::dvec2 mean{0, 0};
  for (uint32_t c = c0; c < c1; ++c) mean += g.coords[c] - o;
  mean = mean / double(c1 - c0) + o;
  if (g.kind[f] != GeomKind::Polygon) return mean;

  double area2 = 0;
  glm::dvec2 moment{0, 0};
  for (uint32_t p = p0; p < p1; ++p)
    for (uint32_t r = g.partRing[p]; r < g.partRing[p + 1]; ++r) {
      if (g.ringCoord[r + 1] - g.ringCoord[r] < 3) continue;
      double a2;
      glm::dvec2 c6;
      ringMoments(&g.coords[g.ringCoord[r]], g.ringCoord[r + 1] - g.ringCoord[r], o, a2, c6);
      // Shells count positive and holes negative whatever their winding.
      bool shell = r == g.partRing[p];
      double sign = ((a2 >= 0) == shell) ? 1.0 : -1.0;
      area2 += sign * a2;
      moment += sign * c6;
    }
  if (std::abs(area2) < 1e-12) return mean;
  return moment / (3.0 * area2) + o;
}

void featureCentroids(const GeometryColumn& geom, std::vector<glm::dvec2>& out) {
  out.resize(geom.featureCount());
  for (size_t f = 0; f < out.size(); ++f) out[f] = featureCentroid(geom, f);
}

}  // namespace ps::analysis
