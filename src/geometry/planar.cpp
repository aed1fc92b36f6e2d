#include "geometry/planar.h"

#include <algorithm>
#include <cmath>

namespace ps::geometry {
namespace {

double cross(const glm::dvec2& a, const glm::dvec2& b, const glm::dvec2& c) {
  return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
}

}  // namespace

double ringSignedArea(const glm::dvec2* ring, size_t n) {
  if (n < 3) return 0.0;
  const glm::dvec2 o = ring[0];
  double sum = 0.0;
  for (size_t i = 1; i + 1 < n; ++i) sum += cross(o, ring[i], ring[i + 1]);
  return 0.5 * sum;
}

bool pointInRing(const glm::dvec2* c, size_t n, const glm::dvec2& p) {
  bool in = false;
  for (size_t i = 0, j = n - 1; i < n; j = i++) {
    if ((c[i].y > p.y) != (c[j].y > p.y)) {
      double x = c[j].x + (p.y - c[j].y) * (c[i].x - c[j].x) / (c[i].y - c[j].y);
      if (p.x < x) in = !in;
    }
  }
  return in;
}

double polygonArea(const GeometryColumn& col, size_t feature) {
  if (col.kind[feature] != GeomKind::Polygon) return 0.0;
  double area = 0.0;
  for (uint32_t p = col.featurePart[feature]; p < col.featurePart[feature + 1]; ++p) {
    for (uint32_t r = col.partRing[p]; r < col.partRing[p + 1]; ++r) {
      const double a = std::abs(ringSignedArea(col.coords.data() + col.ringCoord[r], col.ringCoord[r + 1] - col.ringCoord[r]));
      area += r == col.partRing[p] ? a : -a;
    }
  }
  return area;
}

}  // namespace ps::geometry
