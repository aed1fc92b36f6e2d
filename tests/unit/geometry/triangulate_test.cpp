// Triangulation fixtures in the style of earcut.hpp's tests: each case states
// its exact triangle count (where the count is determined: V + 2H - 2 for a
// simple polygon with V vertices and H holes) and the summed triangle area must
// match the polygon's area to 1e-9 relative.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "geometry/triangulate.h"
#include "geometry_test_util.h"

namespace fs = std::filesystem;
using namespace ps::geometry;
using namespace ps::geometry::test;

namespace {

struct Case {
  std::string name;
  std::vector<Ring> rings;
  int triangles = -1;  // -1: not asserted (tessellator's choice)
  double area = std::numeric_limits<double>::quiet_NaN();  // NaN: |shell| - sum |holes|
  double maxDeviation = 1e-9;
};

std::vector<Case> fileCases() {
  std::vector<Case> cases;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(fs::path(PARKSCAPE_TEST_DATA) / "geometry"))
    if (e.path().extension() == ".json") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) {
    std::ifstream in(f);
    const auto j = nlohmann::json::parse(in);
    if (!j.contains("rings")) continue;
    Case c;
    c.name = f.stem().string();
    for (const auto& ring : j["rings"]) {
      Ring r;
      for (const auto& pt : ring) r.emplace_back(pt[0].get<double>(), pt[1].get<double>());
      c.rings.push_back(r);
    }
    c.triangles = j.value("triangles", -1);
    if (j.contains("area")) c.area = j["area"].get<double>();
    cases.push_back(c);
  }
  return cases;
}

// Comb: a base bar with n teeth; 4n vertices, no holes.
Ring comb(int n) {
  Ring r{{0, 0}, {2.0 * n - 1, 0}};
  for (int i = n - 1; i >= 0; --i) {
    r.push_back({2.0 * i + 1, 10});
    r.push_back({2.0 * i, 10});
    if (i > 0) {
      r.push_back({2.0 * i, 1});
      r.push_back({2.0 * i - 1, 1});
    }
  }
  return r;
}

// A strip along an Archimedean spiral (three turns): outer edge out, inner edge back.
Ring spiral(int steps) {
  Ring r;
  const double turns = 3, pitch = 1.0, width = 3.0, start = 4.0;
  for (int i = 0; i <= steps; ++i) {
    const double t = 2.0 * M_PI * turns * i / steps;
    r.push_back((start + pitch * t) * glm::dvec2(std::cos(t), std::sin(t)));
  }
  for (int i = steps; i >= 0; --i) {
    const double t = 2.0 * M_PI * turns * i / steps;
    r.push_back((start + pitch * t - width) * glm::dvec2(std::cos(t), std::sin(t)));
  }
  return r;
}

std::vector<Case> allCases() {
  std::vector<Case> cases = fileCases();
  const Ring c = comb(25);
  cases.push_back({"comb25", {c}, static_cast<int>(c.size()) - 2});
  const Ring s = spiral(300);
  cases.push_back({"spiral", {s}, static_cast<int>(s.size()) - 2});
  // In EPSG:4507-like metres (6-7 significant digits before the point): this is
  // where feeding GLU coordinates relative to the first vertex matters.
  const Ring d = districtLike({405000.0, 3395000.0}, 15000.0, 640, 42);
  cases.push_back({"district640", {d}, static_cast<int>(d.size()) - 2});
  const Ring lake = circle({406000.0, 3394000.0}, 2000.0, 96, false);
  cases.push_back({"district_with_lake", {d, lake}, static_cast<int>(d.size() + lake.size())});
  return cases;
}

double expectedArea(const Case& c) {
  if (!std::isnan(c.area)) return c.area;
  double a = 0.0;
  for (size_t i = 0; i < c.rings.size(); ++i) a += (i == 0 ? 1.0 : -1.0) * std::abs(shoelace(c.rings[i]));
  return a;
}

class TriangulateFixture : public ::testing::TestWithParam<Case> {};

}  // namespace

