#include "io/geometry_budget.h"

#include <ogr_geometry.h>

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "geometry/triangulate.h"

namespace ps::io {

namespace {

std::string pointText(double x, double y) {
  char b[96];
  std::snprintf(b, sizeof b, "(%.10g, %.10g)", x, y);
  return b;
}

struct Walk {
  const std::optional<geo::CoordBox>& box;
  size_t vertices = 0;
  std::string problem;

  bool point(double x, double y) {
    if (!std::isfinite(x) || !std::isfinite(y)) {
      problem = "coordinate " + pointText(x, y) + " is not finite";
      return false;
    }
    if (box && !box->contains({x, y})) {
      problem = "coordinate " + pointText(x, y) + " lies outside the CRS's area of use " + pointText(box->lo.x, box->lo.y) +
                " - " + pointText(box->hi.x, box->hi.y);
      return false;
    }
    return true;
  }

  bool curve(const OGRSimpleCurve* c) {
    const int n = c->getNumPoints();
    vertices += static_cast<size_t>(n);
    if (vertices > GeometryBudget::kMaxFeatureVertices) {
      problem = "more than " + std::to_string(GeometryBudget::kMaxFeatureVertices) + " vertices in one feature";
      return false;
    }
    for (int i = 0; i < n; ++i)
      if (!point(c->getX(i), c->getY(i))) return false;
    return true;
  }

  bool polygon(const OGRPolygon* p) {
    // The hole count first (the file's own), then the triangulator's check on the ring sizes it would see.
    const size_t holes = static_cast<size_t>(p->getNumInteriorRings());
    std::string why;
    if (holes > geometry::TriangulationLimits::kMaxHoles) {
      why = std::to_string(holes) + " holes (limit " + std::to_string(geometry::TriangulationLimits::kMaxHoles) + ")";
    } else {
      std::vector<uint32_t> ringStart{0};
      for (size_t k = 0; k <= holes; ++k) {
        const OGRLinearRing* r = k == 0 ? p->getExteriorRing() : p->getInteriorRing(static_cast<int>(k) - 1);
        ringStart.push_back(ringStart.back() + static_cast<uint32_t>(r ? r->getNumPoints() : 0));
      }
      why = geometry::triangulationProblem(ringStart.data(), ringStart.size() - 1);
    }
    if (!why.empty()) {
      problem = "too complex to triangulate in budget: " + why;
      return false;
    }
    for (int k = 0; k <= p->getNumInteriorRings(); ++k) {
      const OGRLinearRing* r = k == 0 ? p->getExteriorRing() : p->getInteriorRing(k - 1);
      if (r && !curve(r)) return false;
    }
    return true;
  }

  bool any(const OGRGeometry* g) {
    switch (wkbFlatten(g->getGeometryType())) {
      case wkbPoint: {
        const auto* p = g->toPoint();
        ++vertices;
        return p->IsEmpty() || point(p->getX(), p->getY());
      }
      case wkbLineString:
      case wkbLinearRing: return curve(g->toSimpleCurve());
      case wkbPolygon: return polygon(g->toPolygon());
      case wkbMultiPoint:
      case wkbMultiLineString:
      case wkbMultiPolygon:
      case wkbGeometryCollection:
        for (const auto* sub : *g->toGeometryCollection())
          if (!any(sub)) return false;
        return true;
      default: return true;  // not kept by the loader anyway
    }
  }
};

}  // namespace

std::string geometryBudgetProblem(const OGRGeometry* g, const std::optional<geo::CoordBox>& box) {
  Walk w{box};
  w.any(g);
  return w.problem;
}

}  // namespace ps::io
