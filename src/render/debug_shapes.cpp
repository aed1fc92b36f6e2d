#include "render/debug_shapes.h"

#include <array>

#include <glm/geometric.hpp>

namespace ps::render {

void appendPrism(ExtrusionBucket& out, std::span<const glm::vec2> ring, uint32_t feature) {
  const size_t n = ring.size();
  if (n < 3) return;
  auto base = static_cast<uint32_t>(out.vertices.size());
  for (const glm::vec2& p : ring) out.vertices.push_back({p, 1.0f, {0.0f, 0.0f, 1.0f}, feature});
  for (uint32_t i = 1; i + 1 < n; ++i) out.indices.insert(out.indices.end(), {base, base + i, base + i + 1});
  for (size_t i = 0; i < n; ++i) {
    const glm::vec2 a = ring[i], b = ring[(i + 1) % n];
    const glm::vec2 d = glm::normalize(b - a);
    const glm::vec3 nrm(d.y, -d.x, 0.0f);  // outward for a counter-clockwise ring
    base = static_cast<uint32_t>(out.vertices.size());
    out.vertices.push_back({a, 0.0f, nrm, feature});
    out.vertices.push_back({b, 0.0f, nrm, feature});
    out.vertices.push_back({b, 1.0f, nrm, feature});
    out.vertices.push_back({a, 1.0f, nrm, feature});
    out.indices.insert(out.indices.end(), {base, base + 1, base + 2, base, base + 2, base + 3});
  }
}

void appendBox(ExtrusionBucket& out, glm::vec2 min, glm::vec2 max, uint32_t feature) {
  const std::array<glm::vec2, 4> ring{min, {max.x, min.y}, max, {min.x, max.y}};
  appendPrism(out, ring, feature);
}

void appendConvexFill(FillBucket& out, std::span<const glm::vec2> ring, uint32_t feature) {
  if (ring.size() < 3) return;
  const auto base = static_cast<uint32_t>(out.vertices.size());
  for (const glm::vec2& p : ring) out.vertices.push_back({p, feature});
  for (uint32_t i = 1; i + 1 < ring.size(); ++i) out.indices.insert(out.indices.end(), {base, base + i, base + i + 1});
}

void appendRectWithHole(FillBucket& out, glm::vec2 o0, glm::vec2 o1, glm::vec2 h0, glm::vec2 h1, uint32_t feature) {
  const auto base = static_cast<uint32_t>(out.vertices.size());
  const std::array<glm::vec2, 8> v{o0, {o1.x, o0.y}, o1, {o0.x, o1.y}, h0, {h1.x, h0.y}, h1, {h0.x, h1.y}};
  for (const glm::vec2& p : v) out.vertices.push_back({p, feature});
  for (uint32_t i = 0; i < 4; ++i) {
    const uint32_t a = base + i, b = base + (i + 1) % 4, c = base + 4 + (i + 1) % 4, d = base + 4 + i;
    out.indices.insert(out.indices.end(), {a, b, c, a, c, d});
  }
}

void appendPolyline(LineBucket& out, std::span<const glm::vec2> pts, bool closed, float top, uint32_t feature) {
  const size_t n = pts.size();
  if (n < 2) return;
  const size_t segments = closed ? n : n - 1;
  for (size_t i = 0; i < segments; ++i) {
    const glm::vec2 a = pts[i], b = pts[(i + 1) % n];
    const auto base = static_cast<uint32_t>(out.vertices.size());
    // Each vertex's side is relative to its own direction (pos -> other), so
    // going round the quad: a-left, a-right, b-right (= left of b->a), b-left.
    out.vertices.push_back({a, b, +1.0f, top, feature});
    out.vertices.push_back({a, b, -1.0f, top, feature});
    out.vertices.push_back({b, a, +1.0f, top, feature});
    out.vertices.push_back({b, a, -1.0f, top, feature});
    out.indices.insert(out.indices.end(), {base, base + 1, base + 2, base, base + 2, base + 3});
  }
}

void appendRectOutline(LineBucket& out, glm::vec2 min, glm::vec2 max, float top, uint32_t feature) {
  const std::array<glm::vec2, 4> ring{min, {max.x, min.y}, max, {min.x, max.y}};
  appendPolyline(out, ring, true, top, feature);
}

}  // namespace ps::render
