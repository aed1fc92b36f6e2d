// Headless renderer tests on Mesa (llvmpipe through EGL surfaceless). When EGL
// is unavailable they FAIL with the reason: CI has Mesa, so that is a real fault.
#include "render/renderer.h"

#include <array>
#include <cmath>

#include <glm/gtx/string_cast.hpp>
#include <gtest/gtest.h>

#include "render/debug_shapes.h"
#include "render/headless_context.h"
#include "map/export_labels.h"

namespace {

using namespace ps::render;
using ps::ExtrusionBucket;
using ps::FillBucket;
using ps::LineBucket;
using ps::PointBucket;
using ps::OrbitCamera;

constexpr int kW = 160, kH = 120;
const ps::Rgba kBg(0.9f, 0.9f, 0.9f, 1.0f);

class RendererTest : public ::testing::Test {
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
  }
  void TearDown() override { renderer_.reset(); }

  static OrbitCamera topDown(double distance = 400) {
    OrbitCamera c;
    c.center = {0, 0};
    c.distance = distance;
    c.pitchDeg = 0;
    return c;
  }
  Image render(const OrbitCamera& c) { return renderToImage(*renderer_, c, kW, kH, kBg, 4); }
  // Labels go through the exports' placement (map/export_labels.h).
  size_t place(std::vector<ps::map::LabelCandidate> labels, const OrbitCamera& c) {
    return ps::map::placeExportLabels(*renderer_, labels, c, kW, kH);
  }
  static glm::ivec4 px(const Image& img, int x, int y) {
    const uint8_t* p = img.pixel(x, y);
    return {p[0], p[1], p[2], p[3]};
  }
  static bool near(glm::ivec4 a, glm::ivec4 b, int tol) {
    return std::abs(a.r - b.r) <= tol && std::abs(a.g - b.g) <= tol && std::abs(a.b - b.b) <= tol;
  }
  static glm::ivec2 screen(const OrbitCamera& c, glm::dvec3 p) {
    const auto s = c.worldToScreen(p, kW, kH);
    EXPECT_TRUE(s);
    return s ? glm::ivec2(int(s->x), int(s->y)) : glm::ivec2(0);
  }

  static inline std::unique_ptr<HeadlessContext> ctx_;
  static inline std::string error_;
  std::unique_ptr<Renderer> renderer_;
};

const glm::ivec4 kBgPx(230, 230, 230, 255);

TEST_F(RendererTest, ContextIsCoreProfileOnMesa) {
  EXPECT_FALSE(ctx_->rendererName().empty());
  EXPECT_NE(ctx_->versionString().find("Core"), std::string::npos) << ctx_->versionString();
}

TEST_F(RendererTest, EmptySceneIsTheBackground) {
  const Image img = render(topDown());
  ASSERT_EQ(img.width, kW);
  EXPECT_TRUE(near(px(img, 5, 5), kBgPx, 1));
  EXPECT_TRUE(near(px(img, kW / 2, kH / 2), kBgPx, 1));
}

TEST_F(RendererTest, FillColoursAndRestyleWithoutReupload) {
  FillBucket b;
  const std::array<glm::vec2, 4> sq{glm::vec2(-50, -50), {50, -50}, {50, 50}, {-50, 50}};
  appendConvexFill(b, sq, 0);
  const LayerId id = renderer_->addFill(b);
  std::array<FeatureStyle, 1> s{FeatureStyle{{200, 40, 30, 255}}};
  renderer_->setFeatureStyle(id, s);
  const Image img = render(topDown());
  EXPECT_TRUE(near(px(img, kW / 2, kH / 2), {200, 40, 30, 255}, 2)) << glm::to_string(px(img, kW / 2, kH / 2));
  EXPECT_TRUE(near(px(img, 2, 2), kBgPx, 1));

  s[0].color = {20, 60, 220, 255};
  renderer_->setFeatureStyle(id, s);
  EXPECT_TRUE(near(px(render(topDown()), kW / 2, kH / 2), {20, 60, 220, 255}, 2));

  s[0].flags = kFeatureHidden;
  renderer_->setFeatureStyle(id, s);
  EXPECT_TRUE(near(px(render(topDown()), kW / 2, kH / 2), kBgPx, 1));

  s[0].flags = 0;
  renderer_->setFeatureStyle(id, s);
  renderer_->setLayerParams(id, LayerParams{.visible = false});
  EXPECT_TRUE(near(px(render(topDown()), kW / 2, kH / 2), kBgPx, 1));
  renderer_->setLayerParams(id, LayerParams{.opacity = 0.5f});
  EXPECT_TRUE(near(px(render(topDown()), kW / 2, kH / 2), {125, 145, 225, 255}, 4));
  renderer_->removeLayer(id);
  EXPECT_FALSE(renderer_->hasLayer(id));
  EXPECT_TRUE(near(px(render(topDown()), kW / 2, kH / 2), kBgPx, 1));
}

