#include "geometry/geos_convert.h"

#include <algorithm>
#include <cmath>
#include <mutex>
#include <vector>

#include "core/cancel.h"
#include "core/error.h"
#include "geometry/planar.h"

namespace ps::geometry {
namespace {

void onGeosError(const char* message, void* user) { *static_cast<std::string*>(user) = message ? message : ""; }

// Cancellation inside GEOS (core/cancel.h). GEOS 3.11's interrupt API is
// process-wide: one callback, polled from inside long operations (noding,
// overlay, buffer, MakeValid, union), and one plain bool that
// GEOS_interruptRequest() sets and the next poll in *any* thread consumes. Two
// loads on two threads (an abandoned one and the one that replaced it) would
// race for that bool, so the callback throws in the thread whose own token is
// set, at the poll where GEOS would throw its own InterruptedException after
// GEOS_interruptRequest(); the C API catches it and returns failure (null, 0
// or 2), and GeosContext::check() reports Cancelled.
GEOSInterruptCallback* gPreviousInterrupt = nullptr;

void onGeosInterruptPoll() {
  if (gPreviousInterrupt) gPreviousInterrupt();
  if (cancelRequested()) throw Cancelled();
}

void registerGeosInterrupt() {
  static std::once_flag once;
  std::call_once(once, [] { gPreviousInterrupt = GEOS_interruptRegisterCallback(onGeosInterruptPoll); });
}

// Ring r of `col` as a closed xy buffer for GEOS; tolerates a stored closing vertex.
// Returns the number of distinct open vertices.
size_t closedRing(const GeometryColumn& col, uint32_t r, std::vector<double>& buf) {
  buf.clear();
  const glm::dvec2* c = col.coords.data() + col.ringCoord[r];
  size_t n = col.ringCoord[r + 1] - col.ringCoord[r];
  if (n >= 2 && c[n - 1] == c[0]) --n;
  for (size_t i = 0; i < n; ++i) buf.insert(buf.end(), {c[i].x, c[i].y});
  if (n > 0) buf.insert(buf.end(), {c[0].x, c[0].y});
  return n;
}

GEOSCoordSequence* sequence(GEOSContextHandle_t ctx, const std::vector<double>& xy) {
  return GEOSCoordSeq_copyFromBuffer_r(ctx, xy.data(), static_cast<unsigned>(xy.size() / 2), 0, 0);
}

GEOSGeometry* polygonPart(GEOSContextHandle_t ctx, const GeometryColumn& col, uint32_t p) {
  std::vector<double> buf;
  const uint32_t r0 = col.partRing[p], r1 = col.partRing[p + 1];
  if (r0 == r1 || closedRing(col, r0, buf) < 3) return nullptr;
  GEOSGeometry* shell = GEOSGeom_createLinearRing_r(ctx, sequence(ctx, buf));
  if (!shell) return nullptr;
  std::vector<GEOSGeometry*> holes;
  for (uint32_t r = r0 + 1; r < r1; ++r) {
    if (closedRing(col, r, buf) < 3) continue;
    if (GEOSGeometry* h = GEOSGeom_createLinearRing_r(ctx, sequence(ctx, buf))) holes.push_back(h);
  }
  return GEOSGeom_createPolygon_r(ctx, shell, holes.data(), static_cast<unsigned>(holes.size()));
}

GEOSGeometry* linePart(GEOSContextHandle_t ctx, const GeometryColumn& col, uint32_t p) {
  const uint32_t r = col.partRing[p];
  if (col.partRing[p + 1] == r) return nullptr;
  const uint32_t c0 = col.ringCoord[r], c1 = col.ringCoord[r + 1];
  if (c1 - c0 < 2) return nullptr;
  std::vector<double> buf;
  for (uint32_t c = c0; c < c1; ++c) buf.insert(buf.end(), {col.coords[c].x, col.coords[c].y});
  return GEOSGeom_createLineString_r(ctx, sequence(ctx, buf));
}

GEOSGeometry* pointPart(GEOSContextHandle_t ctx, const GeometryColumn& col, uint32_t p) {
  const uint32_t r = col.partRing[p];
  if (col.partRing[p + 1] == r || col.ringCoord[r + 1] == col.ringCoord[r]) return nullptr;
  const glm::dvec2 c = col.coords[col.ringCoord[r]];
  return GEOSGeom_createPointFromXY_r(ctx, c.x, c.y);
}

// Leaves (non-collection, non-empty) of g, with their dimension.
void collectLeaves(GEOSContextHandle_t ctx, const GEOSGeometry* g, std::vector<const GEOSGeometry*>& out) {
  if (GEOSisEmpty_r(ctx, g) != 0) return;
  const int type = GEOSGeomTypeId_r(ctx, g);
  if (type == GEOS_MULTIPOINT || type == GEOS_MULTILINESTRING || type == GEOS_MULTIPOLYGON ||
      type == GEOS_GEOMETRYCOLLECTION) {
    const int n = GEOSGetNumGeometries_r(ctx, g);
    for (int i = 0; i < n; ++i) collectLeaves(ctx, GEOSGetGeometryN_r(ctx, g, i), out);
  } else {
    out.push_back(g);
  }
}

// Open coordinates of a LineString / LinearRing / Point.
void readCoords(GEOSContextHandle_t ctx, const GEOSGeometry* g, std::vector<glm::dvec2>& out) {
  out.clear();
  const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(ctx, g);
  unsigned n = 0;
  if (!seq || GEOSCoordSeq_getSize_r(ctx, seq, &n) == 0 || n == 0) return;
  std::vector<double> buf(2 * static_cast<size_t>(n));
  if (GEOSCoordSeq_copyToBuffer_r(ctx, seq, buf.data(), 0, 0) == 0) return;
  out.reserve(n);
  for (unsigned i = 0; i < n; ++i) out.emplace_back(buf[2 * i], buf[2 * i + 1]);
}

// A ring read from GEOS, opened and turned to the wanted orientation.
bool readRing(GEOSContextHandle_t ctx, const GEOSGeometry* ring, bool ccw, std::vector<glm::dvec2>& out) {
  readCoords(ctx, ring, out);
  if (out.size() >= 2 && out.back() == out.front()) out.pop_back();
  if (out.size() < 3) return false;
  const double a = ringSignedArea(out.data(), out.size());
  if (a == 0.0) return false;
  if ((a > 0.0) != ccw) std::reverse(out.begin(), out.end());
  return true;
}

}  // namespace

GeosContext::GeosContext() : handle_(GEOS_init_r()) {
  GEOSContext_setErrorMessageHandler_r(handle_, onGeosError, &lastError_);
  registerGeosInterrupt();
}

GeosContext::~GeosContext() { GEOS_finish_r(handle_); }

GEOSGeometry* GeosContext::check(GEOSGeometry* g, const char* what) const {
  if (!g && cancelRequested()) throw Cancelled();
  if (!g) throw Error("", std::string(what) + " failed in GEOS: " + (lastError_.empty() ? "unknown error" : lastError_));
  return g;
}

GEOSGeometry* toGeos(GEOSContextHandle_t ctx, const GeometryColumn& col, size_t feature) {
  const GeomKind kind = col.kind[feature];
  std::vector<GEOSGeometry*> parts;
  for (uint32_t p = col.featurePart[feature]; p < col.featurePart[feature + 1]; ++p) {
    GEOSGeometry* g = nullptr;
    switch (kind) {
      case GeomKind::Polygon: g = polygonPart(ctx, col, p); break;
      case GeomKind::Line: g = linePart(ctx, col, p); break;
      case GeomKind::Point: g = pointPart(ctx, col, p); break;
      case GeomKind::None: break;
    }
    if (g) parts.push_back(g);
  }
  if (parts.empty()) return GEOSGeom_createEmptyCollection_r(ctx, GEOS_GEOMETRYCOLLECTION);
  if (parts.size() == 1) return parts[0];
  const int type = kind == GeomKind::Polygon ? GEOS_MULTIPOLYGON
                   : kind == GeomKind::Line  ? GEOS_MULTILINESTRING
                                             : GEOS_MULTIPOINT;
  return GEOSGeom_createCollection_r(ctx, type, parts.data(), static_cast<unsigned>(parts.size()));
}

void appendFromGeos(GEOSContextHandle_t ctx, const GEOSGeometry* g, GeometryColumn& out) {
  std::vector<const GEOSGeometry*> leaves;
  if (g) collectLeaves(ctx, g, leaves);
  int dim = -1;
  for (const GEOSGeometry* l : leaves) dim = std::max(dim, GEOSGeom_getDimensions_r(ctx, l));

  // Parts are staged so a geometry whose parts are all degenerate becomes None.
  std::vector<std::vector<std::vector<glm::dvec2>>> parts;
  std::vector<glm::dvec2> ring;
  for (const GEOSGeometry* l : leaves) {
    if (GEOSGeom_getDimensions_r(ctx, l) != dim) continue;
    std::vector<std::vector<glm::dvec2>> rings;
    if (dim == 2) {
      if (!readRing(ctx, GEOSGetExteriorRing_r(ctx, l), true, ring)) continue;
      rings.push_back(ring);
      const int holes = GEOSGetNumInteriorRings_r(ctx, l);
      for (int h = 0; h < holes; ++h)
        if (readRing(ctx, GEOSGetInteriorRingN_r(ctx, l, h), false, ring)) rings.push_back(ring);
    } else {
      readCoords(ctx, l, ring);
      if (ring.empty() || (dim == 1 && ring.size() < 2)) continue;
      rings.push_back(ring);
    }
    parts.push_back(std::move(rings));
  }

  const GeomKind kind = parts.empty() ? GeomKind::None
                        : dim == 2    ? GeomKind::Polygon
                        : dim == 1    ? GeomKind::Line
                                      : GeomKind::Point;
  out.beginFeature(kind);
  for (const auto& rings : parts) {
    out.beginPart();
    for (const auto& r : rings) out.addRing(r.data(), r.size());
  }
  out.endFeature();
}

bool appendPolygonal(GEOSContextHandle_t ctx, const GEOSGeometry* g, GeometryColumn& out) {
  const size_t coords = out.coords.size(), rings = out.ringCoord.size(), parts = out.partRing.size();
  appendFromGeos(ctx, g, out);
  if (out.kind.back() == GeomKind::Polygon) return true;
  out.kind.pop_back();
  out.featurePart.pop_back();
  out.coords.resize(coords);
  out.ringCoord.resize(rings);
  out.partRing.resize(parts);
  return false;
}

}  // namespace ps::geometry
