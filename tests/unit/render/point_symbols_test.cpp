// Point symbols on the GPU (llvmpipe): the shader draws exactly the
// outlines of scene/point_shape.h, chosen per feature by the flag bits.
#include <array>
#include <cmath>

#include <gtest/gtest.h>

#include "render/headless_context.h"
#include "render/renderer.h"
#include "scene/point_shape.h"

namespace {

using namespace ps::render;

constexpr int kW = 640, kH = 120;
constexpr float kSizePx = 40.0f;
const ps::Rgba kBg(0.9f, 0.9f, 0.9f, 1.0f);
const glm::u8vec4 kFill{30, 60, 200, 255};

class PointSymbolsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!ctx_) {
      try {
        ctx_ = HeadlessContext::create();
      } catch (const std::exception& e) {
        error_ = e.what();
      }
    }
  }
  void SetUp() override {
    ASSERT_TRUE(ctx_) << "no headless OpenGL context: " << error_;
    renderer_ = std::make_unique<Renderer>();
    ps::PointBucket b;
    std::vector<FeatureStyle> styles;
    for (size_t i = 0; i < ps::kPointShapeCount; ++i) {
      b.points.push_back({{(static_cast<float>(i) - 4.5f) * 120.0f, 0.0f}, static_cast<uint32_t>(i)});
      FeatureStyle s;
      s.color = kFill;
      s.flags = shapeFlags(static_cast<ps::PointShape>(i));
      styles.push_back(s);
    }
    layer_ = renderer_->addPoints(b);
    renderer_->setFeatureStyle(layer_, styles);
    renderer_->setLayerParams(layer_, LayerParams{.pointSizePx = kSizePx});
    cam_.center = {0, 0};
    cam_.distance = 400;
    cam_.pitchDeg = 0;
  }
  void TearDown() override { renderer_.reset(); }

  glm::vec2 centre(size_t i) const {
    const auto s = cam_.worldToScreen(glm::dvec3((static_cast<double>(i) - 4.5) * 120.0, 0, 0), kW, kH);
    EXPECT_TRUE(s);
    return s ? glm::vec2(*s) : glm::vec2(0.0f);
  }

  static inline std::unique_ptr<HeadlessContext> ctx_;
  static inline std::string error_;
  std::unique_ptr<Renderer> renderer_;
  LayerId layer_ = 0;
  ps::OrbitCamera cam_;
};

TEST_F(PointSymbolsTest, ShaderDrawsTheHeaderOutlines) {
  const Image img = renderToImage(*renderer_, cam_, kW, kH, kBg, 4);
  const float r = kSizePx * 0.5f;
  for (size_t i = 0; i < ps::kPointShapeCount; ++i) {
    const auto shape = static_cast<ps::PointShape>(i);
    const float ring = ps::pointOutlineWidthPx(shape, r);
    const glm::vec2 c = centre(i);
    int checked = 0, wrong = 0;
    for (int y = static_cast<int>(c.y - r - 3); y <= static_cast<int>(c.y + r + 3); ++y)
      for (int x = static_cast<int>(c.x - r - 3); x <= static_cast<int>(c.x + r + 3); ++x) {
        // Pixel centre in unit coordinates, y up.
        const glm::vec2 u((x + 0.5f - c.x) / r, -(y + 0.5f - c.y) / r);
        const float d = ps::pointShapeDistance(shape, u) * r;  // pixels from the edge
        const uint8_t* p = img.pixel(x, y);
        if (d < -ring - 1.5f) {  // well inside: the feature colour
          ++checked;
          wrong += std::abs(p[0] - kFill.r) > 12 || std::abs(p[2] - kFill.b) > 12;
        } else if (d > 1.5f) {  // well outside: background
          ++checked;
          wrong += std::abs(p[0] - 230) > 3 || std::abs(p[2] - 230) > 3;
        } else if (d > -ring + 0.9f && d < -0.9f && ring >= 2.0f) {  // on the ring: lighter than the fill
          ++checked;
          wrong += p[0] < 150;
        }
      }
    EXPECT_GT(checked, 1000) << ps::pointShapeName(shape);
    EXPECT_LE(wrong, checked / 200) << ps::pointShapeName(shape) << ": " << wrong << " of " << checked;
  }
}

TEST_F(PointSymbolsTest, ShapeBitsLeaveTheOtherFlagsAlone) {
  EXPECT_EQ(shapeFlags(ps::PointShape::Circle), 0u);
  for (size_t i = 0; i < ps::kPointShapeCount; ++i) {
    const uint32_t f = shapeFlags(static_cast<ps::PointShape>(i));
    EXPECT_EQ(f & ~kFeatureShapeMask, 0u);
    EXPECT_EQ((f & kFeatureShapeMask) >> kFeatureShapeShift, i);
    EXPECT_EQ(f & (kFeatureHidden | kFeatureHighlighted | kFeatureSelected | kFeatureFaded), 0u);
  }
}

}  // namespace
