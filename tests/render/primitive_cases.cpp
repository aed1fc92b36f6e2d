#include "primitive_cases.h"

#include <array>
#include <functional>
#include <map>

#include "render/debug_shapes.h"

namespace ps::render_tests {

namespace {

using render::FeatureStyle;
using render::LayerParams;

// Okabe–Ito, as the sector palette (core/sectors.h).
constexpr glm::u8vec4 kBlue{0, 114, 178, 255}, kOrange{230, 159, 0, 255}, kGreen{0, 158, 115, 255},
    kSky{86, 180, 233, 255}, kVermillion{213, 94, 0, 255}, kPurple{204, 121, 167, 255}, kYellow{240, 228, 66, 255};
constexpr glm::u8vec4 kGround{226, 228, 224, 255}, kPark{196, 222, 190, 255}, kRoofLine{255, 255, 255, 200};

// A ground plate and a 3x3 block of buildings of the seven sector colours.
void cityBlock(render::Renderer& r, bool outlines) {
  FillBucket ground;
  const std::array<glm::vec2, 4> plate{glm::vec2(-300, -300), {300, -300}, {300, 300}, {-300, 300}};
  render::appendConvexFill(ground, plate, 0);
  const std::array<glm::vec2, 4> park{glm::vec2(-260, 140), {-120, 140}, {-120, 260}, {-260, 260}};
  render::appendConvexFill(ground, park, 1);
  const auto g = r.addFill(ground);
  const std::array<FeatureStyle, 2> gs{FeatureStyle{kGround}, FeatureStyle{kPark}};
  r.setFeatureStyle(g, gs);

  ExtrusionBucket boxes;
  LineBucket roofs;
  std::vector<FeatureStyle> styles;
  const glm::u8vec4 colours[] = {kBlue, kOrange, kGreen, kSky, kVermillion, kPurple, kYellow, kBlue, kGreen};
  const float heights[] = {40, 90, 24, 60, 150, 36, 70, 18, 110};
  uint32_t f = 0;
  for (int j = -1; j <= 1; ++j)
    for (int i = -1; i <= 1; ++i, ++f) {
      const glm::vec2 c(i * 150.0f, j * 150.0f);
      const glm::vec2 half = f == 4 ? glm::vec2(35, 35) : glm::vec2(50, 35);
      render::appendBox(boxes, c - half, c + half, f);
      render::appendRectOutline(roofs, c - half, c + half, 1.0f, f);
      styles.push_back(FeatureStyle{colours[f], 0.0f, heights[f], 0});
    }
  const auto b = r.addExtrusion(boxes);
  r.setFeatureStyle(b, styles);
  if (outlines) {
    const auto l = r.addLines(roofs);
    std::vector<FeatureStyle> ls = styles;
    for (auto& s : ls) s.color = kRoofLine;
    r.setFeatureStyle(l, ls);
    r.setLayerParams(l, LayerParams{.lineWidthPx = 1.0f, .order = 1});
  }
}

void boxesLit(render::Renderer& r, OrbitCamera& cam, Labels&) {
  cityBlock(r, true);
  cam.center = {0, 0};
  cam.distance = 900;
  cam.pitchDeg = 55;
  cam.bearingDeg = 25;
}

void fillHoleLinesPoints(render::Renderer& r, OrbitCamera& cam, Labels&) {
  FillBucket fills;
  const std::array<glm::vec2, 4> plate{glm::vec2(-400, -300), {400, -300}, {400, 300}, {-400, 300}};
  render::appendConvexFill(fills, plate, 0);
  render::appendRectWithHole(fills, {-300, -200}, {100, 200}, {-180, -80}, {-20, 80}, 1);  // a park with a courtyard
  const std::array<glm::vec2, 5> pentagon{glm::vec2(180, -160), {330, -120}, {350, 40}, {240, 140}, {150, 10}};
  render::appendConvexFill(fills, pentagon, 2);
  const auto fl = r.addFill(fills);
  const std::array<FeatureStyle, 3> fs{FeatureStyle{kGround}, FeatureStyle{{120, 190, 160, 255}},
                                       FeatureStyle{{240, 200, 120, 255}}};
  r.setFeatureStyle(fl, fs);

  // A translucent district overlay across both.
  FillBucket overlay;
  const std::array<glm::vec2, 4> band{glm::vec2(-60, -260), {260, -260}, {260, 260}, {-60, 260}};
  render::appendConvexFill(overlay, band, 0);
  const auto ov = r.addFill(overlay);
  const std::array<FeatureStyle, 1> os{FeatureStyle{kBlue}};
  r.setFeatureStyle(ov, os);
  r.setLayerParams(ov, LayerParams{.opacity = 0.18f, .order = 2});

  LineBucket lines;
  render::appendRectOutline(lines, {-300, -200}, {100, 200}, 0.0f, 0);
  render::appendRectOutline(lines, {-180, -80}, {-20, 80}, 0.0f, 0);
  render::appendPolyline(lines, pentagon, true, 0.0f, 1);
  const std::array<glm::vec2, 5> road{glm::vec2(-390, -270), {-200, -240}, {0, -250}, {200, -200}, {390, -260}};
  render::appendPolyline(lines, road, false, 0.0f, 2);
  const auto ln = r.addLines(lines);
  const std::array<FeatureStyle, 3> ls{FeatureStyle{{40, 110, 80, 255}}, FeatureStyle{{170, 110, 30, 255}},
                                       FeatureStyle{{110, 110, 120, 255}}};
  r.setFeatureStyle(ln, ls);
  r.setLayerParams(ln, LayerParams{.lineWidthPx = 2.5f, .order = 3});

  PointBucket pts;
  const glm::vec2 at[] = {{-100, 0}, {50, 120}, {260, -20}, {-340, 250}, {330, 230}, {0, -150}};
  for (uint32_t i = 0; i < 6; ++i) pts.points.push_back({at[i], i});
  const auto pt = r.addPoints(pts);
  const std::array<FeatureStyle, 6> ps{FeatureStyle{kVermillion}, FeatureStyle{kBlue}, FeatureStyle{kPurple},
                                       FeatureStyle{kGreen}, FeatureStyle{kOrange}, FeatureStyle{kSky}};
  r.setFeatureStyle(pt, ps);
  r.setLayerParams(pt, LayerParams{.pointSizePx = 14.0f, .order = 4});

  cam.center = {0, 0};
  cam.distance = 1500;
  cam.pitchDeg = 20;
  cam.bearingDeg = 0;
}

void boxesAndLabels(render::Renderer& r, OrbitCamera& cam, Labels& labels) {
  cityBlock(r, true);
  auto add = [&](glm::vec3 p, const char* text, float size, int priority) {
    map::LabelCandidate l;
    l.anchor = p;
    l.text = text;
    l.sizePx = size;
    l.priority = priority;
    labels.push_back(l);
  };
  add({0, 0, 150}, "武侯区", 22, 10);                 // on the tallest roof
  add({150, 150, 110}, "高新区", 22, 9);
  add({-150, -150, 40}, "天府新区", 16, 5);
  add({-232, 262, 0}, "成都未来医学城", 16, 4);       // in the park
  add({150, -150, 70}, "Chengdu Hi-tech", 14, 3);
  add({8, 6, 150}, "被遮挡的低优先级", 16, 1);        // collides with 武侯区: dropped
  add({0, 240, 0}, "楼后标签", 16, 2);                // ground behind the 110 m tower: hidden by depth
  cam.center = {0, 0};
  cam.distance = 900;
  cam.pitchDeg = 55;
  cam.bearingDeg = 0;
}

const std::map<std::string, std::function<void(render::Renderer&, OrbitCamera&, Labels&)>>& cases() {
  static const std::map<std::string, std::function<void(render::Renderer&, OrbitCamera&, Labels&)>> m{
      {"boxes_lit", boxesLit},
      {"fill_hole_lines_points", fillHoleLinesPoints},
      {"boxes_and_labels", boxesAndLabels},
  };
  return m;
}

}  // namespace

bool buildPrimitiveCase(const std::string& name, render::Renderer& r, OrbitCamera& camera, Labels& labels) {
  auto it = cases().find(name);
  if (it == cases().end()) return false;
  it->second(r, camera, labels);
  return true;
}

std::vector<std::string> primitiveCaseNames() {
  std::vector<std::string> v;
  for (const auto& [k, _] : cases()) v.push_back(k);
  return v;
}

}  // namespace ps::render_tests
