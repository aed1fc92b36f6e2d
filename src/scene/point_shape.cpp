// Point symbol outlines. Each is built from a formula once; the numbers were
// chosen to read apart at 9-14 px (a fat star, thick plus arms) and to weigh
// about the same on the map.
//
// The signed distance is Inigo Quilez's exact polygon distance
// (https://iquilezles.org/articles/distfunctions2d/, "Polygon"), as in the shader.
#include "scene/point_shape.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

#include <glm/geometric.hpp>

namespace ps {

namespace {

constexpr std::array<std::string_view, kPointShapeCount> kNames = {
    "circle", "square", "diamond", "triangle", "triangle_down", "star", "hexagon", "pentagon", "plus", "cross"};

struct Outline {
  std::array<glm::vec2, kPointShapeMaxVertices> v{};
  size_t n = 0;
  void add(glm::vec2 p) { v[n++] = p; }
};

// Moves the outline's bounding box to the origin, then scales it so its larger
// half-extent is `extent`: marks are centred on the point as they look, not as
// their construction circle sits.
void fitBox(Outline& o, float extent) {
  glm::vec2 lo(1e9f), hi(-1e9f);
  for (size_t i = 0; i < o.n; ++i) {
    lo = glm::min(lo, o.v[i]);
    hi = glm::max(hi, o.v[i]);
  }
  const glm::vec2 mid = (lo + hi) * 0.5f;
  const float half = std::max(hi.x - lo.x, hi.y - lo.y) * 0.5f;
  for (size_t i = 0; i < o.n; ++i) o.v[i] = (o.v[i] - mid) * (extent / half);
}

// n vertices on a circle, the first at angle a0 (radians from +x), CCW.
Outline regular(int n, float a0, float radius = 1.0f) {
  Outline o;
  for (int i = 0; i < n; ++i) {
    const float a = a0 + 2.0f * std::numbers::pi_v<float> * static_cast<float>(i) / static_cast<float>(n);
    o.add(radius * glm::vec2(std::cos(a), std::sin(a)));
  }
  return o;
}

// Three vertices per arm (inner corner, then the arm's end), the arm turned
// by a quarter each time.
Outline plus(float halfWidth, float rotation) {
  const float w = halfWidth;
  const glm::vec2 arm[3] = {{w, -w}, {1.0f, -w}, {1.0f, w}};
  Outline o;
  for (int k = 0; k < 4; ++k) {
    const float a = rotation + std::numbers::pi_v<float> * 0.5f * static_cast<float>(k);
    const float c = std::cos(a), s = std::sin(a);
    for (const glm::vec2& p : arm) o.add({c * p.x - s * p.y, s * p.x + c * p.y});
  }
  return o;
}

struct Table {
  std::array<Outline, kPointShapeCount> shapes;
  Table() {
    constexpr float pi = std::numbers::pi_v<float>;
    auto at = [&](PointShape s) -> Outline& { return shapes[static_cast<size_t>(s)]; };
    at(PointShape::Square) = regular(4, pi / 4);
    fitBox(at(PointShape::Square), 0.8f);  // side 1.6: a full-box square outweighs everything else
    at(PointShape::Diamond) = regular(4, pi / 2);
    at(PointShape::Triangle) = regular(3, pi / 2);
    fitBox(at(PointShape::Triangle), 1.0f);
    at(PointShape::TriangleDown) = regular(3, -pi / 2);
    fitBox(at(PointShape::TriangleDown), 1.0f);
    // Inner radius 0.55 (a classic star has 0.38): thin tips vanish at 10 px.
    Outline star;
    for (int i = 0; i < 10; ++i) {
      const float a = pi / 2 + pi * static_cast<float>(i) / 5.0f;
      star.add((i % 2 ? 0.55f : 1.0f) * glm::vec2(std::cos(a), std::sin(a)));
    }
    fitBox(star, 1.0f);
    at(PointShape::Star) = star;
    at(PointShape::Hexagon) = regular(6, pi / 2);
    at(PointShape::Pentagon) = regular(5, pi / 2);
    fitBox(at(PointShape::Pentagon), 0.96f);
    at(PointShape::Plus) = plus(0.36f, 0.0f);
    fitBox(at(PointShape::Plus), 0.95f);
    at(PointShape::Cross) = plus(0.36f, pi / 4);
    fitBox(at(PointShape::Cross), 0.95f);
  }
};

const Table& table() {
  static const Table t;
  return t;
}

}  // namespace

std::string_view pointShapeName(PointShape s) {
  const size_t i = static_cast<size_t>(s);
  return i < kPointShapeCount ? kNames[i] : std::string_view("circle");
}

std::optional<PointShape> findPointShape(std::string_view name) {
  for (size_t i = 0; i < kPointShapeCount; ++i)
    if (kNames[i] == name) return static_cast<PointShape>(i);
  return std::nullopt;
}

std::string_view pointFillName(PointFill f) {
  static constexpr std::array<std::string_view, 4> names = {"solid", "half", "hollow", "dotted"};
  return names[std::min<size_t>(static_cast<size_t>(f), names.size() - 1)];
}

std::optional<PointFill> findPointFill(std::string_view name) {
  for (uint8_t k = 0; k < static_cast<uint8_t>(PointFill::Count); ++k)
    if (pointFillName(static_cast<PointFill>(k)) == name) return static_cast<PointFill>(k);
  return std::nullopt;
}

float pointFillBandPx(float radiusPx) { return std::max(1.5f, 0.3f * radiusPx); }

bool pointFillColoured(PointFill f, glm::vec2 p, float dEdge, float radiusPx, float ringPx) {
  const float inner = dEdge + ringPx;  // < 0 inside the ring
  if (inner >= 0) return false;
  if (f == PointFill::Solid) return true;
  const bool band = inner > -pointFillBandPx(radiusPx);
  if (f == PointFill::Half) return band || p.y < 0;
  if (f == PointFill::Hollow) return band;
  // Dotted: the band in dashes, by angle.
  const float a = std::atan2(p.y, p.x) / (2.0f * 3.14159265f) + 0.5f;
  return band && std::fmod(a * kPointFillDots, 1.0f) < 0.55f;
}

std::string pointShapeNameList() {
  std::string out;
  for (std::string_view n : kNames) out += (out.empty() ? "" : ", ") + std::string(n);
  return out;
}

std::span<const glm::vec2> pointShapeOutline(PointShape s) {
  const size_t i = static_cast<size_t>(s);
  if (i >= kPointShapeCount) return {};
  const Outline& o = table().shapes[i];
  return {o.v.data(), o.n};
}

bool pointShapeConvex(PointShape s) {
  return s != PointShape::Star && s != PointShape::Plus && s != PointShape::Cross;
}

float pointShapeDistance(PointShape s, glm::vec2 p) {
  const std::span<const glm::vec2> v = pointShapeOutline(s);
  if (v.empty()) return glm::length(p) - 1.0f;
  float d = glm::dot(p - v[0], p - v[0]);
  float sign = 1.0f;
  for (size_t i = 0, j = v.size() - 1; i < v.size(); j = i, ++i) {
    const glm::vec2 e = v[j] - v[i], w = p - v[i];
    const glm::vec2 b = w - e * std::clamp(glm::dot(w, e) / glm::dot(e, e), 0.0f, 1.0f);
    d = std::min(d, glm::dot(b, b));
    const bool c0 = p.y >= v[i].y, c1 = p.y < v[j].y, c2 = e.x * w.y > e.y * w.x;
    if ((c0 && c1 && c2) || (!c0 && !c1 && !c2)) sign = -sign;
  }
  return sign * std::sqrt(d);
}

PointRingRule pointShapeRing(PointShape s) {
  return s == PointShape::Circle ? PointRingRule{0.22f, 1.0f, 2.5f} : PointRingRule{0.12f, 1.0f, 1.5f};
}

float pointOutlineWidthPx(PointShape s, float radiusPx) {
  const PointRingRule r = pointShapeRing(s);
  return std::clamp(radiusPx * r.factor, r.minPx, r.maxPx);
}

void pointShapePolygon(PointShape s, glm::vec2 centre, float radiusPx, float insetPx, bool yDown,
                       std::vector<glm::vec2>& out) {
  out.clear();
  std::span<const glm::vec2> unit = pointShapeOutline(s);
  if (unit.empty()) {
    const float r = std::max(0.0f, radiusPx - insetPx);
    for (int i = 0; i < 32; ++i) {
      const float a = 2.0f * std::numbers::pi_v<float> * static_cast<float>(i) / 32.0f;
      out.push_back(r * glm::vec2(std::cos(a), std::sin(a)));
    }
  } else {
    const size_t n = unit.size();
    for (size_t i = 0; i < n; ++i) {
      const glm::vec2 p = unit[i] * radiusPx;
      glm::vec2 q = p;
      if (insetPx > 0) {
        // Mitred offset along the inward normals of the two edges at p (CCW:
        // the interior is on the left).
        const glm::vec2 a = glm::normalize(p - unit[(i + n - 1) % n] * radiusPx);
        const glm::vec2 b = glm::normalize(unit[(i + 1) % n] * radiusPx - p);
        const glm::vec2 na(-a.y, a.x), nb(-b.y, b.x);
        q = p + (na + nb) * (insetPx / std::max(0.05f, 1.0f + glm::dot(na, nb)));
      }
      out.push_back(q);
    }
  }
  for (glm::vec2& p : out) p = centre + glm::vec2(p.x, yDown ? -p.y : p.y);
  if (yDown) std::reverse(out.begin(), out.end());
}

}  // namespace ps
