#pragma once
// Reprojection with PROJ. Coordinates are always in traditional GIS order,
// (lon, lat) or (easting, northing), whatever the CRS's official axis order
// (proj_normalize_for_visualization). CRS strings: anything PROJ accepts
// ("EPSG:4507", WKT1/WKT2, PROJJSON, "+proj=..."). Default scene CRS:
// EPSG:4507, see docs/CRS.md.
#include <cstddef>
#include <string>

#include <glm/vec2.hpp>

#include "core/feature_table.h"

struct pj_ctx;    // PROJ's PJ_CONTEXT
struct PJconsts;  // PROJ's PJ

namespace ps::geo {

class Reprojector {
 public:
  // Throws ps::Error("unknown CRS '<crs>': <PROJ's reason>") when either CRS is
  // not understood or no transformation exists.
  Reprojector(const std::string& fromCrs, const std::string& toCrs);
  ~Reprojector();
  Reprojector(Reprojector&& o) noexcept;
  Reprojector& operator=(Reprojector&& o) noexcept;
  Reprojector(const Reprojector&) = delete;
  Reprojector& operator=(const Reprojector&) = delete;

  // In place, in bulk. A point that cannot be transformed becomes (inf, inf).
  // Not thread-safe per instance (its own PJ_CONTEXT): one Reprojector per thread.
  void transform(glm::dvec2* pts, size_t n) const;
  void inverse(glm::dvec2* pts, size_t n) const;
  // Both CRSs are the same: transform() does nothing.
  bool identity() const { return identity_; }
  // The same transformation in a context of its own, for another thread
  // (proj_clone: no second search of PROJ's database). Bit-identical results.
  Reprojector clone() const;

 private:
  Reprojector() = default;
  void run(int direction, glm::dvec2* pts, size_t n) const;
  ::pj_ctx* ctx_ = nullptr;
  ::PJconsts* pj_ = nullptr;
  bool identity_ = false;
};

// This thread's Reprojector for (fromCrs, toCrs), made on first use and kept
// for the thread's life: creating one searches PROJ's database (~0.1 s of CPU),
// and a render reprojects its layers and its camera centre between the same
// CRSes. Throws as the constructor does.
const Reprojector& threadReprojector(const std::string& fromCrs, const std::string& toCrs);

// Reprojects t.coords into `toCrs` and sets t.crs. Throws ps::Error naming
// t.source when t.crs is empty or a coordinate cannot be transformed.
// `threads`: 0 = up to 2 for large tables (each with its own PJ), 1 = this
// thread only; the result is bit-identical whatever the count.
void reprojectTable(FeatureTable& t, const std::string& toCrs, unsigned threads = 0);

// True for geographic (lon/lat) CRSs. Throws ps::Error for an unknown CRS.
bool isGeographic(const std::string& crs);
// Human-readable name ("CGCS2000 / 3-degree Gauss-Kruger CM 105E") and the EPSG
// code when PROJ can identify one (0 otherwise). Throws for an unknown CRS.
std::string crsName(const std::string& crs, int* epsg = nullptr);

}  // namespace ps::geo
