#pragma once
// A static spatial index over the features of a GeometryColumn: a GEOS
// STRtree of feature bounding boxes, for siting and picking.
//
// Contract:
//  - Built once from the column; the column must outlive the index and stay
//    unchanged (nearest() measures exact distances on it).
//  - Features of kind None and those without coordinates are not indexed.
//  - Not thread-safe (GEOS builds the tree lazily on the first query): use one
//    per thread or lock around it.
#include <cstdint>
#include <optional>
#include <vector>

#include <glm/vec2.hpp>

#include "core/feature_table.h"
#include "geometry/planar.h"

struct GEOSContextHandle_HS;
struct GEOSSTRtree_t;
struct GEOSGeom_t;

namespace ps::geometry {

class SpatialIndex {
 public:
  explicit SpatialIndex(const GeometryColumn& col);
  ~SpatialIndex();
  SpatialIndex(const SpatialIndex&) = delete;
  SpatialIndex& operator=(const SpatialIndex&) = delete;

  // Features whose bounding box intersects `box` (edges included), ascending.
  std::vector<uint32_t> query(const Box& box) const;
  // The feature nearest to p by distanceToFeature (ties: any of them);
  // nullopt when nothing is indexed.
  std::optional<uint32_t> nearest(const glm::dvec2& p) const;
  size_t size() const { return count_; }

 private:
  const GeometryColumn* col_;
  GEOSContextHandle_HS* ctx_;
  GEOSSTRtree_t* tree_;
  std::vector<GEOSGeom_t*> envelopes_;  // kept alive for the tree's lifetime
  size_t count_ = 0;
};

}  // namespace ps::geometry
