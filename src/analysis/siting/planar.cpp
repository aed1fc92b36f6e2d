#include "analysis/siting/planar.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include <glm/common.hpp>

#include "geometry/planar.h"

namespace ps::siting {
namespace {

double segmentDistance(const glm::dvec2& p, const glm::dvec2& a, const glm::dvec2& b) {
  glm::dvec2 ab = b - a, ap = p - a;
  double len2 = ab.x * ab.x + ab.y * ab.y;
  double t = len2 > 0 ? std::clamp((ap.x * ab.x + ap.y * ab.y) / len2, 0.0, 1.0) : 0.0;
  glm::dvec2 q = a + t * ab - p;
  return std::sqrt(q.x * q.x + q.y * q.y);
}

double ringSignedArea(const glm::dvec2* c, size_t n) {
  double a = 0;
  for (size_t i = 0, j = n - 1; i < n; j = i++) a += c[j].x * c[i].y - c[i].x * c[j].y;
  return a / 2;
}

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
    double ra = std::abs(ringSignedArea(&g.coords[b], e - b));
    a += r == g.partRing[part] ? ra : -ra;
  }
  return a;
}

}  // namespace

void Box::add(const glm::dvec2& p) {
  if (empty()) {
    lo = hi = p;
    return;
  }
  lo = glm::min(lo, p);
  hi = glm::max(hi, p);
}

double Box::distance(const glm::dvec2& p) const {
  double dx = std::max({lo.x - p.x, 0.0, p.x - hi.x});
  double dy = std::max({lo.y - p.y, 0.0, p.y - hi.y});
  return std::sqrt(dx * dx + dy * dy);
}

Box featureBox(const GeometryColumn& g, size_t f) {
  Box b;
  uint32_t r0 = g.partRing[g.featurePart[f]], r1 = g.partRing[g.featurePart[f + 1]];
  for (uint32_t i = g.ringCoord[r0]; i < g.ringCoord[r1]; ++i) b.add(g.coords[i]);
  return b;
}

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

bool containsPoint(const GeometryColumn& g, size_t f, const glm::dvec2& p) {
  if (g.kind[f] != GeomKind::Polygon) return false;
  for (uint32_t part = g.featurePart[f]; part < g.featurePart[f + 1]; ++part)
    if (partContains(g, part, p)) return true;
  return false;
}

double distanceToFeature(const GeometryColumn& g, size_t f, const glm::dvec2& p) {
  if (containsPoint(g, f, p)) return 0.0;
  double best = std::numeric_limits<double>::infinity();
  for (uint32_t part = g.featurePart[f]; part < g.featurePart[f + 1]; ++part)
    for (uint32_t r = g.partRing[part]; r < g.partRing[part + 1]; ++r) {
      uint32_t b = g.ringCoord[r], e = g.ringCoord[r + 1];
      if (e == b) continue;
      if (e - b == 1) {
        best = std::min(best, segmentDistance(p, g.coords[b], g.coords[b]));
        continue;
      }
      bool closed = g.kind[f] == GeomKind::Polygon;
      for (uint32_t i = b + 1; i < e; ++i) best = std::min(best, segmentDistance(p, g.coords[i - 1], g.coords[i]));
      if (closed) best = std::min(best, segmentDistance(p, g.coords[e - 1], g.coords[b]));
    }
  return best;
}

double featureArea(const GeometryColumn& g, size_t f) {
  if (g.kind[f] != GeomKind::Polygon) return 0;
  double a = 0;
  for (uint32_t part = g.featurePart[f]; part < g.featurePart[f + 1]; ++part) a += partArea(g, part);
  return a;
}

}  // namespace ps::siting
