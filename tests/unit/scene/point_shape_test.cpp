// The point symbols' one geometry definition: names, outlines, distances and
// the painter polygons the legends fill.
#include "scene/point_shape.h"

#include <cmath>
#include <set>

#include <glm/geometric.hpp>
#include <gtest/gtest.h>

namespace {

using ps::PointShape;

std::vector<PointShape> allShapes() {
  std::vector<PointShape> v;
  for (size_t i = 0; i < ps::kPointShapeCount; ++i) v.push_back(static_cast<PointShape>(i));
  return v;
}

float shoelace(std::span<const glm::vec2> p) {
  float a = 0;
  for (size_t i = 0, j = p.size() - 1; i < p.size(); j = i++) a += p[j].x * p[i].y - p[i].x * p[j].y;
  return 0.5f * a;
}

bool segmentsCross(glm::vec2 a, glm::vec2 b, glm::vec2 c, glm::vec2 d) {
  auto o = [](glm::vec2 p, glm::vec2 q, glm::vec2 r) { return (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x); };
  return o(a, b, c) * o(a, b, d) < 0 && o(c, d, a) * o(c, d, b) < 0;
}

bool insideByCrossings(std::span<const glm::vec2> v, glm::vec2 q) {
  bool in = false;
  for (size_t i = 0, j = v.size() - 1; i < v.size(); j = i++)
    if ((v[i].y > q.y) != (v[j].y > q.y) && q.x < (v[j].x - v[i].x) * (q.y - v[i].y) / (v[j].y - v[i].y) + v[i].x) in = !in;
  return in;
}

}  // namespace

TEST(PointShape, NamesRoundTripAndUnknownIsRejected) {
  std::set<std::string_view> names;
  for (PointShape s : allShapes()) {
    const std::string_view n = ps::pointShapeName(s);
    names.insert(n);
    ASSERT_TRUE(ps::findPointShape(n)) << n;
    EXPECT_EQ(*ps::findPointShape(n), s);
    EXPECT_NE(ps::pointShapeNameList().find(std::string(n)), std::string::npos);
  }
  EXPECT_EQ(names.size(), ps::kPointShapeCount);
  EXPECT_GE(names.size(), 7u);
  EXPECT_FALSE(ps::findPointShape("Star"));  // names are exact
  EXPECT_FALSE(ps::findPointShape(""));
  EXPECT_EQ(ps::pointShapeNameList().substr(0, 14), "circle, square");
}

TEST(PointShape, OutlinesAreSimpleCcwAndFitTheUnitBox) {
  EXPECT_TRUE(ps::pointShapeOutline(PointShape::Circle).empty());
  for (PointShape s : allShapes()) {
    if (s == PointShape::Circle) continue;
    const auto v = ps::pointShapeOutline(s);
    SCOPED_TRACE(std::string(ps::pointShapeName(s)));
    ASSERT_GE(v.size(), 3u);
    ASSERT_LE(v.size(), ps::kPointShapeMaxVertices);
    float maxExtent = 0;
    for (const glm::vec2& p : v) {
      EXPECT_LE(std::abs(p.x), 1.0f + 1e-5f);
      EXPECT_LE(std::abs(p.y), 1.0f + 1e-5f);
      maxExtent = std::max({maxExtent, std::abs(p.x), std::abs(p.y)});
    }
    EXPECT_GE(maxExtent, 0.8f - 1e-5f);  // fills most of the point's box
    // Weighs about as much as the others: the unit disc is pi.
    const float area = shoelace(v);
    EXPECT_GT(area, 1.5f);
    EXPECT_LT(area, 3.2f);
    // No edge crosses another.
    for (size_t i = 0; i < v.size(); ++i)
      for (size_t j = i + 2; j < v.size(); ++j) {
        if (i == 0 && j == v.size() - 1) continue;
        EXPECT_FALSE(segmentsCross(v[i], v[(i + 1) % v.size()], v[j], v[(j + 1) % v.size()])) << i << " " << j;
      }
    // The centre sees every vertex (legends fill concave symbols as fans from it).
    for (const glm::vec2& p : v)
      for (float t = 0.05f; t < 0.99f; t += 0.05f) EXPECT_LT(ps::pointShapeDistance(s, p * t), 1e-4f);
    EXPECT_EQ(ps::pointShapeConvex(s), s != PointShape::Star && s != PointShape::Plus && s != PointShape::Cross);
  }
}