TEST_F(RendererTest, LaterOrderDrawsOnTop) {
  FillBucket b;
  const std::array<glm::vec2, 4> sq{glm::vec2(-50, -50), {50, -50}, {50, 50}, {-50, 50}};
  appendConvexFill(b, sq, 0);
  const LayerId a = renderer_->addFill(b), c = renderer_->addFill(b);
  std::array<FeatureStyle, 1> red{FeatureStyle{{255, 0, 0, 255}}}, green{FeatureStyle{{0, 255, 0, 255}}};
  renderer_->setFeatureStyle(a, red);
  renderer_->setFeatureStyle(c, green);
  renderer_->setLayerParams(a, LayerParams{.order = 5});
  EXPECT_TRUE(near(px(render(topDown()), kW / 2, kH / 2), {255, 0, 0, 255}, 2));
  renderer_->setLayerParams(a, LayerParams{.order = -5});
  EXPECT_TRUE(near(px(render(topDown()), kW / 2, kH / 2), {0, 255, 0, 255}, 2));
}

struct Boxes {
  LayerId layer;
  OrbitCamera cam;
};

Boxes twoBoxes(Renderer& r) {
  ExtrusionBucket b;
  appendBox(b, {-60, -20}, {-20, 20}, 0);
  appendBox(b, {20, -20}, {60, 20}, 1);
  const LayerId id = r.addExtrusion(b);
  const std::array<FeatureStyle, 2> s{FeatureStyle{{180, 180, 180, 255}, 0, 40, 0},
                                      FeatureStyle{{180, 180, 180, 255}, 0, 40, 0}};
  r.setFeatureStyle(id, s);
  OrbitCamera c;
  c.distance = 300;
  c.pitchDeg = 60;
  return {id, c};
}

TEST_F(RendererTest, ExtrusionRoofsAreBrighterThanWalls) {
  const Boxes b = twoBoxes(*renderer_);
  const Image img = render(b.cam);
  const glm::ivec2 roof = screen(b.cam, {-40, 0, 40});
  const glm::ivec2 wall = screen(b.cam, {-40, -20, 20});  // south wall, facing the camera
  const glm::ivec4 r = px(img, roof.x, roof.y), w = px(img, wall.x, wall.y);
  EXPECT_FALSE(near(r, kBgPx, 3));
  EXPECT_FALSE(near(w, kBgPx, 3));
  EXPECT_GT(r.r + r.g + r.b, w.r + w.g + w.b + 20) << glm::to_string(r) << " vs " << glm::to_string(w);
  EXPECT_EQ(renderer_->stats().triangles, 20u);  // 2 roofs x 2 + 8 walls x 2
  EXPECT_EQ(renderer_->stats().drawCalls, 1);
}

TEST_F(RendererTest, HeightScaleAndCulling) {
  const Boxes b = twoBoxes(*renderer_);
  renderer_->setLayerParams(b.layer, LayerParams{.heightScale = 0.0f});
  const Image flat = render(b.cam);
  const glm::ivec2 roof = screen(b.cam, {-40, 0, 40});
  EXPECT_TRUE(near(px(flat, roof.x, roof.y), kBgPx, 1));
  OrbitCamera away = b.cam;
  away.center = {50000, 50000};
  renderer_->setLayerParams(b.layer, LayerParams{});
  render(away);
  EXPECT_EQ(renderer_->stats().layersCulled, 1);
  EXPECT_EQ(renderer_->stats().drawCalls, 0);
}

