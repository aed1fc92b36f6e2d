// buildExtrusion on two threads must write the very arrays one thread writes.
#include <cstring>

#include <gtest/gtest.h>

#include "geometry/extrude.h"
#include "geometry_test_util.h"

using namespace ps;
using namespace ps::geometry;
using namespace ps::geometry::test;

namespace {

// Parcels of every kind the extruder meets: convex, concave (GLU), with a
// hole, two parts, a line (skipped), a degenerate ring.
FeatureTable mixedParcels(size_t n) {
  FeatureTable t;
  for (size_t i = 0; i < n; ++i) {
    const double x = 1000.0 + (i % 100) * 50.0, y = 2000.0 + (i / 100) * 50.0;
    switch (i % 6) {
      case 0: addPolygon(t.geom, {{rect(x, y, x + 30, y + 20)}}); break;
      case 1: addPolygon(t.geom, {{{{x, y}, {x + 30, y}, {x + 30, y + 30}, {x + 15, y + 10}, {x, y + 30}}}}); break;
      case 2: addPolygon(t.geom, {{rect(x, y, x + 40, y + 40), rect(x + 10, y + 10, x + 20, y + 20)}}); break;
      case 3: addPolygon(t.geom, {{rect(x, y, x + 10, y + 10)}, {rect(x + 20, y, x + 30, y + 10)}}); break;
      case 4: addLine(t.geom, {{{x, y}, {x + 10, y + 10}}}); break;
      default: addPolygon(t.geom, {{{{x, y}, {x + 10, y}, {x + 20, y}}}}); break;
    }
  }
  return t;
}

template <typename T>
bool sameBytes(const std::vector<T>& a, const std::vector<T>& b) {
  return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(T)) == 0);
}

}  // namespace

TEST(ExtrudeThreads, TwoThreadsWriteTheSameArraysAsOne) {
  const FeatureTable t = mixedParcels(6001);
  const LocalFrame frame{{3000, 4000}};
  ExtrusionBucket one, two, automatic;
  buildExtrusion(t, frame, one, 1);
  buildExtrusion(t, frame, two, 2);
  buildExtrusion(t, frame, automatic);
  ASSERT_FALSE(one.indices.empty());
  EXPECT_EQ(one.featureCount, two.featureCount);
  EXPECT_TRUE(sameBytes(one.vertices, two.vertices));
  EXPECT_TRUE(sameBytes(one.indices, two.indices));
  EXPECT_TRUE(sameBytes(one.vertices, automatic.vertices));
  EXPECT_TRUE(sameBytes(one.indices, automatic.indices));
}

TEST(ExtrudeThreads, TinyTablesAndOutputReuse) {
  for (size_t n : {0u, 1u, 2u, 7u}) {
    SCOPED_TRACE(n);
    const FeatureTable t = mixedParcels(n);
    ExtrusionBucket one, two;
    two.indices = {9, 9, 9};  // stale content is cleared
    buildExtrusion(t, LocalFrame{}, one, 1);
    buildExtrusion(t, LocalFrame{}, two, 2);
    EXPECT_TRUE(sameBytes(one.vertices, two.vertices));
    EXPECT_TRUE(sameBytes(one.indices, two.indices));
    EXPECT_EQ(two.featureCount, n);
  }
}
