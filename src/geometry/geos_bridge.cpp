#include "geometry/geos_bridge.h"

#include <vector>

#include <geos_c.h>

namespace ps::analysis {

GeosContext::GeosContext() : h_(GEOS_init_r()) {}
GeosContext::~GeosContext() { GEOS_finish_r(h_); }

void GeosGeomDeleter::operator()(GEOSGeometry* g) const {
  if (g) GEOSGeom_destroy_r(h, g);
}

GeosGeom wrap(const GeosContext& ctx, GEOSGeometry* g) { return GeosGeom(g, GeosGeomDeleter{ctx.get()}); }

namespace {

GEOSCoordSequence* makeSeq(GEOSContextHandle_t h, const glm::dvec2* p, size_t n, bool close) {
  size_t m = n + (close ? 1 : 0);
  GEOSCoordSequence* seq = GEOSCoordSeq_create_r(h, static_cast<unsigned>(m), 2);
  if (!seq) return nullptr;
  for (size_t i = 0; i < m; ++i) {
    const glm::dvec2& c = p[i % n];
    GEOSCoordSeq_setXY_r(h, seq, static_cast<unsigned>(i), c.x, c.y);
  }
  return seq;
}

GEOSGeometry* makePolygon(GEOSContextHandle_t h, const GeometryColumn& g, uint32_t part) {
  uint32_t r0 = g.partRing[part], r1 = g.partRing[part + 1];
  if (r0 == r1) return nullptr;
  std::vector<GEOSGeometry*> rings;
  for (uint32_t r = r0; r < r1; ++r) {
    uint32_t n = g.ringCoord[r + 1] - g.ringCoord[r];
    if (n < 3) {
      if (r == r0) break;
      continue;
    }
    GEOSCoordSequence* seq = makeSeq(h, &g.coords[g.ringCoord[r]], n, true);
    GEOSGeometry* ring = seq ? GEOSGeom_createLinearRing_r(h, seq) : nullptr;
    if (!ring) {
      if (r == r0) break;
      continue;
    }
    rings.push_back(ring);
  }
  if (rings.empty()) return nullptr;
  return GEOSGeom_createPolygon_r(h, rings[0], rings.size() > 1 ? &rings[1] : nullptr,
                                  static_cast<unsigned>(rings.size() - 1));
}

}  // namespace

GeosGeom toGeos(const GeosContext& ctx, const GeometryColumn& g, size_t f) {
  GEOSContextHandle_t h = ctx.get();
  uint32_t p0 = g.featurePart[f], p1 = g.featurePart[f + 1];
  std::vector<GEOSGeometry*> parts;
  for (uint32_t p = p0; p < p1; ++p) {
    GEOSGeometry* part = nullptr;
    uint32_t r0 = g.partRing[p];
    if (r0 == g.partRing[p + 1]) continue;
    const glm::dvec2* c = g.coords.data() + g.ringCoord[r0];
    uint32_t n = g.ringCoord[r0 + 1] - g.ringCoord[r0];
    switch (g.kind[f]) {
      case GeomKind::Point:
        if (n >= 1) part = GEOSGeom_createPointFromXY_r(h, c->x, c->y);
        break;
      case GeomKind::Line:
        if (n >= 2) {
          GEOSCoordSequence* seq = makeSeq(h, c, n, false);
          part = seq ? GEOSGeom_createLineString_r(h, seq) : nullptr;
        }
        break;
      case GeomKind::Polygon: part = makePolygon(h, g, p); break;
      case GeomKind::None: break;
    }
    if (part) parts.push_back(part);
  }
  if (parts.empty()) return wrap(ctx, nullptr);
  if (parts.size() == 1) return wrap(ctx, parts[0]);
  int type = g.kind[f] == GeomKind::Point  ? GEOS_MULTIPOINT
             : g.kind[f] == GeomKind::Line ? GEOS_MULTILINESTRING
                                           : GEOS_MULTIPOLYGON;
  return wrap(ctx, GEOSGeom_createCollection_r(h, type, parts.data(), static_cast<unsigned>(parts.size())));
}

GeosGeom geosPoint(const GeosContext& ctx, glm::dvec2 p) {
  return wrap(ctx, GEOSGeom_createPointFromXY_r(ctx.get(), p.x, p.y));
}

namespace {

void appendRing(GEOSContextHandle_t h, const GEOSGeometry* ring, GeometryColumn& out) {
  const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(h, ring);
  unsigned n = 0;
  GEOSCoordSeq_getSize_r(h, seq, &n);
  std::vector<glm::dvec2> pts;
  pts.reserve(n);
  for (unsigned i = 0; i < n; ++i) {
    double x = 0, y = 0;
    GEOSCoordSeq_getXY_r(h, seq, i, &x, &y);
    pts.push_back({x, y});
  }
  if (pts.size() > 1 && pts.front() == pts.back()) pts.pop_back();  // FeatureTable rings are open
  out.addRing(pts.data(), pts.size());
}

void collectPolygons(GEOSContextHandle_t h, const GEOSGeometry* g, std::vector<const GEOSGeometry*>& polys) {
  int type = GEOSGeomTypeId_r(h, g);
  if (type == GEOS_POLYGON) {
    if (!GEOSisEmpty_r(h, g)) polys.push_back(g);
  } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
    int n = GEOSGetNumGeometries_r(h, g);
    for (int i = 0; i < n; ++i) collectPolygons(h, GEOSGetGeometryN_r(h, g, i), polys);
  }
}

}  // namespace

bool appendPolygonFeature(const GeosContext& ctx, const GEOSGeometry* g, GeometryColumn& out) {
  GEOSContextHandle_t h = ctx.get();
  std::vector<const GEOSGeometry*> polys;
  if (g) collectPolygons(h, g, polys);
  if (polys.empty()) return false;
  out.beginFeature(GeomKind::Polygon);
  for (const GEOSGeometry* poly : polys) {
    out.beginPart();
    appendRing(h, GEOSGetExteriorRing_r(h, poly), out);
    int holes = GEOSGetNumInteriorRings_r(h, poly);
    for (int i = 0; i < holes; ++i) appendRing(h, GEOSGetInteriorRingN_r(h, poly, i), out);
  }
  out.endFeature();
  return true;
}

}  // namespace ps::analysis