TEST_F(RendererTest, LinesAndPointsHaveScreenSpaceSize) {
  LineBucket l;
  const std::array<glm::vec2, 2> seg{glm::vec2(-300, 0), {300, 0}};
  appendPolyline(l, seg, false, 0.0f, 0);
  const LayerId line = renderer_->addLines(l);
  const std::array<FeatureStyle, 1> ls{FeatureStyle{{0, 0, 200, 255}}};
  renderer_->setFeatureStyle(line, ls);
  renderer_->setLayerParams(line, LayerParams{.lineWidthPx = 6.0f});
  PointBucket p;
  p.points.push_back({{-100, 50}, 0});
  const LayerId pt = renderer_->addPoints(p);
  const std::array<FeatureStyle, 1> ps{FeatureStyle{{220, 0, 0, 255}}};
  renderer_->setFeatureStyle(pt, ps);
  renderer_->setLayerParams(pt, LayerParams{.pointSizePx = 16.0f});

  const OrbitCamera c = topDown();
  const Image img = render(c);
  const glm::ivec2 on = screen(c, {50, 0, 0});
  EXPECT_TRUE(near(px(img, on.x, on.y), {0, 0, 200, 255}, 10)) << glm::to_string(px(img, on.x, on.y)) << glm::to_string(on);
  EXPECT_TRUE(near(px(img, on.x, on.y - 2), {0, 0, 200, 255}, 30));  // 6 px wide: 2 px off is still on it
  EXPECT_TRUE(near(px(img, on.x, on.y - 6), kBgPx, 2));
  const glm::ivec2 dot = screen(c, {-100, 50, 0});
  EXPECT_TRUE(near(px(img, dot.x, dot.y), {220, 0, 0, 255}, 10));
  EXPECT_TRUE(near(px(img, dot.x + 12, dot.y), kBgPx, 2));
  // The ring is lighter than the fill.
  const glm::ivec4 ring = px(img, dot.x + 7, dot.y);
  EXPECT_GT(ring.g, 120) << glm::to_string(ring);
}

int countInk(const Image& img, glm::ivec2 c, int halfW, int halfH, int& dark, int& light) {
  int n = 0;
  dark = light = 0;
  for (int y = std::max(0, c.y - halfH); y < std::min(img.height, c.y + halfH); ++y)
    for (int x = std::max(0, c.x - halfW); x < std::min(img.width, c.x + halfW); ++x) {
      const uint8_t* p = img.pixel(x, y);
      if (std::abs(p[0] - 230) > 8 || std::abs(p[1] - 230) > 8 || std::abs(p[2] - 230) > 8) ++n;
      if (p[0] < 90 && p[1] < 90 && p[2] < 90) ++dark;
      if (p[0] > 245 && p[1] > 245 && p[2] > 245) ++light;
    }
  return n;
}

TEST_F(RendererTest, ChineseLabelsDrawWithHalos) {
  ps::map::LabelCandidate l;
  l.text = "武侯区";
  l.sizePx = 20;
  const OrbitCamera c = topDown();
  EXPECT_EQ(place({l}, c), 1u);
  const Image img = render(c);
  int dark = 0, light = 0;
  const int ink = countInk(img, {kW / 2, kH / 2}, 34, 14, dark, light);
  EXPECT_GT(ink, 150);
  EXPECT_GT(dark, 40);   // the strokes
  EXPECT_GT(light, 40);  // the halo
  // Nothing far from the label.
  EXPECT_EQ(countInk(img, {20, 20}, 15, 15, dark, light), 0);
  EXPECT_EQ(renderer_->stats().labelsPlaced, 1);
}

TEST_F(RendererTest, LabelsCollideByPriorityAndHideBehindBuildings) {
  ps::map::LabelCandidate a, b, hidden;
  a.text = "高新区";
  a.priority = 1;
  b.anchor = {3, 2, 0};
  b.text = "重叠";
  b.priority = 0;
  EXPECT_EQ(place({b, a}, topDown()), 1u);
  render(topDown());
  EXPECT_EQ(renderer_->stats().labelsPlaced, 1);

  // A tall box between the eye and a ground label hides it.
  renderer_->setLabels({});
  ExtrusionBucket box;
  appendBox(box, {-30, -30}, {30, 30}, 0);
  const LayerId id = renderer_->addExtrusion(box);
  const std::array<FeatureStyle, 1> s{FeatureStyle{{90, 140, 200, 255}, 0, 120, 0}};
  renderer_->setFeatureStyle(id, s);
  OrbitCamera c;
  c.distance = 500;
  c.pitchDeg = 60;
  c.center = {0, 0};
  hidden.anchor = {0, 60, 0};  // behind the box, seen from the south
  hidden.text = "楼后";
  place({hidden}, c);
  const Image with = render(c);
  EXPECT_EQ(renderer_->stats().labelsPlaced, 1);  // placed, then hidden by the depth test
  renderer_->setLabels({});
  const Image without = render(c);
  EXPECT_EQ(ps::render::compareImages(with, without, 0).differing, 0u);
  // Raised above the roof it shows.
  hidden.anchor.z = 130;
  place({hidden}, c);
  EXPECT_GT(ps::render::compareImages(render(c), without, 8).differing, 30u);
}

}  // namespace
