// map::placeLabels, pure: priority, collisions, off-screen anchors, filters
// and occlusion, with a fixed-size box per label.
#include "map/label_placement.h"

#include <gtest/gtest.h>

using namespace ps;
using namespace ps::map;

namespace {

constexpr glm::ivec2 kView{400, 300};

OrbitCamera topDown() {
  OrbitCamera c;
  c.center = {0, 0};
  c.distance = 1000;
  c.pitchDeg = 0;
  return c;
}

LabelCandidate at(glm::dvec2 p, int priority, const char* text = "x") {
  LabelCandidate c;
  c.anchor = glm::dvec3(p, 0.0);
  c.priority = priority;
  c.text = text;
  return c;
}

// 40 x 20 px around the anchor.
std::optional<LabelBox> box(size_t, glm::dvec2 a) {
  const glm::vec2 p(a);
  return LabelBox{{p.x - 20, p.y - 10, p.x + 20, p.y + 10}, p};
}

std::vector<size_t> placed(const std::vector<LabelCandidate>& c, const LabelTestFn& eligible = {},
                           const LabelTestFn& occluded = {}) {
  std::vector<size_t> out;
  for (const PlacedLabel& p : placeLabels(c, topDown(), kView, box, eligible, occluded)) out.push_back(p.candidate);
  return out;
}

}  // namespace

TEST(LabelPlacement, HigherPriorityWinsCollisionsEqualKeepOrder) {
  const std::vector<LabelCandidate> c{at({0, 0}, 1), at({1, 1}, 5), at({300, 0}, 1), at({301, 0}, 1)};
  EXPECT_EQ(placed(c), (std::vector<size_t>{1, 2}));
}

TEST(LabelPlacement, CentreOfViewAndOffscreenAnchors) {
  const std::vector<LabelCandidate> c{at({0, 0}, 1), at({1e6, 0}, 9)};
  const std::vector<PlacedLabel> p = placeLabels(c, topDown(), kView, box);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].candidate, 0u);
  EXPECT_NEAR(p[0].anchorPx.x, 200.0f, 0.01f);
  EXPECT_NEAR(p[0].anchorPx.y, 150.0f, 0.01f);
  EXPECT_GT(p[0].depth, 0.0f);
  EXPECT_LT(p[0].depth, 1.0f);
}

TEST(LabelPlacement, OffsetsEmptyTextFiltersAndOcclusion) {
  std::vector<LabelCandidate> c{at({0, 0}, 3), at({0, 0}, 2), at({0, 0}, 1, "")};
  c[1].offsetPx = {0, -40};  // clear of the first
  EXPECT_EQ(placed(c), (std::vector<size_t>{0, 1}));
  // Filtered or occluded labels take no room.
  EXPECT_EQ(placed(c, [](size_t i) { return i != 0; }), (std::vector<size_t>{1}));
  c[1].offsetPx = {0, 0};
  EXPECT_EQ(placed(c, {}, [](size_t i) { return i == 0; }), (std::vector<size_t>{1}));
}

// The export's furniture (title, legend, scale bar, north arrow) is handed to
// the placer as obstacles: a label touching one is not placed, one clear of
// them is, and obstacles never appear among the placed labels.
TEST(LabelPlacement, FurnitureRectanglesAreObstacles) {
  const std::vector<LabelCandidate> c{at({0, 0}, 9), at({300, 0}, 1), at({-300, 0}, 1)};
  // Anchors at x = 200 (centre), 320 and 80 px; a legend box over the left one.
  const std::vector<glm::vec4> legend{{0, 0, 100, 300}};
  std::vector<size_t> got;
  for (const PlacedLabel& p : placeLabels(c, topDown(), kView, box, {}, {}, legend)) got.push_back(p.candidate);
  EXPECT_EQ(got, (std::vector<size_t>{0, 1}));
  // A title box over the centre hides the top-priority label too.
  const std::vector<glm::vec4> both{{0, 0, 100, 300}, {150, 140, 250, 160}};
  got.clear();
  for (const PlacedLabel& p : placeLabels(c, topDown(), kView, box, {}, {}, both)) got.push_back(p.candidate);
  EXPECT_EQ(got, (std::vector<size_t>{1}));
}
