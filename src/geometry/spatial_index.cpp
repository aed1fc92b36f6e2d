#include "geometry/spatial_index.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <glm/common.hpp>

#include "core/error.h"
#include "geometry/geos_convert.h"

namespace ps::geometry {
namespace {

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
