#include "io/ogr_geometry.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

#include <glm/geometric.hpp>

#include <ogr_geometry.h>

#include "geometry/planar.h"
#include "io/fast_validity.h"
#include "io/geometry_budget.h"

namespace ps::io {

namespace {

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

// The kinds the column writer reads directly: points, line strings,
// polygons and their collections, all linear.
bool isSimple(const OGRGeometry* g) {
  switch (wkbFlatten(g->getGeometryType())) {
    case wkbPoint:
    case wkbLineString:
    case wkbPolygon:
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon: return true;
    case wkbGeometryCollection:
      for (const auto* sub : *g->toGeometryCollection())
        if (!isSimple(sub)) return false;
      return true;
    default: return false;
  }
}

// A linear, simple-kinded copy of g: surfaces (ESRI MultiPatch as GDAL reads
// it: TINs, triangles, polyhedral surfaces; multi-surfaces and curve
// polygons) become multipolygons, curves become line strings, collections
// are rebuilt member by member. Null when GDAL cannot convert a member.
std::unique_ptr<OGRGeometry> simplified(const OGRGeometry* g) {
  std::unique_ptr<OGRGeometry> lin(g->hasCurveGeometry(TRUE) ? g->getLinearGeometry() : g->clone());
  if (!lin) return nullptr;
  switch (wkbFlatten(lin->getGeometryType())) {
    case wkbPolyhedralSurface:
    case wkbTIN:
    case wkbTriangle:
    case wkbMultiSurface:
    case wkbCurvePolygon:
    case wkbSurface:
      return std::unique_ptr<OGRGeometry>(OGRGeometryFactory::forceToMultiPolygon(lin.release()));
    case wkbMultiCurve:
    case wkbCompoundCurve:
    case wkbCircularString:
    case wkbCurve:
      return std::unique_ptr<OGRGeometry>(OGRGeometryFactory::forceToMultiLineString(lin.release()));
    case wkbGeometryCollection: {
      auto out = std::make_unique<OGRGeometryCollection>();
      for (const auto* sub : *lin->toGeometryCollection()) {
        std::unique_ptr<OGRGeometry> m = isSimple(sub) ? std::unique_ptr<OGRGeometry>(sub->clone()) : simplified(sub);
        if (!m) return nullptr;
        out->addGeometryDirectly(m.release());
      }
      return out;
    }
    default: return lin;
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

// Visits all parts of dimension `dim` (multi* and collections recursively),
// skipping empty ones; no container per feature.
template <typename F>
void forEachPart(const OGRGeometry* g, int dim, F&& visit) {
  auto t = wkbFlatten(g->getGeometryType());
  if ((t == wkbPoint && dim == 0) || (t == wkbLineString && dim == 1) || (t == wkbPolygon && dim == 2)) {
    if (!g->IsEmpty()) visit(g);
    return;
  }
  if (t == wkbMultiPoint || t == wkbMultiLineString || t == wkbMultiPolygon || t == wkbGeometryCollection)
    for (const auto* sub : *g->toGeometryCollection()) forEachPart(sub, dim, visit);
}

// Appends the curve's vertices to `coords` without consecutive repeats (and,
// when closed, without the closing vertex); returns how many it appended.
size_t appendCleanCurve(const OGRSimpleCurve* c, bool closed, std::vector<glm::dvec2>& coords, size_t& removed) {
  const size_t begin = coords.size();
  const int n = c->getNumPoints();
  for (int i = 0; i < n; ++i) {
    const glm::dvec2 p(c->getX(i), c->getY(i));
    if (coords.size() > begin && coords.back() == p) {
      if (!(closed && i == n - 1)) ++removed;
      continue;
    }
    coords.push_back(p);
  }
  if (closed) {
    const bool dropClosing = n > 1 && glm::dvec2(c->getX(0), c->getY(0)) == glm::dvec2(c->getX(n - 1), c->getY(n - 1));
    if (dropClosing && coords.size() - begin > 1 && coords.back() == coords[begin]) coords.pop_back();
    // Repeats that only met the start once the closing vertex went.
    while (coords.size() - begin > 1 && coords.back() == coords[begin]) {
      coords.pop_back();
      ++removed;
    }
  }
  return coords.size() - begin;
}

}  // namespace

GeomOutcome appendOgrGeometry(const OGRGeometry* g, const GeometryOptions& opt, GeometryColumn& out,
                              size_t* removedPoints, std::string* problem) {
  if (!g) return GeomOutcome::Null;
  if (g->IsEmpty()) return GeomOutcome::Empty;

  // Copy only when something must change: most sources are 2D linear
  // geometries read as they are, and a clone per feature is measurable at 1M.
  std::unique_ptr<OGRGeometry> owned;
  const auto t0 = wkbFlatten(g->getGeometryType());
  const bool simple = t0 == wkbPolygon || t0 == wkbPoint || t0 == wkbLineString || isSimple(g);
  const bool needCopy = !simple || g->hasCurveGeometry(TRUE) || g->Is3D() || g->IsMeasured() || opt.swapXY || opt.mapPoint;
  if (needCopy) {
    owned = simple && !g->hasCurveGeometry(TRUE) ? std::unique_ptr<OGRGeometry>(g->clone()) : simplified(g);
    if (!owned) return GeomOutcome::Bad;
    owned->set3D(FALSE);
    owned->setMeasured(FALSE);
    if (opt.swapXY || opt.mapPoint) mapPoints(owned.get(), opt);
  }
  const OGRGeometry* work = owned ? owned.get() : g;

  int dim = maxDimension(work);
  if (dim < 0) return GeomOutcome::Bad;
  if (std::string why = geometryBudgetProblem(work, opt.validBox); !why.empty()) {
    if (problem) *problem = std::move(why);
    return GeomOutcome::Refused;
  }

  GeomOutcome outcome = GeomOutcome::Kept;
  std::unique_ptr<OGRGeometry> repaired;
  const OGRGeometry* src = work;
  if (dim == 2 && !provablyValidPolygonal(work)) {
    // Validity of the polygonal part only: lines and points in a collection are dropped anyway.
    auto mp = std::make_unique<OGRMultiPolygon>();
    forEachPart(work, 2, [&](const OGRGeometry* p) { mp->addGeometry(p); });
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

  // Straight into the columns: a part is committed once it has a ring, so a
  // feature left without parts has appended nothing.
  size_t removed = 0;
  size_t parts = 0;
  auto beginPart = [&] { out.partRing.push_back(out.partRing.back()); };
  auto commitRing = [&] {
    out.ringCoord.push_back(static_cast<uint32_t>(out.coords.size()));
    out.partRing.back() += 1;
  };
  forEachPart(src, dim, [&](const OGRGeometry* item) {
    if (dim == 0) {
      const auto* p = item->toPoint();
      beginPart();
      out.coords.emplace_back(p->getX(), p->getY());
      commitRing();
      ++parts;
    } else if (dim == 1) {
      const size_t c0 = out.coords.size();
      if (appendCleanCurve(item->toLineString(), false, out.coords, removed) >= 2) {
        beginPart();
        commitRing();
        ++parts;
      } else {
        out.coords.resize(c0);
      }
    } else {
      const auto* poly = item->toPolygon();
      beginPart();
      const uint32_t ringsBefore = out.partRing.back();
      for (int k = 0; k < poly->getNumInteriorRings() + 1; ++k) {
        const OGRLinearRing* lr = k == 0 ? poly->getExteriorRing() : poly->getInteriorRing(k - 1);
        if (!lr) continue;
        const size_t c0 = out.coords.size();
        const size_t n = appendCleanCurve(lr, true, out.coords, removed);
        if (n < 3) {
          out.coords.resize(c0);
          if (k == 0) break;  // no shell, no polygon
          continue;
        }
        glm::dvec2* r = out.coords.data() + c0;
        const double a = geometry::ringSignedArea(r, n);
        if ((k == 0 && a < 0) || (k > 0 && a > 0)) std::reverse(r, r + n);
        commitRing();
      }
      if (out.partRing.back() == ringsBefore) out.partRing.pop_back();
      else ++parts;
    }
  });
  if (parts == 0) return GeomOutcome::Bad;

  out.kind.push_back(dim == 2 ? GeomKind::Polygon : dim == 1 ? GeomKind::Line : GeomKind::Point);
  out.featurePart.push_back(static_cast<uint32_t>(out.partRing.size() - 1));
  if (removedPoints) *removedPoints += removed;
  return outcome;
}

}  // namespace ps::io
