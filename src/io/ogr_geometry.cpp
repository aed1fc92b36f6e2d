#include "io/ogr_geometry.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

#include <glm/geometric.hpp>

#include <ogr_geometry.h>

namespace ps::io {

namespace {

using Ring = std::vector<glm::dvec2>;
using Part = std::vector<Ring>;

void mapPoints(OGRGeometry* g, const GeometryOptions& opt) {
  auto fix = [&](double& x, double& y) {
    glm::dvec2 p = opt.swapXY ? glm::dvec2(y, x) : glm::dvec2(x, y);
    if (opt.mapPoint) p = opt.mapPoint(p);
    x = p.x;
    y = p.y;
  };
  switch (wkbFlatten(g->getGeometryType())) {
    case wkbPoint: {
      auto* p = g->toPoint();
      double x = p->getX(), y = p->getY();
      fix(x, y);
      p->setX(x);
      p->setY(y);
      break;
    }
    case wkbLineString:
    case wkbLinearRing: {
      auto* c = g->toSimpleCurve();
      for (int i = 0; i < c->getNumPoints(); ++i) {
        double x = c->getX(i), y = c->getY(i);
        fix(x, y);
        c->setPoint(i, x, y);
      }
      break;
    }
    case wkbPolygon: {
      auto* poly = g->toPolygon();
      for (auto* ring : *poly) mapPoints(ring, opt);
      break;
    }
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection: {
      auto* gc = g->toGeometryCollection();
      for (auto* sub : *gc) mapPoints(sub, opt);
      break;
    }
    default: break;
  }
}

// Highest dimension present (2 polygon, 1 line, 0 point, -1 nothing usable).
int maxDimension(const OGRGeometry* g) {
  switch (wkbFlatten(g->getGeometryType())) {
    case wkbPoint: return g->IsEmpty() ? -1 : 0;
    case wkbLineString: return g->IsEmpty() ? -1 : 1;
    case wkbPolygon: return g->IsEmpty() ? -1 : 2;
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection: {
      int d = -1;
      for (const auto* sub : *g->toGeometryCollection()) d = std::max(d, maxDimension(sub));
      return d;
    }
    default: return -1;
  }
}

// Flattens all parts of dimension `dim` into `out` (multi* and collections recursively).
void collect(const OGRGeometry* g, int dim, std::vector<const OGRGeometry*>& out) {
  auto t = wkbFlatten(g->getGeometryType());
  if ((t == wkbPoint && dim == 0) || (t == wkbLineString && dim == 1) || (t == wkbPolygon && dim == 2)) {
    if (!g->IsEmpty()) out.push_back(g);
    return;
  }
  if (t == wkbMultiPoint || t == wkbMultiLineString || t == wkbMultiPolygon || t == wkbGeometryCollection)
    for (const auto* sub : *g->toGeometryCollection()) collect(sub, dim, out);
}

Ring cleanCurve(const OGRSimpleCurve* c, bool closed, size_t& removed) {
  Ring r;
  int n = c->getNumPoints();
  r.reserve(static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) {
    glm::dvec2 p(c->getX(i), c->getY(i));
    if (!r.empty() && r.back() == p) {
      if (!(closed && i == n - 1)) ++removed;
      continue;
    }
    r.push_back(p);
  }
  if (closed) {
    bool dropClosing = c->getNumPoints() > 1 && glm::dvec2(c->getX(0), c->getY(0)) == glm::dvec2(c->getX(n - 1), c->getY(n - 1));
    if (dropClosing && r.size() > 1 && r.back() == r.front()) r.pop_back();
    // Repeats that only met the start once the closing vertex went.
    while (r.size() > 1 && r.back() == r.front()) {
      r.pop_back();
      ++removed;
    }
  }
  return r;
}

double signedArea(const Ring& r) {
  double a = 0;
  for (size_t i = 0, j = r.size() - 1; i < r.size(); j = i++) a += (r[j].x * r[i].y - r[i].x * r[j].y);
  return 0.5 * a;
}

}  // namespace

// Fast validity for the common case, a polygon with one small ring (most
// parcels and footprints): valid when it has 3+ distinct points, a non-zero
// area and no two non-adjacent edges meet. O(n²) on <= 64 vertices beats the
// GEOS round trip of IsValid() by an order of magnitude; anything else goes
// to GEOS.
bool simpleSmallPolygon(const OGRGeometry* g) {
  if (wkbFlatten(g->getGeometryType()) != wkbPolygon) return false;
  const OGRPolygon* poly = g->toPolygon();
  if (poly->getNumInteriorRings() != 0) return false;
  const OGRLinearRing* r = poly->getExteriorRing();
  if (!r) return false;
  int n = r->getNumPoints();
  if (n < 4 || n > 65) return false;
  std::vector<glm::dvec2> p;
  p.reserve(static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) {
    glm::dvec2 q(r->getX(i), r->getY(i));
    if (!std::isfinite(q.x) || !std::isfinite(q.y)) return false;
    if (p.empty() || q != p.back()) p.push_back(q);
  }
  if (p.size() > 1 && p.front() == p.back()) p.pop_back();
  else return false;  // not closed
  const size_t m = p.size();
  if (m < 3) return false;
  double area = 0;
  for (size_t i = 0; i < m; ++i) area += p[i].x * p[(i + 1) % m].y - p[(i + 1) % m].x * p[i].y;
  if (area == 0) return false;
  auto orient = [](glm::dvec2 a, glm::dvec2 b, glm::dvec2 c) {
    double v = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
    return (v > 0) - (v < 0);
  };
  auto onSeg = [](glm::dvec2 a, glm::dvec2 b, glm::dvec2 c) {  // c collinear with ab: within its box?
    return std::min(a.x, b.x) <= c.x && c.x <= std::max(a.x, b.x) && std::min(a.y, b.y) <= c.y && c.y <= std::max(a.y, b.y);
  };
  for (size_t i = 0; i < m; ++i) {
    const glm::dvec2 a = p[i], b = p[(i + 1) % m];
    for (size_t j = i + 1; j < m; ++j) {
      if (j == i + 1 || (i == 0 && j == m - 1)) {
        // Adjacent edges share a vertex; they must not fold back onto each other.
        const glm::dvec2 c = j == i + 1 ? p[(j + 1) % m] : p[j];
        const glm::dvec2 shared = j == i + 1 ? b : a, other = j == i + 1 ? a : b;
        if (orient(other, shared, c) == 0 && glm::dot(other - shared, c - shared) > 0) return false;
        continue;
      }
      const glm::dvec2 c = p[j], d = p[(j + 1) % m];
      const int o1 = orient(a, b, c), o2 = orient(a, b, d), o3 = orient(c, d, a), o4 = orient(c, d, b);
      if (o1 != o2 && o3 != o4) return false;
      if ((o1 == 0 && onSeg(a, b, c)) || (o2 == 0 && onSeg(a, b, d)) || (o3 == 0 && onSeg(c, d, a)) ||
          (o4 == 0 && onSeg(c, d, b)))
        return false;
    }
  }
  return true;
}

GeomOutcome appendOgrGeometry(const OGRGeometry* g, const GeometryOptions& opt, GeometryColumn& out,
                              size_t* removedPoints) {
  if (!g) return GeomOutcome::Null;
  if (g->IsEmpty()) return GeomOutcome::Empty;

  // Copy only when something must change: most sources are 2D linear
  // geometries read as they are, and a clone per feature is measurable at 1M.
  std::unique_ptr<OGRGeometry> owned;
  const auto t0 = wkbFlatten(g->getGeometryType());
  const bool needCopy = g->hasCurveGeometry(TRUE) || g->Is3D() || g->IsMeasured() || opt.swapXY || opt.mapPoint ||
                        t0 == wkbPolyhedralSurface || t0 == wkbTIN || t0 == wkbTriangle;
  if (needCopy) {
    owned.reset(g->hasCurveGeometry(TRUE) ? g->getLinearGeometry() : g->clone());
    if (!owned) return GeomOutcome::Bad;
    owned->set3D(FALSE);
    owned->setMeasured(FALSE);
    auto t = wkbFlatten(owned->getGeometryType());
    if (t == wkbPolyhedralSurface || t == wkbTIN || t == wkbTriangle)
      owned.reset(OGRGeometryFactory::forceToMultiPolygon(owned.release()));
    if (!owned) return GeomOutcome::Bad;
    if (opt.swapXY || opt.mapPoint) mapPoints(owned.get(), opt);
  }
  const OGRGeometry* work = owned ? owned.get() : g;

  int dim = maxDimension(work);
  if (dim < 0) return GeomOutcome::Bad;

  GeomOutcome outcome = GeomOutcome::Kept;
  std::unique_ptr<OGRGeometry> repaired;
  const OGRGeometry* src = work;
  if (dim == 2 && !simpleSmallPolygon(work)) {
    // Validity of the polygonal part only: lines and points in a collection are dropped anyway.
    std::vector<const OGRGeometry*> polys;
    collect(work, 2, polys);
    auto mp = std::make_unique<OGRMultiPolygon>();
    for (const auto* p : polys) mp->addGeometry(p);
    if (!mp->IsValid()) {
      repaired.reset(mp->MakeValid());
      if (!repaired || maxDimension(repaired.get()) != 2) return GeomOutcome::Bad;
      outcome = GeomOutcome::Repaired;
      src = repaired.get();
    } else {
      repaired = std::move(mp);
      src = repaired.get();
    }
  }

  std::vector<const OGRGeometry*> items;
  collect(src, dim, items);
  size_t removed = 0;
  std::vector<Part> parts;
  for (const auto* item : items) {
    if (dim == 0) {
      const auto* p = item->toPoint();
      parts.push_back({Ring{glm::dvec2(p->getX(), p->getY())}});
    } else if (dim == 1) {
      Ring r = cleanCurve(item->toLineString(), false, removed);
      if (r.size() >= 2) parts.push_back({std::move(r)});
    } else {
      const auto* poly = item->toPolygon();
      Part part;
      for (int k = 0; k < poly->getNumInteriorRings() + 1; ++k) {
        const OGRLinearRing* lr = k == 0 ? poly->getExteriorRing() : poly->getInteriorRing(k - 1);
        if (!lr) continue;
        Ring r = cleanCurve(lr, true, removed);
        if (r.size() < 3) {
          if (k == 0) break;  // no shell, no polygon
          continue;
        }
        double a = signedArea(r);
        if ((k == 0 && a < 0) || (k > 0 && a > 0)) std::reverse(r.begin(), r.end());
        part.push_back(std::move(r));
      }
      if (!part.empty()) parts.push_back(std::move(part));
    }
  }
  if (parts.empty()) return GeomOutcome::Bad;

  out.beginFeature(dim == 2 ? GeomKind::Polygon : dim == 1 ? GeomKind::Line : GeomKind::Point);
  for (const auto& part : parts) {
    out.beginPart();
    for (const auto& r : part) out.addRing(r.data(), r.size());
  }
  out.endFeature();
  if (removedPoints) *removedPoints += removed;
  return outcome;
}

}  // namespace ps::io
