// Segment-pair validity for small polygons: O(E²) over at most a few hundred
// edges, with orientation signs filtered by the forward error bound of
// J. R. Shewchuk, "Adaptive Precision Floating-Point Arithmetic and Fast
// Robust Geometric Predicates" (1997), orient2d's ccwerrboundA = 3.33e-16.
#include "io/fast_validity.h"

#include "geometry/planar.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include <glm/geometric.hpp>
#include <glm/vec2.hpp>

#include <ogr_geometry.h>

namespace ps::io {

namespace {

constexpr int kUnsure = 2;

// Sign of the turn a -> b -> c: +1 left, -1 right, 0 exactly collinear,
// kUnsure when rounding could have flipped it. Exact zero is claimed only when
// a factor of each product is exactly zero (axis-parallel), never from l == r.
int orient(const glm::dvec2& a, const glm::dvec2& b, const glm::dvec2& c) {
  const double l = (b.x - a.x) * (c.y - a.y), r = (b.y - a.y) * (c.x - a.x);
  const double det = l - r;
  const double bound = 1e-15 * (std::abs(l) + std::abs(r));
  if (det > bound) return 1;
  if (det < -bound) return -1;
  const bool exactZero = (b.x == a.x || c.y == a.y) && (b.y == a.y || c.x == a.x);
  return exactZero ? 0 : kUnsure;
}

// c is collinear with ab: does it lie on the closed segment?
bool onSegment(const glm::dvec2& a, const glm::dvec2& b, const glm::dvec2& c) {
  return std::min(a.x, b.x) <= c.x && c.x <= std::max(a.x, b.x) && std::min(a.y, b.y) <= c.y && c.y <= std::max(a.y, b.y);
}

// Closed segments ab and cd: 1 when they share any point, 0 when not, kUnsure.
int touches(const glm::dvec2& a, const glm::dvec2& b, const glm::dvec2& c, const glm::dvec2& d) {
  if (std::max(c.x, d.x) < std::min(a.x, b.x) || std::max(a.x, b.x) < std::min(c.x, d.x) ||
      std::max(c.y, d.y) < std::min(a.y, b.y) || std::max(a.y, b.y) < std::min(c.y, d.y))
    return 0;
  const int o1 = orient(a, b, c), o2 = orient(a, b, d), o3 = orient(c, d, a), o4 = orient(c, d, b);
  if (o1 == kUnsure || o2 == kUnsure || o3 == kUnsure || o4 == kUnsure) return kUnsure;
  if (o1 * o2 < 0 && o3 * o4 < 0) return 1;
  if ((o1 == 0 && onSegment(a, b, c)) || (o2 == 0 && onSegment(a, b, d)) || (o3 == 0 && onSegment(c, d, a)) ||
      (o4 == 0 && onSegment(c, d, b)))
    return 1;
  return 0;
}

struct RingSpan {
  size_t begin = 0, count = 0;  // into Scratch::pts, open (closing vertex dropped)
  glm::dvec2 lo{0.0}, hi{0.0};
};

struct PolygonSpan {
  size_t firstRing = 0, ringCount = 0;  // into Scratch::rings; the first is the shell
};

struct Scratch {
  std::vector<glm::dvec2> pts;
  std::vector<RingSpan> rings;
  std::vector<PolygonSpan> polys;
};

bool addRing(const OGRLinearRing* lr, Scratch& s) {
  if (!lr) return false;
  const int n = lr->getNumPoints();
  if (n < 4 || static_cast<size_t>(n) > kMaxRingEdges + 1) return false;
  RingSpan r;
  r.begin = s.pts.size();
  for (int i = 0; i < n; ++i) {
    const glm::dvec2 q(lr->getX(i), lr->getY(i));
    if (!std::isfinite(q.x) || !std::isfinite(q.y)) return false;
    if (s.pts.size() == r.begin || q != s.pts.back()) s.pts.push_back(q);
  }
  if (s.pts.size() - r.begin > 1 && s.pts[r.begin] == s.pts.back()) s.pts.pop_back();
  else return false;  // not closed
  r.count = s.pts.size() - r.begin;
  if (r.count < 3) return false;
  const glm::dvec2* p = &s.pts[r.begin];
  r.lo = r.hi = p[0];
  for (size_t i = 0; i < r.count; ++i) {
    r.lo = glm::min(r.lo, p[i]);
    r.hi = glm::max(r.hi, p[i]);
  }
  if (geometry::ringSignedArea(p, r.count) == 0) return false;
  s.rings.push_back(r);
  return true;
}

bool addPolygon(const OGRPolygon* poly, Scratch& s) {
  if (!poly || poly->IsEmpty()) return false;
  PolygonSpan span;
  span.firstRing = s.rings.size();
  span.ringCount = static_cast<size_t>(poly->getNumInteriorRings()) + 1;
  if (s.rings.size() + span.ringCount > kMaxRings) return false;
  if (!addRing(poly->getExteriorRing(), s)) return false;
  for (int k = 0; k < poly->getNumInteriorRings(); ++k)
    if (!addRing(poly->getInteriorRing(k), s)) return false;
  s.polys.push_back(span);
  return true;
}

// One ring on its own: adjacent edges meet only at their shared vertex
// without folding back; non-adjacent edges do not meet at all.
bool ringIsSimple(const glm::dvec2* p, size_t m) {
  for (size_t i = 0; i < m; ++i) {
    const glm::dvec2 a = p[i], b = p[(i + 1) % m];
    for (size_t j = i + 1; j < m; ++j) {
      if (j == i + 1 || (i == 0 && j == m - 1)) {
        const glm::dvec2 c = j == i + 1 ? p[(j + 1) % m] : p[j];
        const glm::dvec2 shared = j == i + 1 ? b : a, other = j == i + 1 ? a : b;
        const int o = orient(other, shared, c);
        if (o == kUnsure) return false;
        if (o == 0 && glm::dot(other - shared, c - shared) > 0) return false;
        continue;
      }
      if (touches(a, b, p[j], p[(j + 1) % m]) != 0) return false;
    }
  }
  return true;
}

bool boxesMeet(const RingSpan& a, const RingSpan& b) {
  return !(a.hi.x < b.lo.x || b.hi.x < a.lo.x || a.hi.y < b.lo.y || b.hi.y < a.lo.y);
}

bool ringsApart(const Scratch& s, const RingSpan& ra, const RingSpan& rb) {
  if (!boxesMeet(ra, rb)) return true;
  const glm::dvec2 *p = &s.pts[ra.begin], *q = &s.pts[rb.begin];
  for (size_t i = 0; i < ra.count; ++i)
    for (size_t j = 0; j < rb.count; ++j)
      if (touches(p[i], p[(i + 1) % ra.count], q[j], q[(j + 1) % rb.count]) != 0) return false;
  return true;
}

// Point strictly inside / outside a simple ring it does not touch (winding
// number): 1 inside, 0 outside, kUnsure.
int inside(const glm::dvec2& pt, const Scratch& s, const RingSpan& r) {
  const glm::dvec2* p = &s.pts[r.begin];
  int wn = 0;
  for (size_t i = 0; i < r.count; ++i) {
    const glm::dvec2 a = p[i], b = p[(i + 1) % r.count];
    if (a.y <= pt.y && b.y > pt.y) {
      const int o = orient(a, b, pt);
      if (o == kUnsure || o == 0) return kUnsure;
      if (o > 0) ++wn;
    } else if (a.y > pt.y && b.y <= pt.y) {
      const int o = orient(a, b, pt);
      if (o == kUnsure || o == 0) return kUnsure;
      if (o < 0) --wn;
    }
  }
  return wn != 0 ? 1 : 0;
}

// Inside the material of polygon `poly` (inside its shell, outside its holes).
int inMaterial(const glm::dvec2& pt, const Scratch& s, const PolygonSpan& poly) {
  const int inShell = inside(pt, s, s.rings[poly.firstRing]);
  if (inShell != 1) return inShell;
  for (size_t h = 1; h < poly.ringCount; ++h) {
    const int inHole = inside(pt, s, s.rings[poly.firstRing + h]);
    if (inHole != 0) return inHole == 1 ? 0 : kUnsure;
  }
  return 1;
}

}  // namespace

bool provablyValidPolygonal(const OGRGeometry* g) {
  if (!g) return false;
  thread_local Scratch s;
  s.pts.clear();
  s.rings.clear();
  s.polys.clear();
  const auto type = wkbFlatten(g->getGeometryType());
  if (type == wkbPolygon) {
    if (!addPolygon(g->toPolygon(), s)) return false;
  } else if (type == wkbMultiPolygon) {
    const OGRMultiPolygon* mp = g->toMultiPolygon();
    if (mp->IsEmpty()) return false;
    for (const OGRPolygon* poly : *mp)
      if (!addPolygon(poly, s)) return false;
  } else {
    return false;
  }

  for (const RingSpan& r : s.rings)
    if (!ringIsSimple(&s.pts[r.begin], r.count)) return false;
  for (size_t i = 0; i < s.rings.size(); ++i)
    for (size_t j = i + 1; j < s.rings.size(); ++j)
      if (!ringsApart(s, s.rings[i], s.rings[j])) return false;

  // No ring touches another, so one vertex tells where a whole ring lies.
  for (const PolygonSpan& poly : s.polys) {
    const RingSpan& shell = s.rings[poly.firstRing];
    for (size_t h = 1; h < poly.ringCount; ++h) {
      const glm::dvec2 v = s.pts[s.rings[poly.firstRing + h].begin];
      if (inside(v, s, shell) != 1) return false;  // hole outside its shell
      for (size_t k = 1; k < poly.ringCount; ++k)
        if (k != h && inside(v, s, s.rings[poly.firstRing + k]) != 0) return false;  // nested holes
    }
  }
  for (size_t i = 0; i < s.polys.size(); ++i)
    for (size_t j = 0; j < s.polys.size(); ++j) {
      if (i == j) continue;
      const RingSpan& shell = s.rings[s.polys[i].firstRing];
      if (!boxesMeet(shell, s.rings[s.polys[j].firstRing])) continue;
      if (inMaterial(s.pts[shell.begin], s, s.polys[j]) != 0) return false;  // overlapping parts
    }
  return true;
}

}  // namespace ps::io
