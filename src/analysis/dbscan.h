#pragma once
// DBSCAN (Ester, Kriegel, Sander & Xu 1996, "A density-based algorithm for
// discovering clusters in large spatial databases with noise", KDD-96) on
// points in projected metres.
//
// Contract:
//  - neighbourhood of p = points within distance <= eps, p itself included;
//  - p is a core point when its neighbourhood has >= minPts points;
//  - clusters are numbered 0, 1, ... in the order of their lowest-index core
//    point; a border point reachable from several clusters joins the first of
//    them to reach it in that order; everything else is kNoise (-1);
//  - NaN points are noise and neighbours of nothing.
// Deterministic for a given input order. Neighbour search is a uniform grid
// of eps-sized cells (hash of cell -> sorted range), so the cost is
// O(n log n + sum of neighbourhood sizes).
#include <cstdint>
#include <span>
#include <vector>

#include <glm/vec2.hpp>

namespace ps::analysis {

inline constexpr int32_t kNoise = -1;

struct DbscanParams {
  double eps = 500;      // metres, > 0
  uint32_t minPts = 5;   // >= 1
};

// labels is resized to points.size(). Returns the number of clusters.
int32_t dbscan(std::span<const glm::dvec2> points, const DbscanParams& params, std::vector<int32_t>& labels);

}  // namespace ps::analysis
