#include "geometry/spatial_index.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <glm/common.hpp>

#include "core/error.h"
#include "geometry/geos_convert.h"

namespace ps::geometry {
namespace {

double segmentDistance2(const glm::dvec2& p, const glm::dvec2& a, const glm::dvec2& b) {
  const glm::dvec2 ab = b - a, ap = p - a;
  const double len2 = ab.x * ab.x + ab.y * ab.y;
  double t = len2 > 0.0 ? (ap.x * ab.x + ap.y * ab.y) / len2 : 0.0;
  t = std::clamp(t, 0.0, 1.0);
  const glm::dvec2 d = ap - t * ab;
  return d.x * d.x + d.y * d.y;
}

// Items stored in the tree are feature index + 1 (never null).
void* encode(size_t f) { return reinterpret_cast<void*>(static_cast<uintptr_t>(f) + 1); }
uint32_t decode(const void* item) { return static_cast<uint32_t>(reinterpret_cast<uintptr_t>(item) - 1); }

struct NearestQuery {
  const GeometryColumn* col;
  glm::dvec2 p;
};

// GEOS passes the query item and a tree item in either order; the query item is
// the NearestQuery itself. GEOS wants non-zero for success (its header says the
// opposite; the implementation throws on zero).
int nearestDistance(const void* item1, const void* item2, double* distance, void* user) {
  const auto* q = static_cast<const NearestQuery*>(user);
  const void* item = item1 == q ? item2 : item1;
  *distance = distanceToFeature(*q->col, decode(item), q->p);
  return 1;
}

void collect(void* item, void* user) { static_cast<std::vector<uint32_t>*>(user)->push_back(decode(item)); }

}  // namespace

Box featureBounds(const GeometryColumn& col, size_t feature) {
  const double inf = std::numeric_limits<double>::infinity();
  Box b{{inf, inf}, {-inf, -inf}};
  const uint32_t c0 = col.ringCoord[col.partRing[col.featurePart[feature]]];
  const uint32_t c1 = col.ringCoord[col.partRing[col.featurePart[feature + 1]]];
  for (uint32_t c = c0; c < c1; ++c) {
    b.min = glm::min(b.min, col.coords[c]);
    b.max = glm::max(b.max, col.coords[c]);
  }
  return b;
}

double distanceToFeature(const GeometryColumn& col, size_t feature, const glm::dvec2& p) {
  double best2 = std::numeric_limits<double>::infinity();
  const GeomKind kind = col.kind[feature];
  for (uint32_t part = col.featurePart[feature]; part < col.featurePart[feature + 1]; ++part) {
    bool inside = false;
    for (uint32_t r = col.partRing[part]; r < col.partRing[part + 1]; ++r) {
      const glm::dvec2* c = col.coords.data() + col.ringCoord[r];
      const size_t n = col.ringCoord[r + 1] - col.ringCoord[r];
      if (n == 0) continue;
      if (n == 1 || kind == GeomKind::Point) {
        for (size_t i = 0; i < n; ++i) {
          const glm::dvec2 d = p - c[i];
          best2 = std::min(best2, d.x * d.x + d.y * d.y);
        }
        continue;
      }
      const bool closed = kind == GeomKind::Polygon;
      for (size_t i = 0; i + 1 < n + (closed ? 1 : 0); ++i) {
        const glm::dvec2 a = c[i], b = c[(i + 1) % n];
        best2 = std::min(best2, segmentDistance2(p, a, b));
        if (closed && ((a.y > p.y) != (b.y > p.y)) && p.x < a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y))
          inside = !inside;
      }
    }
    if (inside) return 0.0;
  }
  return std::sqrt(best2);
}

SpatialIndex::SpatialIndex(const GeometryColumn& col) : col_(&col), ctx_(GEOS_init_r()), tree_(nullptr) {
  tree_ = GEOSSTRtree_create_r(ctx_, 10);
  if (!tree_) {
    GEOS_finish_r(ctx_);
    throw Error("", "cannot create a GEOS STRtree");
  }
  for (size_t f = 0; f < col.featureCount(); ++f) {
    if (col.kind[f] == GeomKind::None) continue;
    const Box b = featureBounds(col, f);
    if (b.min.x > b.max.x) continue;
    GEOSGeometry* env = GEOSGeom_createRectangle_r(ctx_, b.min.x, b.min.y, b.max.x, b.max.y);
    if (!env) continue;
    envelopes_.push_back(env);
    GEOSSTRtree_insert_r(ctx_, tree_, env, encode(f));
    ++count_;
  }
}

SpatialIndex::~SpatialIndex() {
  GEOSSTRtree_destroy_r(ctx_, tree_);
  for (GEOSGeometry* g : envelopes_) GEOSGeom_destroy_r(ctx_, g);
  GEOS_finish_r(ctx_);
}

std::vector<uint32_t> SpatialIndex::query(const Box& box) const {
  std::vector<uint32_t> hits;
  if (count_ == 0) return hits;
  GEOSGeometry* env = GEOSGeom_createRectangle_r(ctx_, box.min.x, box.min.y, box.max.x, box.max.y);
  if (!env) return hits;
  GEOSSTRtree_query_r(ctx_, tree_, env, collect, &hits);
  GEOSGeom_destroy_r(ctx_, env);
  std::sort(hits.begin(), hits.end());
  return hits;
}

std::optional<uint32_t> SpatialIndex::nearest(const glm::dvec2& p) const {
  if (count_ == 0) return std::nullopt;
  NearestQuery q{col_, p};
  GEOSGeometry* at = GEOSGeom_createPointFromXY_r(ctx_, p.x, p.y);
  if (!at) return std::nullopt;
  const void* item = GEOSSTRtree_nearest_generic_r(ctx_, tree_, &q, at, nearestDistance, &q);
  GEOSGeom_destroy_r(ctx_, at);
  if (!item) return std::nullopt;
  return decode(item);
}

}  // namespace ps::geometry
