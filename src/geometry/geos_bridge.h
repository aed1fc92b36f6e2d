#pragma once
// The one place analysis:: meets GEOS (C API, reentrant _r functions only, so
// every worker thread owns its own context). RAII wrappers plus conversions
// between FeatureTable geometry and GEOSGeometry.
#include <cstddef>
#include <memory>

#include <glm/vec2.hpp>

#include "core/feature_table.h"

typedef struct GEOSContextHandle_HS* GEOSContextHandle_t;
typedef struct GEOSGeom_t GEOSGeometry;

namespace ps::analysis {

// One GEOS context; not shareable across threads, cheap enough to make per call.
class GeosContext {
 public:
  GeosContext();
  ~GeosContext();
  GeosContext(const GeosContext&) = delete;
  GeosContext& operator=(const GeosContext&) = delete;
  GEOSContextHandle_t get() const { return h_; }

 private:
  GEOSContextHandle_t h_;
};

struct GeosGeomDeleter {
  GEOSContextHandle_t h;
  void operator()(GEOSGeometry* g) const;
};
using GeosGeom = std::unique_ptr<GEOSGeometry, GeosGeomDeleter>;

GeosGeom wrap(const GeosContext& ctx, GEOSGeometry* g);
// Feature f as a GEOS geometry (Multi* when it has several parts); null for
// None / empty features or when GEOS rejects the coordinates.
GeosGeom toGeos(const GeosContext& ctx, const GeometryColumn& geom, size_t f);
GeosGeom geosPoint(const GeosContext& ctx, glm::dvec2 p);
// Appends the polygonal parts of g (Polygon / MultiPolygon / collections) as
// one Polygon feature. Returns false (and appends nothing) if it has none.
bool appendPolygonFeature(const GeosContext& ctx, const GEOSGeometry* g, GeometryColumn& out);

}  // namespace ps::analysis