TEST(PointShape, DistanceIsSignedAndExact) {
  EXPECT_FLOAT_EQ(ps::pointShapeDistance(PointShape::Circle, {0, 0}), -1.0f);
  EXPECT_FLOAT_EQ(ps::pointShapeDistance(PointShape::Circle, {0, 2}), 1.0f);
  EXPECT_NEAR(ps::pointShapeDistance(PointShape::Square, {0, 0}), -0.8f, 1e-5f);
  EXPECT_NEAR(ps::pointShapeDistance(PointShape::Square, {1.0f, 0.0f}), 0.2f, 1e-5f);
  EXPECT_NEAR(ps::pointShapeDistance(PointShape::Diamond, {0, 0}), -std::sqrt(0.5f), 1e-5f);
  for (PointShape s : allShapes()) {
    SCOPED_TRACE(std::string(ps::pointShapeName(s)));
    EXPECT_LT(ps::pointShapeDistance(s, {0, 0}), -0.3f);
    for (const glm::vec2& p : ps::pointShapeOutline(s)) EXPECT_NEAR(ps::pointShapeDistance(s, p), 0.0f, 1e-5f);
    if (s == PointShape::Circle) continue;
    // The sign agrees with a crossing-number test everywhere in the box.
    const auto v = ps::pointShapeOutline(s);
    int disagree = 0;
    for (int j = 0; j < 64; ++j)
      for (int i = 0; i < 64; ++i) {
        const glm::vec2 q(-1.1f + 2.2f * (i + 0.5f) / 64, -1.1f + 2.2f * (j + 0.5f) / 64);
        const float d = ps::pointShapeDistance(s, q);
        if (std::abs(d) > 1e-4f) disagree += (d < 0) != insideByCrossings(v, q);
      }
    EXPECT_EQ(disagree, 0);
  }
}

TEST(PointShape, SymbolsDifferEnoughToTellApart) {
  // Any two symbols disagree on at least 12% of the unit box: told apart at 9-14 px.
  const auto shapes = allShapes();
  for (size_t a = 0; a < shapes.size(); ++a)
    for (size_t b = a + 1; b < shapes.size(); ++b) {
      int differ = 0;
      constexpr int n = 48;
      for (int j = 0; j < n; ++j)
        for (int i = 0; i < n; ++i) {
          const glm::vec2 q(-1 + 2 * (i + 0.5f) / n, -1 + 2 * (j + 0.5f) / n);
          differ += (ps::pointShapeDistance(shapes[a], q) < 0) != (ps::pointShapeDistance(shapes[b], q) < 0);
        }
      EXPECT_GT(differ, n * n * 12 / 100) << ps::pointShapeName(shapes[a]) << " vs " << ps::pointShapeName(shapes[b]);
    }
  // Up and down triangles are mirror images.
  const auto up = ps::pointShapeOutline(PointShape::Triangle), down = ps::pointShapeOutline(PointShape::TriangleDown);
  for (const glm::vec2& p : up) EXPECT_NEAR(ps::pointShapeDistance(PointShape::TriangleDown, {p.x, -p.y}), 0.0f, 1e-5f);
  EXPECT_EQ(up.size(), down.size());
}

TEST(PointShape, PainterPolygonsAreScaledFlippedAndInset) {
  std::vector<glm::vec2> poly;
  for (PointShape s : allShapes()) {
    SCOPED_TRACE(std::string(ps::pointShapeName(s)));
    const glm::vec2 c(50, 30);
    const float r = 7;
    ps::pointShapePolygon(s, c, r, 0, true, poly);
    ASSERT_GE(poly.size(), 3u);
    EXPECT_GT(shoelace(poly), 0.0f);  // clockwise on a y-down screen, as ImGui wants
    // Back in unit coordinates (y up), the vertices sit on the outline.
    for (const glm::vec2& p : poly) {
      const glm::vec2 u((p.x - c.x) / r, -(p.y - c.y) / r);
      EXPECT_NEAR(ps::pointShapeDistance(s, u), 0.0f, 1e-4f);
    }
    ps::pointShapePolygon(s, c, r, 0, false, poly);
    EXPECT_GT(shoelace(poly), 0.0f);
    if (s != PointShape::Circle) {
      EXPECT_EQ(poly.size(), ps::pointShapeOutline(s).size());
      EXPECT_NEAR(poly[0].y - c.y, ps::pointShapeOutline(s)[0].y * r, 1e-4f);
    }
    // Inset by the ring: every vertex at least that deep inside, and not absurdly deeper.
    const float ring = ps::pointOutlineWidthPx(s, r);
    ps::pointShapePolygon(s, c, r, ring, true, poly);
    EXPECT_GT(shoelace(poly), 0.0f);
    for (const glm::vec2& p : poly) {
      const glm::vec2 u((p.x - c.x) / r, -(p.y - c.y) / r);
      const float d = ps::pointShapeDistance(s, u) * r;
      EXPECT_LE(d, -ring + 1e-3f);
      EXPECT_GE(d, -2.0f * ring);
    }
  }
  // Discs: the ring they always had; other symbols: a thin one that leaves star tips their colour.
  EXPECT_FLOAT_EQ(ps::pointOutlineWidthPx(PointShape::Circle, 3), 1.0f);
  EXPECT_FLOAT_EQ(ps::pointOutlineWidthPx(PointShape::Circle, 7), 1.54f);
  EXPECT_FLOAT_EQ(ps::pointOutlineWidthPx(PointShape::Circle, 40), 2.5f);
  EXPECT_FLOAT_EQ(ps::pointOutlineWidthPx(PointShape::Star, 5.5f), 1.0f);
  EXPECT_FLOAT_EQ(ps::pointOutlineWidthPx(PointShape::Star, 40), 1.5f);
}
