#include "geometry/planar.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <glm/common.hpp>

namespace ps::geometry {
namespace {

double cross(const glm::dvec2& a, const glm::dvec2& b, const glm::dvec2& c) {
  return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
}

double segmentDistance2(const glm::dvec2& p, const glm::dvec2& a, const glm::dvec2& b) {
  const glm::dvec2 ab = b - a, ap = p - a;
  const double len2 = ab.x * ab.x + ab.y * ab.y;
  double t = len2 > 0.0 ? (ap.x * ab.x + ap.y * ab.y) / len2 : 0.0;
  t = std::clamp(t, 0.0, 1.0);
  const glm::dvec2 d = ap - t * ab;
  return d.x * d.x + d.y * d.y;
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

void Box::add(const glm::dvec2& p) {
  min = glm::min(min, p);
  max = glm::max(max, p);
}

double Box::distance(const glm::dvec2& p) const {
  const double dx = std::max({min.x - p.x, 0.0, p.x - max.x});
  const double dy = std::max({min.y - p.y, 0.0, p.y - max.y});
  return std::sqrt(dx * dx + dy * dy);
}

bool containsPoint(const GeometryColumn& g, size_t f, const glm::dvec2& p) {
  if (g.kind[f] != GeomKind::Polygon) return false;
  for (uint32_t part = g.featurePart[f]; part < g.featurePart[f + 1]; ++part) {
    bool in = false;
    for (uint32_t r = g.partRing[part]; r < g.partRing[part + 1]; ++r) {
      const uint32_t b = g.ringCoord[r], e = g.ringCoord[r + 1];
      if (e - b >= 3 && pointInRing(&g.coords[b], e - b, p)) in = !in;
    }
    if (in) return true;
  }
  return false;
}

Box featureBounds(const GeometryColumn& col, size_t feature) {
  Box b;
  const uint32_t c0 = col.ringCoord[col.partRing[col.featurePart[feature]]];
  const uint32_t c1 = col.ringCoord[col.partRing[col.featurePart[feature + 1]]];
  for (uint32_t c = c0; c < c1; ++c) {
    b.min = glm::min(b.min, col.coords[c]);
    b.max = glm::max(b.max, col.coords[c]);
  }
  return b;
}

double distanceToFeature(const GeometryColumn& col, size_t feature, const glm::dvec2& p) {
  double best2 = std::numeric_limits<double>::infinity();
  const GeomKind kind = col.kind[feature];
  for (uint32_t part = col.featurePart[feature]; part < col.featurePart[feature + 1]; ++part) {
    bool inside = false;
    for (uint32_t r = col.partRing[part]; r < col.partRing[part + 1]; ++r) {
      const glm::dvec2* c = col.coords.data() + col.ringCoord[r];
      const size_t n = col.ringCoord[r + 1] - col.ringCoord[r];
      if (n == 0) continue;
      if (n == 1 || kind == GeomKind::Point) {
        for (size_t i = 0; i < n; ++i) {
          const glm::dvec2 d = p - c[i];
          best2 = std::min(best2, d.x * d.x + d.y * d.y);
        }
        continue;
      }
      const bool closed = kind == GeomKind::Polygon;
      for (size_t i = 0; i + 1 < n + (closed ? 1 : 0); ++i) {
        const glm::dvec2 a = c[i], b = c[(i + 1) % n];
        best2 = std::min(best2, segmentDistance2(p, a, b));
        if (closed && ((a.y > p.y) != (b.y > p.y)) && p.x < a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y))
          inside = !inside;
      }
    }
    if (inside) return 0.0;
  }
  return std::sqrt(best2);
}

}  // namespace ps::geometry
