// Regression tests for what fuzz_polygon (tests/fuzz) found in the label
// search (geometry/label_anchor.h): each input used to run for seconds to
// forever instead of returning at once.
#include <gtest/gtest.h>

#include <cmath>
#include <cstddef>
#include <limits>
#include <vector>

#include <glm/vec2.hpp>

#include "core/feature_table.h"
#include "geometry/label_anchor.h"

using ps::GeometryColumn;

namespace {

GeometryColumn polygon(const std::vector<std::vector<glm::dvec2>>& rings) {
  GeometryColumn g;
  g.beginFeature(ps::GeomKind::Polygon);
  g.beginPart();
  for (const auto& r : rings) g.addRing(r.data(), r.size());
  g.endFeature();
  return g;
}

}  // namespace

// tests/data/fuzz/polygon_nan_hole_timeout.bin: a NaN vertex in a hole made
// every cell's distance NaN, so no cell ever settled and the search split
// cells up to its edge-test bound (tens of millions of cells, gigabytes).
TEST(LabelAnchorBudget, NanInAHoleGivesNoLabelAtOnce) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const GeometryColumn g = polygon({{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {{2, 2}, {nan, 4e-320}, {4, 4}, {4, 2}}});
  size_t visited = 1;
  const glm::dvec2 a = ps::geometry::poleOfInaccessibility(g, 0, 0.1, nullptr, &visited);
  EXPECT_TRUE(std::isnan(a.x) && std::isnan(a.y));
  EXPECT_EQ(visited, 0u);
}

// Near 1e300 a cell (1e283) is smaller than one ulp of x (1.5e284): the
// initial grid's `x += cellSize` never advanced and the search never ended.
TEST(LabelAnchorBudget, CellsBelowOneUlpStillEnd) {
  const double x0 = 1e300, x1 = std::nextafter(x0, 2e300);
  double x2 = x1;
  for (int i = 0; i < 100; ++i) x2 = std::nextafter(x2, 2e300);
  const GeometryColumn g = polygon({{{x0, 0}, {x2, 0}, {x2, 1e283}, {x0, 1e283}}});
  size_t visited = 0;
  ps::geometry::poleOfInaccessibility(g, 0, 0.0, nullptr, &visited);
  EXPECT_LE(visited, size_t{1} << 21);
}

// tests/data/fuzz/polygon_overflow_timeout.bin: coordinates near 1e304 made
// every squared distance infinite (inf - inf: no cell ever settled), and the
// search ran to its bound, 11 s under the sanitizers. Now: the box centre.
TEST(LabelAnchorBudget, OverflowingCoordinatesGiveTheBoxCentreAtOnce) {
  const GeometryColumn g = polygon({{{0, 2.56e302}, {2.56e302, 1e301}, {1e301, 1e301}, {1e304, 0}}});
  size_t visited = 1;
  const glm::dvec2 a = ps::geometry::poleOfInaccessibility(g, 0, 0.0, nullptr, &visited);
  EXPECT_EQ(visited, 0u);
  EXPECT_DOUBLE_EQ(a.x, 5e303);
  EXPECT_DOUBLE_EQ(a.y, 1.28e302);
}
