#pragma once
// Shared by the sample tests: the real anchors from geodata/, one generated
// data set per (seed, scale) cached for the test binary, and GEOS helpers.
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <stdexcept>
#include <utility>

#include <geos_c.h>

#include "core/feature_table.h"
#include "sample/anchors.h"
#include "sample/generator.h"

namespace ps::sample::test {

inline const Anchors& anchors() {
  static const Anchors a = readAnchors(std::string(PARKSCAPE_SOURCE_DIR) + "/geodata");
  return a;
}

// The real district polygons (geodata/cache, made by scripts/prepare_data.sh).
inline const Municipality& municipality() {
  static const Municipality m = readMunicipality(std::string(PARKSCAPE_SOURCE_DIR) + "/geodata/cache/chengdu_districts.gpkg");
  return m;
}

inline const SampleData& sampleData(uint64_t seed = kDefaultSeed, double scale = 1.0) {
  static std::map<std::pair<uint64_t, double>, std::unique_ptr<SampleData>> cache;
  auto& slot = cache[{seed, scale}];
  if (!slot) slot = std::make_unique<SampleData>(generateSample(anchors(), {seed, scale, true, &municipality()}));
  return *slot;
}

inline const Column& col(const FeatureTable& t, const char* name) {
  const Column* c = t.column(name);
  if (!c) throw std::runtime_error(t.layer + " has no column " + name);
  return *c;
}

// A GEOS handle and geometry builders from FeatureTable features.
class Geos {
 public:
  Geos() : h_(GEOS_init_r()) {}
  ~Geos() { GEOS_finish_r(h_); }
  Geos(const Geos&) = delete;
  Geos& operator=(const Geos&) = delete;
  GEOSContextHandle_t h() const { return h_; }

  using Ptr = std::unique_ptr<GEOSGeometry, std::function<void(GEOSGeometry*)>>;
  Ptr own(GEOSGeometry* g) const {
    return Ptr(g, [h = h_](GEOSGeometry* p) { GEOSGeom_destroy_r(h, p); });
  }

  // a contains b with no shared boundary point.
  bool containsProperly(const GEOSGeometry* a, const GEOSGeometry* b) const {
    const GEOSPreparedGeometry* pa = GEOSPrepare_r(h_, a);
    const bool r = GEOSPreparedContainsProperly_r(h_, pa, b) == 1;
    GEOSPreparedGeom_destroy_r(h_, pa);
    return r;
  }

  // Feature f's first part (polygon) or point.
  Ptr feature(const FeatureTable& t, size_t f) const {
    const GeometryColumn& g = t.geom;
    const uint32_t part = g.featurePart[f];
    if (g.kind[f] == GeomKind::Point) {
      const glm::dvec2 p = g.coords[g.ringCoord[g.partRing[part]]];
      return own(GEOSGeom_createPointFromXY_r(h_, p.x, p.y));
    }
    std::vector<GEOSGeometry*> rings;
    for (uint32_t r = g.partRing[part]; r < g.partRing[part + 1]; ++r) rings.push_back(ring(g, r));
    return own(GEOSGeom_createPolygon_r(h_, rings[0], rings.data() + 1, static_cast<unsigned>(rings.size() - 1)));
  }

 private:
  GEOSGeometry* ring(const GeometryColumn& g, uint32_t r) const {
    const uint32_t b = g.ringCoord[r], e = g.ringCoord[r + 1];
    GEOSCoordSequence* cs = GEOSCoordSeq_create_r(h_, e - b + 1, 2);
    for (uint32_t i = b; i <= e; ++i) {
      const glm::dvec2 p = g.coords[i == e ? b : i];
      GEOSCoordSeq_setXY_r(h_, cs, i - b, p.x, p.y);
    }
    return GEOSGeom_createLinearRing_r(h_, cs);
  }
  GEOSContextHandle_t h_;
};

}  // namespace ps::sample::test
