#include "analysis/siting/planar.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include <glm/common.hpp>

#include "geometry/planar.h"

namespace ps::siting {
namespace {

bool partContains(const GeometryColumn& g, size_t part, const glm::dvec2& p) {
  bool in = false;
  for (uint32_t r = g.partRing[part]; r < g.partRing[part + 1]; ++r) {
    uint32_t b = g.ringCoord[r], e = g.ringCoord[r + 1];
    if (e - b >= 3 && geometry::pointInRing(&g.coords[b], e - b, p)) in = !in;
  }
  return in;
}

double partArea(const GeometryColumn& g, size_t part) {
  double a = 0;
  for (uint32_t r = g.partRing[part]; r < g.partRing[part + 1]; ++r) {
    uint32_t b = g.ringCoord[r], e = g.ringCoord[r + 1];
    if (e - b < 3) continue;
    double ra = std::abs(geometry::ringSignedArea(&g.coords[b], e - b));
    a += r == g.partRing[part] ? ra : -ra;
  }
  return a;
}

}  // namespace

glm::dvec2 featureAnchor(const GeometryColumn& g, size_t f) {
  uint32_t p0 = g.featurePart[f], p1 = g.featurePart[f + 1];
  if (p0 == p1) return {std::nan(""), std::nan("")};
  if (g.kind[f] != GeomKind::Polygon) return g.coords[g.ringCoord[g.partRing[p0]]];
  size_t best = p0;
  double bestArea = -1;
  for (uint32_t p = p0; p < p1; ++p) {
    double a = partArea(g, p);
    if (a > bestArea) bestArea = a, best = p;
  }
  uint32_t sb = g.ringCoord[g.partRing[best]], se = g.ringCoord[g.partRing[best] + 1];
  const glm::dvec2* c = &g.coords[sb];
  size_t n = se - sb;
  if (n < 3) return c[0];
  // Centroid relative to the first vertex keeps precision at 1e6-metre coordinates.
  glm::dvec2 o = c[0], acc{0, 0};
  double a2 = 0;
  for (size_t i = 0, j = n - 1; i < n; j = i++) {
    glm::dvec2 pj = c[j] - o, pi = c[i] - o;
    double cr = pj.x * pi.y - pi.x * pj.y;
    a2 += cr;
    acc += (pj + pi) * cr;
  }
  glm::dvec2 centroid = a2 != 0 ? o + acc / (3 * a2) : o;
  if (partContains(g, best, centroid)) return centroid;
  // Concave part: midpoint of the widest inside span on the centroid's row.
  std::vector<double> xs;
  for (uint32_t r = g.partRing[best]; r < g.partRing[best + 1]; ++r) {
    uint32_t b = g.ringCoord[r], e = g.ringCoord[r + 1];
    for (uint32_t i = b, j = e - 1; i < e; j = i++) {
      const glm::dvec2 &u = g.coords[i], &v = g.coords[j];
      if ((u.y > centroid.y) != (v.y > centroid.y))
        xs.push_back(v.x + (centroid.y - v.y) * (u.x - v.x) / (u.y - v.y));
    }
  }
  std::sort(xs.begin(), xs.end());
  double bestW = -1;
  glm::dvec2 out = c[0];
  for (size_t i = 0; i + 1 < xs.size(); i += 2)
    if (xs[i + 1] - xs[i] > bestW) bestW = xs[i + 1] - xs[i], out = {(xs[i] + xs[i + 1]) / 2, centroid.y};
  return out;
}

}  // namespace ps::siting