TEST_P(TriangulateFixture, CountAndArea) {
  const Case& c = GetParam();
  std::vector<glm::dvec2> coords;
  std::vector<uint32_t> ringStart{0};
  for (const Ring& r : c.rings) {
    coords.insert(coords.end(), r.begin(), r.end());
    ringStart.push_back(static_cast<uint32_t>(coords.size()));
  }
  // Pre-existing content: the triangulator must append, not overwrite.
  std::vector<glm::dvec2> verts{{-1, -1}, {-2, -2}};
  std::vector<uint32_t> idx{7, 7, 7};
  Triangulator tri;
  const size_t n = tri.triangulate(coords.data(), ringStart.data(), c.rings.size(), verts, idx);

  EXPECT_EQ(idx.size(), 3 + 3 * n);
  if (c.triangles >= 0) {
    EXPECT_EQ(n, static_cast<size_t>(c.triangles));
  }
  if (n == 0) {
    EXPECT_EQ(verts.size(), 2u) << "degenerate input must leave outputs untouched";
    EXPECT_EQ(idx.size(), 3u);
    return;
  }
  ASSERT_GE(verts.size(), 2 + coords.size());
  for (size_t i = 0; i < coords.size(); ++i) ASSERT_EQ(verts[2 + i], coords[i]) << "input vertex " << i;

  double sum = 0.0;
  for (size_t t = 3; t < idx.size(); t += 3) {
    for (int k = 0; k < 3; ++k) ASSERT_LT(idx[t + k], verts.size());
    ASSERT_GE(idx[t], 2u);
    const glm::dvec2 a = verts[idx[t]], b = verts[idx[t + 1]], d = verts[idx[t + 2]];
    const double area = 0.5 * ((b.x - a.x) * (d.y - a.y) - (b.y - a.y) * (d.x - a.x));
    EXPECT_GT(area, 0.0) << "triangle " << t / 3 << " is not counter-clockwise";
    sum += area;
  }
  const double want = expectedArea(c);
  ASSERT_GT(want, 0.0);
  EXPECT_LT(std::abs(sum - want) / want, c.maxDeviation) << "sum " << sum << " want " << want;
}

INSTANTIATE_TEST_SUITE_P(Fixtures, TriangulateFixture, ::testing::ValuesIn(allCases()),
                         [](const ::testing::TestParamInfo<Case>& i) { return i.param.name; });

TEST(Triangulate, MultipolygonThroughTwoCallsAppends) {
  const Ring a = rect(0, 0, 10, 10), b = rect(20, 0, 25, 4);
  const uint32_t starts[] = {0, 4};
  std::vector<glm::dvec2> verts;
  std::vector<uint32_t> idx;
  Triangulator tri;
  EXPECT_EQ(tri.triangulate(a.data(), starts, 1, verts, idx), 2u);
  EXPECT_EQ(tri.triangulate(b.data(), starts, 1, verts, idx), 2u);
  ASSERT_EQ(verts.size(), 8u);
  ASSERT_EQ(idx.size(), 12u);
  double sum = 0.0;
  for (size_t t = 0; t < idx.size(); t += 3) {
    const glm::dvec2 p = verts[idx[t]], q = verts[idx[t + 1]], r = verts[idx[t + 2]];
    sum += 0.5 * ((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
    // Second polygon's triangles reference its own (appended) vertices.
    if (t >= 6) {
      EXPECT_GE(std::min({idx[t], idx[t + 1], idx[t + 2]}), 4u);
    }
  }
  EXPECT_DOUBLE_EQ(sum, 100.0 + 20.0);
}

TEST(Triangulate, RingStartNeedNotBeZero) {
  // Rings addressed inside a bigger coordinate array, as in a GeometryColumn.
  const std::vector<glm::dvec2> coords{{99, 99}, {0, 0}, {4, 0}, {4, 4}, {0, 4}, {1, 1}, {1, 2}, {2, 2}, {2, 1}};
  const uint32_t starts[] = {1, 5, 9};
  std::vector<glm::dvec2> verts;
  std::vector<uint32_t> idx;
  Triangulator tri;
  EXPECT_EQ(tri.triangulate(coords.data(), starts, 2, verts, idx), 8u);
  ASSERT_EQ(verts.size(), 8u);
  EXPECT_EQ(verts[0], coords[1]);
  EXPECT_EQ(verts[7], coords[8]);
}

TEST(Triangulate, EmptyAndNonFiniteInputGiveNothing) {
  std::vector<glm::dvec2> verts;
  std::vector<uint32_t> idx;
  Triangulator tri;
  const uint32_t none[] = {0};
  EXPECT_EQ(tri.triangulate(nullptr, none, 0, verts, idx), 0u);
  const std::vector<glm::dvec2> bad{{0, 0}, {1, 0}, {std::nan(""), 1}};
  const uint32_t starts[] = {0, 3};
  EXPECT_EQ(tri.triangulate(bad.data(), starts, 1, verts, idx), 0u);
  EXPECT_TRUE(verts.empty());
  EXPECT_TRUE(idx.empty());
}

TEST(Triangulate, BowtieAddsTheIntersectionVertex) {
  const Ring bow{{0, 0}, {2, 2}, {2, 0}, {0, 2}};
  const uint32_t starts[] = {0, 4};
  std::vector<glm::dvec2> verts;
  std::vector<uint32_t> idx;
  Triangulator tri;
  ASSERT_EQ(tri.triangulate(bow.data(), starts, 1, verts, idx), 2u);
  ASSERT_EQ(verts.size(), 5u);
  EXPECT_NEAR(verts[4].x, 1.0, 1e-12);
  EXPECT_NEAR(verts[4].y, 1.0, 1e-12);
}
