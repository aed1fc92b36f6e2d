#pragma once
// The one GEOS wrapper: conversions between GeometryColumn features and GEOS
// geometries (reentrant C API only, so every worker thread owns its own
// context), plus an RAII GEOS context that turns GEOS failures into ps::Error.
// Only src/geometry includes this; other modules call the geometry functions
// built on it (buffer, point_hull, disc_union, polygon_index).
//
// Ring conventions on our side are those of core/feature_table.h: rings
// stored open, polygon shells counter-clockwise, holes clockwise.
#ifndef GEOS_USE_ONLY_R_API
#define GEOS_USE_ONLY_R_API
#endif
#include <geos_c.h>

#include <memory>
#include <string>

#include "core/feature_table.h"

namespace ps::geometry {

// One GEOS context. Not thread-safe: one per thread (or per call).
class GeosContext {
 public:
  GeosContext();
  ~GeosContext();
  GeosContext(const GeosContext&) = delete;
  GeosContext& operator=(const GeosContext&) = delete;

  GEOSContextHandle_t handle() const { return handle_; }
  operator GEOSContextHandle_t() const { return handle_; }
  // The last error GEOS reported on this context ("" if none).
  const std::string& lastError() const { return lastError_; }
  // Throws ps::Error("", what + ": " + lastError()) when `g` is null (ps::Cancelled
  // when the current thread's cancel token, core/cancel.h, interrupted GEOS); returns g.
  // A context makes every GEOS operation in the process poll the token of the
  // thread it runs on.
  GEOSGeometry* check(GEOSGeometry* g, const char* what) const;

 private:
  GEOSContextHandle_t handle_;
  std::string lastError_;
};

// unique_ptr deleter bound to a context.
struct GeosDeleter {
  GEOSContextHandle_t ctx;
  void operator()(GEOSGeometry* g) const { GEOSGeom_destroy_r(ctx, g); }
};
using GeosPtr = std::unique_ptr<GEOSGeometry, GeosDeleter>;
inline GeosPtr own(GEOSContextHandle_t ctx, GEOSGeometry* g) { return GeosPtr(g, GeosDeleter{ctx}); }

// Feature `feature` of `col` as a new GEOS geometry the caller owns (destroy
// with GEOSGeom_destroy_r): Point/MultiPoint, LineString/MultiLineString or
// Polygon/MultiPolygon (the Multi form only when there are several parts).
// Rings are closed for GEOS. Parts GEOS cannot hold (lines under 2 points,
// shells under 3 distinct points) are dropped, as are such holes; a feature
// left with nothing, or of kind None, becomes an empty GeometryCollection.
// Returns null only when GEOS itself fails.
GEOSGeometry* toGeos(GEOSContextHandle_t ctx, const GeometryColumn& col, size_t feature);

// Appends `g` to `out` as ONE feature. Polygonal geometries become Polygon
// features (shell CCW, holes CW, rings open), lineal ones Line, puntal ones
// Point. A mixed GeometryCollection keeps only its highest-dimension members
// (what a buffer or union cares about). Empty or null -> a None feature with
// no parts, so row alignment with the input is kept.
void appendFromGeos(GEOSContextHandle_t ctx, const GEOSGeometry* g, GeometryColumn& out);

// Appends the polygonal parts of `g` as one Polygon feature (as appendFromGeos
// does) and returns true; returns false, appending nothing, when `g` has no
// polygon area (null, empty, or only points and lines).
bool appendPolygonal(GEOSContextHandle_t ctx, const GEOSGeometry* g, GeometryColumn& out);

}  // namespace ps::geometry
