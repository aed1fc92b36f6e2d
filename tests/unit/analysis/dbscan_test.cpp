#include <gtest/gtest.h>

#include <glm/geometric.hpp>

#include "analysis/dbscan.h"
#include "analysis_fixture.h"

using namespace ps::analysis;

namespace {

// Textbook O(n^2) DBSCAN with the same contract, as an independent reference.
std::vector<int32_t> bruteDbscan(const std::vector<glm::dvec2>& p, double eps, uint32_t minPts) {
  size_t n = p.size();
  std::vector<std::vector<uint32_t>> nb(n);
  for (size_t i = 0; i < n; ++i)
    for (size_t j = 0; j < n; ++j)
      if (glm::distance(p[i], p[j]) <= eps) nb[i].push_back(uint32_t(j));
  std::vector<int32_t> label(n, -2);
  int32_t c = 0;
  for (size_t i = 0; i < n; ++i) {
    if (label[i] != -2) continue;
    if (nb[i].size() < minPts) {
      label[i] = -1;
      continue;
    }
    std::vector<uint32_t> stack = {uint32_t(i)};
    label[i] = c;
    while (!stack.empty()) {
      uint32_t k = stack.back();
      stack.pop_back();
      if (nb[k].size() < minPts) continue;
      for (uint32_t j : nb[k]) {
        if (label[j] == -1) label[j] = c;
        if (label[j] == -2) {
          label[j] = c;
          stack.push_back(j);
        }
      }
    }
    ++c;
  }
  return label;
}

}  // namespace

TEST(Dbscan, TwoBlobsAndNoise) {
  std::vector<glm::dvec2> p;
  fx::Lcg rng(11);
  for (int i = 0; i < 40; ++i) p.push_back({rng.uniform(0, 200), rng.uniform(0, 200)});           // blob A
  for (int i = 0; i < 30; ++i) p.push_back({rng.uniform(5000, 5150), rng.uniform(3000, 3150)});   // blob B
  p.push_back({2500, 1500});                                                                     // lone noise
  p.push_back({-3000, 9000});
  p.push_back({std::nan(""), 1});
  std::vector<int32_t> labels;
  int32_t n = dbscan(p, {150, 4}, labels);
  EXPECT_EQ(n, 2);
  for (int i = 0; i < 40; ++i) EXPECT_EQ(labels[size_t(i)], 0);
  for (int i = 40; i < 70; ++i) EXPECT_EQ(labels[size_t(i)], 1);
  EXPECT_EQ(labels[70], kNoise);
  EXPECT_EQ(labels[71], kNoise);
  EXPECT_EQ(labels[72], kNoise);
}

TEST(Dbscan, MatchesBruteForceOnRandomPoints) {
  fx::Lcg rng(99);
  std::vector<glm::dvec2> p;
  // Clumps of varied density plus uniform scatter, in 7-digit eastings like EPSG:4507.
  for (int c = 0; c < 12; ++c) {
    glm::dvec2 ctr{35'400'000 + rng.uniform(0, 20000), 3'390'000 + rng.uniform(0, 20000)};
    double spread = rng.uniform(100, 900);
    for (int i = 0; i < 60; ++i) p.push_back(ctr + glm::dvec2{rng.uniform(-spread, spread), rng.uniform(-spread, spread)});
  }
  for (int i = 0; i < 300; ++i) p.push_back({35'400'000 + rng.uniform(0, 20000), 3'390'000 + rng.uniform(0, 20000)});
  for (double eps : {150.0, 400.0})
    for (uint32_t minPts : {1u, 3u, 8u}) {
      std::vector<int32_t> got;
      dbscan(p, {eps, minPts}, got);
      EXPECT_EQ(got, bruteDbscan(p, eps, minPts)) << eps << " " << minPts;
    }
}
