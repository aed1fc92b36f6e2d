#include "analysis/dbscan.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include <glm/common.hpp>

namespace ps::analysis {
namespace {

struct Grid {
  double eps;
  glm::dvec2 min{0, 0};
  std::vector<uint32_t> order;                        // point indices sorted by cell
  std::unordered_map<uint64_t, std::pair<uint32_t, uint32_t>> cells;  // cell -> [begin, end) in order

  static uint64_t key(int64_t cx, int64_t cy) { return (uint64_t(uint32_t(cx)) << 32) | uint32_t(cy); }
  void cellOf(glm::dvec2 p, int64_t& cx, int64_t& cy) const {
    cx = int64_t(std::floor((p.x - min.x) / eps));
    cy = int64_t(std::floor((p.y - min.y) / eps));
  }

  Grid(std::span<const glm::dvec2> pts, double e) : eps(e) {
    bool first = true;
    for (const glm::dvec2& p : pts) {
      if (std::isnan(p.x) || std::isnan(p.y)) continue;
      min = first ? p : glm::min(min, p);
      first = false;
    }
    std::vector<std::pair<uint64_t, uint32_t>> keyed;
    keyed.reserve(pts.size());
    for (size_t i = 0; i < pts.size(); ++i) {
      if (std::isnan(pts[i].x) || std::isnan(pts[i].y)) continue;
      int64_t cx, cy;
      cellOf(pts[i], cx, cy);
      keyed.push_back({key(cx, cy), uint32_t(i)});
    }
    std::sort(keyed.begin(), keyed.end());
    order.resize(keyed.size());
    cells.reserve(keyed.size() / 2 + 1);
    for (size_t i = 0; i < keyed.size(); ++i) {
      order[i] = keyed[i].second;
      auto [it, added] = cells.emplace(keyed[i].first, std::make_pair(uint32_t(i), uint32_t(i + 1)));
      if (!added) it->second.second = uint32_t(i + 1);
    }
  }

  void neighbours(std::span<const glm::dvec2> pts, uint32_t i, std::vector<uint32_t>& out) const {
    out.clear();
    glm::dvec2 p = pts[i];
    int64_t cx, cy;
    cellOf(p, cx, cy);
    double e2 = eps * eps;
    for (int64_t dy = -1; dy <= 1; ++dy)
      for (int64_t dx = -1; dx <= 1; ++dx) {
        auto it = cells.find(key(cx + dx, cy + dy));
        if (it == cells.end()) continue;
        for (uint32_t k = it->second.first; k < it->second.second; ++k) {
          glm::dvec2 d = pts[order[k]] - p;
          if (d.x * d.x + d.y * d.y <= e2) out.push_back(order[k]);
        }
      }
  }
};

constexpr int32_t kUnvisited = -2;

}  // namespace

int32_t dbscan(std::span<const glm::dvec2> pts, const DbscanParams& params, std::vector<int32_t>& labels) {
  labels.assign(pts.size(), kUnvisited);
  double eps = params.eps > 0 ? params.eps : 1e-9;
  uint32_t minPts = std::max<uint32_t>(1, params.minPts);
  Grid grid(pts, eps);
  std::vector<uint32_t> nb, queue;
  int32_t clusters = 0;
  for (uint32_t i = 0; i < pts.size(); ++i) {
    if (labels[i] != kUnvisited) continue;
    if (std::isnan(pts[i].x) || std::isnan(pts[i].y)) {
      labels[i] = kNoise;
      continue;
    }
    grid.neighbours(pts, i, nb);
    if (nb.size() < minPts) {
      labels[i] = kNoise;  // may become a border point of a later cluster
      continue;
    }
    int32_t c = clusters++;
    labels[i] = c;
    queue.clear();
    // Points join when first reached, so each is queued once; noise found
    // earlier is already known not to be core and only becomes a border point.
    auto absorb = [&] {
      for (uint32_t j : nb) {
        if (labels[j] == kNoise) labels[j] = c;
        else if (labels[j] == kUnvisited) {
          labels[j] = c;
          queue.push_back(j);
        }
      }
    };
    absorb();
    for (size_t head = 0; head < queue.size(); ++head) {
      grid.neighbours(pts, queue[head], nb);
      if (nb.size() >= minPts) absorb();
    }
  }
  for (int32_t& l : labels)
    if (l == kUnvisited) l = kNoise;
  return clusters;
}

}  // namespace ps::analysis
