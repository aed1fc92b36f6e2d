// The triangulation budget (geometry/triangulate.h, TriangulationLimits): a
// polygon beyond it is refused before GLU sees it (one with 60,000 holes kept
// the tessellator busy for over 4 minutes), one within it still triangulates.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include <glm/vec2.hpp>

#include "geometry/triangulate.h"

using namespace ps::geometry;

namespace {

// A square shell with `holes` unit-square holes stacked along one vertical
// line: the tessellator's worst case (every hole's edges active at once).
void stackedHoles(size_t holes, std::vector<glm::dvec2>& coords, std::vector<uint32_t>& ringStart) {
  const double h = 3.0 * static_cast<double>(holes) + 1;
  coords = {{0, 0}, {3, 0}, {3, h}, {0, h}};
  ringStart = {0, 4};
  for (size_t i = 0; i < holes; ++i) {
    const double y = 3.0 * static_cast<double>(i) + 1;
    for (glm::dvec2 p : {glm::dvec2(1, y), glm::dvec2(1, y + 1), glm::dvec2(2, y + 1), glm::dvec2(2, y)})
      coords.push_back(p);
    ringStart.push_back(static_cast<uint32_t>(coords.size()));
  }
}

}  // namespace

TEST(TriangulateLimits, SixtyThousandHolesAreRefusedAtOnce) {
  std::vector<glm::dvec2> coords;
  std::vector<uint32_t> ringStart;
  stackedHoles(60000, coords, ringStart);
  EXPECT_EQ(triangulationProblem(ringStart.data(), ringStart.size() - 1), "60000 holes (limit 1000)");
  Triangulator tri;
  std::vector<glm::dvec2> verts{{7, 7}};
  std::vector<uint32_t> idx{0};
  EXPECT_EQ(tri.triangulate(coords.data(), ringStart.data(), ringStart.size() - 1, verts, idx), 0u);
  EXPECT_TRUE(tri.tooComplex());
  EXPECT_EQ(verts.size(), 1u);  // outputs untouched
  EXPECT_EQ(idx.size(), 1u);
}

TEST(TriangulateLimits, TooManyVerticesInOneRingAreRefused) {
  std::vector<glm::dvec2> ring;
  const size_t n = TriangulationLimits::kMaxVertices + 1;
  for (size_t i = 0; i < n; ++i) {
    const double a = 6.283185307179586 * static_cast<double>(i) / static_cast<double>(n);
    ring.emplace_back(std::cos(a) * (i % 2 ? 1.0 : 0.5), std::sin(a) * (i % 2 ? 1.0 : 0.5));  // a star
  }
  const std::vector<uint32_t> ringStart{0, static_cast<uint32_t>(n)};
  EXPECT_NE(triangulationProblem(ringStart.data(), 1).find("vertices (limit"), std::string::npos);
  Triangulator tri;
  std::vector<glm::dvec2> verts;
  std::vector<uint32_t> idx;
  EXPECT_EQ(tri.triangulate(ring.data(), ringStart.data(), 1, verts, idx), 0u);
  EXPECT_TRUE(tri.tooComplex());
}

TEST(TriangulateLimits, AThousandHolesStillTriangulate) {
  std::vector<glm::dvec2> coords;
  std::vector<uint32_t> ringStart;
  stackedHoles(TriangulationLimits::kMaxHoles, coords, ringStart);
  EXPECT_EQ(triangulationProblem(ringStart.data(), ringStart.size() - 1), "");
  Triangulator tri;
  std::vector<glm::dvec2> verts;
  std::vector<uint32_t> idx;
  EXPECT_GT(tri.triangulate(coords.data(), ringStart.data(), ringStart.size() - 1, verts, idx), 0u);
  EXPECT_GE(idx.size() / 3, ringStart.size() - 2);  // at least a triangle per hole around it
  EXPECT_FALSE(tri.tooComplex());
}
