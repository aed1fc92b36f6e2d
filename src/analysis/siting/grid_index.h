#pragma once
// A uniform grid over item bounding boxes: the spatial index behind every
// siting distance. Chosen over an R-tree because siting layers are a few
// thousand to a few hundred thousand small, evenly spread items, and a grid
// is rebuilt in one pass with no allocation per item.
//
// Contract: an item is listed in every cell its box overlaps; queries visit
// each item at most once. nearest() is exact for any distance function that
// is >= the distance from p to the item's box (true for points and polygons).
#include <cstdint>
#include <functional>
#include <limits>
#include <vector>

#include "analysis/siting/planar.h"
#include "geometry/planar.h"

namespace ps::siting {

class GridIndex {
 public:
  // cellSize <= 0: about one item per cell.
  void build(const std::vector<geometry::Box>& boxes, double cellSize = 0);
  size_t size() const { return boxes_.size(); }

  // visit(item) for every item whose box intersects q.
  void query(const geometry::Box& q, const std::function<void(uint32_t)>& visit) const;

  struct Hit {
    int64_t item = -1;
    double distance = std::numeric_limits<double>::infinity();
  };
  // Item minimising dist(item) among those with accept(item) (null = all);
  // ties go to the lower item index. Returns item -1 when none is within maxDistance.
  Hit nearest(const glm::dvec2& p, const std::function<double(uint32_t)>& dist,
              const std::function<bool(uint32_t)>& accept = {},
              double maxDistance = std::numeric_limits<double>::infinity()) const;

 private:
  std::vector<geometry::Box> boxes_;
  glm::dvec2 origin_{0, 0};
  double cell_ = 1;
  int64_t nx_ = 0, ny_ = 0;
  std::vector<uint32_t> cellStart_, items_;  // CSR: items of cell c in [cellStart_[c], cellStart_[c+1])
  // Per item: the last query that visited it. Makes queries on one index
  // not thread-safe; give each thread its own copy.
  mutable std::vector<uint32_t> stamp_;
  mutable uint32_t query_ = 0;
};

}  // namespace ps::siting
