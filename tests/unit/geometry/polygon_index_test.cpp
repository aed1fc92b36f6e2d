#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "geometry/polygon_index.h"

using namespace ps;
using namespace ps::geometry;

namespace {

void addSquare(GeometryColumn& col, double x0, double y0, double size) {
  const glm::dvec2 ring[] = {{x0, y0}, {x0 + size, y0}, {x0 + size, y0 + size}, {x0, y0 + size}};
  col.beginFeature(GeomKind::Polygon);
  col.beginPart();
  col.addRing(ring, 4);
  col.endFeature();
}

}  // namespace

TEST(PolygonIndex, OverlapsBordersNanAndNonPolygons) {
  GeometryColumn col;
  addSquare(col, 0, 0, 10);
  addSquare(col, 5, 5, 10);
  col.beginFeature(GeomKind::Point);
  col.beginPart();
  const glm::dvec2 p{7, 7};
  col.addRing(&p, 1);
  col.endFeature();
  addSquare(col, 10, 0, 10);

  const PolygonIndex index(col);
  std::vector<uint32_t> hits;
  index.containing({7, 7}, hits);
  EXPECT_EQ(hits, (std::vector<uint32_t>{0, 1}));
  index.containing({10, 2}, hits);  // the shared border counts for both
  EXPECT_EQ(hits, (std::vector<uint32_t>{0, 3}));
  index.containing({2, 2}, hits);
  EXPECT_EQ(hits, (std::vector<uint32_t>{0}));
  index.containing({50, 50}, hits);
  EXPECT_TRUE(hits.empty());
  index.containing({std::nan(""), 1}, hits);
  EXPECT_TRUE(hits.empty());
}
