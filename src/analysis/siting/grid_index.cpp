#include "analysis/siting/grid_index.h"

#include <algorithm>
#include <cmath>

namespace ps::siting {

void GridIndex::build(const std::vector<geometry::Box>& boxes, double cellSize) {
  boxes_ = boxes;
  stamp_.assign(boxes_.size(), 0);
  query_ = 0;
  geometry::Box all;
  for (const geometry::Box& b : boxes_)
    if (!b.empty()) all.add(b.min), all.add(b.max);
  if (all.empty()) {
    nx_ = ny_ = 0;
    cellStart_.assign(1, 0);
    items_.clear();
    return;
  }
  glm::dvec2 ext = all.max - all.min;
  if (cellSize <= 0) {
    double area = std::max(ext.x, 1.0) * std::max(ext.y, 1.0);
    cellSize = std::sqrt(area / std::max<double>(1.0, static_cast<double>(boxes_.size())));
  }
  // Cap the grid at 1024 x 1024 cells whatever the extent.
  cellSize = std::max({cellSize, ext.x / 1024, ext.y / 1024, 1e-6});
  cell_ = cellSize;
  origin_ = all.min;
  nx_ = static_cast<int64_t>(ext.x / cell_) + 1;
  ny_ = static_cast<int64_t>(ext.y / cell_) + 1;
  auto cellRange = [&](const geometry::Box& b, int64_t& x0, int64_t& y0, int64_t& x1, int64_t& y1) {
    x0 = std::clamp<int64_t>(static_cast<int64_t>((b.min.x - origin_.x) / cell_), 0, nx_ - 1);
    y0 = std::clamp<int64_t>(static_cast<int64_t>((b.min.y - origin_.y) / cell_), 0, ny_ - 1);
    x1 = std::clamp<int64_t>(static_cast<int64_t>((b.max.x - origin_.x) / cell_), 0, nx_ - 1);
    y1 = std::clamp<int64_t>(static_cast<int64_t>((b.max.y - origin_.y) / cell_), 0, ny_ - 1);
  };
  std::vector<uint32_t> counts(static_cast<size_t>(nx_ * ny_) + 1, 0);
  for (const geometry::Box& b : boxes_) {
    if (b.empty()) continue;
    int64_t x0, y0, x1, y1;
    cellRange(b, x0, y0, x1, y1);
    for (int64_t y = y0; y <= y1; ++y)
      for (int64_t x = x0; x <= x1; ++x) ++counts[static_cast<size_t>(y * nx_ + x) + 1];
  }
  for (size_t i = 1; i < counts.size(); ++i) counts[i] += counts[i - 1];
  cellStart_ = counts;
  items_.assign(counts.back(), 0);
  for (uint32_t i = 0; i < boxes_.size(); ++i) {
    const geometry::Box& b = boxes_[i];
    if (b.empty()) continue;
    int64_t x0, y0, x1, y1;
    cellRange(b, x0, y0, x1, y1);
    for (int64_t y = y0; y <= y1; ++y)
      for (int64_t x = x0; x <= x1; ++x) items_[counts[static_cast<size_t>(y * nx_ + x)]++] = i;
  }
}

void GridIndex::query(const geometry::Box& q, const std::function<void(uint32_t)>& visit) const {
  if (nx_ == 0 || q.empty()) return;
  int64_t x0 = static_cast<int64_t>(std::floor((q.min.x - origin_.x) / cell_));
  int64_t y0 = static_cast<int64_t>(std::floor((q.min.y - origin_.y) / cell_));
  int64_t x1 = static_cast<int64_t>(std::floor((q.max.x - origin_.x) / cell_));
  int64_t y1 = static_cast<int64_t>(std::floor((q.max.y - origin_.y) / cell_));
  if (x1 < 0 || y1 < 0 || x0 >= nx_ || y0 >= ny_) return;
  x0 = std::max<int64_t>(x0, 0), y0 = std::max<int64_t>(y0, 0);
  x1 = std::min(x1, nx_ - 1), y1 = std::min(y1, ny_ - 1);
  if (++query_ == 0) std::fill(stamp_.begin(), stamp_.end(), 0), query_ = 1;
  for (int64_t y = y0; y <= y1; ++y)
    for (int64_t x = x0; x <= x1; ++x) {
      size_t c = static_cast<size_t>(y * nx_ + x);
      for (uint32_t k = cellStart_[c]; k < cellStart_[c + 1]; ++k) {
        uint32_t it = items_[k];
        if (stamp_[it] == query_) continue;
        stamp_[it] = query_;
        const geometry::Box& b = boxes_[it];
        if (b.max.x < q.min.x || b.min.x > q.max.x || b.max.y < q.min.y || b.min.y > q.max.y) continue;
        visit(it);
      }
    }
}

GridIndex::Hit GridIndex::nearest(const glm::dvec2& p, const std::function<double(uint32_t)>& dist,
                                  const std::function<bool(uint32_t)>& accept, double maxDistance) const {
  Hit hit;
  if (nx_ == 0) return hit;
  if (++query_ == 0) std::fill(stamp_.begin(), stamp_.end(), 0), query_ = 1;
  int64_t cx = static_cast<int64_t>(std::floor((p.x - origin_.x) / cell_));
  int64_t cy = static_cast<int64_t>(std::floor((p.y - origin_.y) / cell_));
  // Rings of cells at Chebyshev distance k hold nothing closer than (k-1)*cell;
  // beyond kMax the ring lies wholly outside the grid.
  int64_t kMax = std::max({std::abs(cx), std::abs(cy), std::abs(nx_ - 1 - cx), std::abs(ny_ - 1 - cy)});
  double bound = maxDistance;
  for (int64_t k = 0; k <= kMax; ++k) {
    if (k > 0 && static_cast<double>(k - 1) * cell_ > std::min(bound, hit.distance)) break;
    for (int64_t y = cy - k; y <= cy + k; ++y) {
      if (y < 0 || y >= ny_) continue;
      bool edgeRow = y == cy - k || y == cy + k;
      for (int64_t x = cx - k; x <= cx + k; x += (edgeRow || k == 0) ? 1 : 2 * k) {
        if (x < 0 || x >= nx_) continue;
        size_t c = static_cast<size_t>(y * nx_ + x);
        for (uint32_t j = cellStart_[c]; j < cellStart_[c + 1]; ++j) {
          uint32_t it = items_[j];
          if (stamp_[it] == query_) continue;
          stamp_[it] = query_;
          if (accept && !accept(it)) continue;
          if (boxes_[it].distance(p) > std::min(bound, hit.distance)) continue;
          double d = dist(it);
          if (d > bound) continue;
          if (d < hit.distance || (d == hit.distance && static_cast<int64_t>(it) < hit.item))
            hit = {static_cast<int64_t>(it), d};
        }
      }
    }
  }
  return hit;
}

}  // namespace ps::siting
