#include "render/canvas.h"

#include <algorithm>
#include <cmath>
#include <set>

#include <glm/common.hpp>

namespace ps::render {

void Canvas::blend(int x, int y, glm::u8vec4 c, float coverage) {
  x -= ox_;
  y -= oy_;
  if (x < 0 || y < 0 || x >= img_.width || y >= img_.height || coverage <= 0) return;
  uint8_t* p = &img_.rgba[(static_cast<size_t>(y) * static_cast<size_t>(img_.width) + static_cast<size_t>(x)) * 4];
  const float a = std::min(1.0f, coverage) * (c.a / 255.0f);
  for (int k = 0; k < 3; ++k) p[k] = static_cast<uint8_t>(std::lround(p[k] * (1 - a) + c[k] * a));
  p[3] = static_cast<uint8_t>(std::lround(std::min(255.0f, p[3] + a * (255 - p[3]))));
}

void Canvas::fillRect(int x, int y, int w, int h, glm::u8vec4 color) {
  for (int j = std::max(oy_, y); j < std::min(oy_ + img_.height, y + h); ++j)
    for (int i = std::max(ox_, x); i < std::min(ox_ + img_.width, x + w); ++i) blend(i, j, color, 1.0f);
}

void Canvas::strokeRect(int x, int y, int w, int h, glm::u8vec4 color, int width) {
  fillRect(x, y, w, width, color);
  fillRect(x, y + h - width, w, width, color);
  fillRect(x, y + width, width, h - 2 * width, color);
  fillRect(x + w - width, y + width, width, h - 2 * width, color);
}

void Canvas::fillCircle(float cx, float cy, float r, glm::u8vec4 color) {
  for (int j = static_cast<int>(std::floor(cy - r - 1)); j <= static_cast<int>(std::ceil(cy + r + 1)); ++j)
    for (int i = static_cast<int>(std::floor(cx - r - 1)); i <= static_cast<int>(std::ceil(cx + r + 1)); ++i) {
      float d = std::hypot(i + 0.5f - cx, j + 0.5f - cy);
      blend(i, j, color, std::clamp(r - d + 0.5f, 0.0f, 1.0f));
    }
}

void Canvas::fillTriangle(glm::vec2 a, glm::vec2 b, glm::vec2 c, glm::u8vec4 color) {
  auto edge = [](glm::vec2 p, glm::vec2 q, glm::vec2 r) { return (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x); };
  const float area = edge(a, b, c);
  if (area == 0) return;
  const int x0 = static_cast<int>(std::floor(std::min({a.x, b.x, c.x})));
  const int x1 = static_cast<int>(std::ceil(std::max({a.x, b.x, c.x})));
  const int y0 = static_cast<int>(std::floor(std::min({a.y, b.y, c.y})));
  const int y1 = static_cast<int>(std::ceil(std::max({a.y, b.y, c.y})));
  for (int j = y0; j <= y1; ++j)
    for (int i = x0; i <= x1; ++i) {
      int inside = 0;
      for (int sy = 0; sy < 4; ++sy)
        for (int sx = 0; sx < 4; ++sx) {
          glm::vec2 p(i + (sx + 0.5f) / 4, j + (sy + 0.5f) / 4);
          float w0 = edge(b, c, p) / area, w1 = edge(c, a, p) / area, w2 = edge(a, b, p) / area;
          if (w0 >= 0 && w1 >= 0 && w2 >= 0) ++inside;
        }
      blend(i, j, color, inside / 16.0f);
    }
}

void Canvas::fillPolygon(std::span<const glm::vec2> pts, glm::u8vec4 color) {
  if (pts.size() < 3) return;
  glm::vec2 lo = pts[0], hi = pts[0];
  for (const glm::vec2& p : pts) {
    lo = glm::min(lo, p);
    hi = glm::max(hi, p);
  }
  const int x0 = std::max(ox_, static_cast<int>(std::floor(lo.x)));
  const int x1 = std::min(ox_ + img_.width - 1, static_cast<int>(std::ceil(hi.x)));
  const int y0 = std::max(oy_, static_cast<int>(std::floor(lo.y)));
  const int y1 = std::min(oy_ + img_.height - 1, static_cast<int>(std::ceil(hi.y)));
  auto inside = [&](glm::vec2 q) {  // even-odd crossings
    bool in = false;
    for (size_t i = 0, j = pts.size() - 1; i < pts.size(); j = i++)
      if ((pts[i].y > q.y) != (pts[j].y > q.y) &&
          q.x < (pts[j].x - pts[i].x) * (q.y - pts[i].y) / (pts[j].y - pts[i].y) + pts[i].x)
        in = !in;
    return in;
  };
  for (int j = y0; j <= y1; ++j)
    for (int i = x0; i <= x1; ++i) {
      int n = 0;
      for (int sy = 0; sy < 4; ++sy)
        for (int sx = 0; sx < 4; ++sx) n += inside({i + (sx + 0.5f) / 4, j + (sy + 0.5f) / 4});
      blend(i, j, color, n / 16.0f);
    }
}

void Canvas::pointSymbol(PointShape shape, glm::vec2 centre, float r, glm::u8vec4 color, float ringPx, glm::u8vec4 ring) {
  if (shape == PointShape::Circle && ringPx <= 0) return fillCircle(centre.x, centre.y, r, color);
  if (ringPx > 0) {
    pointShapePolygon(shape, centre, r, 0.0f, true, poly_);
    fillPolygon(poly_, ring);
  }
  pointShapePolygon(shape, centre, r, std::max(0.0f, ringPx), true, poly_);
  fillPolygon(poly_, color);
}

void Canvas::pointSymbolFill(PointShape shape, PointFill fill, glm::vec2 centre, float r, glm::u8vec4 color, float ringPx,
                             glm::u8vec4 ring) {
  if (fill == PointFill::Solid) return pointSymbol(shape, centre, r, color, ringPx, ring);
  const int x0 = static_cast<int>(std::floor(centre.x - r - 1)), x1 = static_cast<int>(std::ceil(centre.x + r + 1));
  const int y0 = static_cast<int>(std::floor(centre.y - r - 1)), y1 = static_cast<int>(std::ceil(centre.y + r + 1));
  for (int y = y0; y < y1; ++y)
    for (int x = x0; x < x1; ++x) {
      int inColour = 0, inRing = 0;
      for (int sy = 0; sy < 4; ++sy)
        for (int sx = 0; sx < 4; ++sx) {
          const glm::vec2 p(x + (sx + 0.5f) / 4 - centre.x, centre.y - (y + (sy + 0.5f) / 4));  // y up
          const float d = pointShapeDistance(shape, p / r) * r;
          if (d > 0) continue;
          if (pointFillColoured(fill, p, d, r, ringPx)) ++inColour;
          else ++inRing;
        }
      if (inRing) blend(x, y, ring, inRing / 16.0f);
      if (inColour) blend(x, y, color, inColour / 16.0f);
    }
}

GlyphAtlas& Canvas::threadAtlas() {
  thread_local GlyphAtlas atlas;
  return atlas;
}

void Canvas::ensure(std::string_view utf8, int sizePx) {
  std::set<char32_t> cps;
  for (char32_t c : decodeUtf8(utf8)) cps.insert(c);
  if (collecting_) {
    pendingCodepoints_.insert(cps.begin(), cps.end());
    pendingSizes_.insert(sizePx);
    return;
  }
  atlas_.require(cps, {sizePx});
}

void Canvas::prepareGlyphs() {
  if (!pendingSizes_.empty()) atlas_.require(pendingCodepoints_, pendingSizes_);
  pendingCodepoints_.clear();
  pendingSizes_.clear();
}

namespace {
// While collecting: a width of the right order, so a layout pass takes its usual turns.
float roughWidth(std::string_view utf8, int sizePx) {
  return static_cast<float>(decodeUtf8(utf8).size()) * static_cast<float>(sizePx) * 0.6f;
}
}  // namespace

float Canvas::lineHeight(int sizePx) {
  ensure("A", sizePx);
  if (collecting_) return static_cast<float>(sizePx) * 1.4f;
  return atlas_.lineHeight(sizePx);
}

float Canvas::textWidth(std::string_view utf8, int sizePx) {
  ensure(utf8, sizePx);
  if (collecting_) return roughWidth(utf8, sizePx);
  float w = 0;
  for (char32_t c : decodeUtf8(utf8)) w += atlas_.glyph(sizePx, c).advance;
  return w;
}

float Canvas::text(float x, float y, std::string_view utf8, int sizePx, glm::u8vec4 color, int halo,
                   glm::u8vec4 haloColor) {
  ensure(utf8, sizePx);
  if (collecting_) return roughWidth(utf8, sizePx);
  const std::u32string cps = decodeUtf8(utf8);
  const uint8_t* px = atlas_.pixels();
  const int aw = atlas_.width(), ah = atlas_.height();
  auto drawPass = [&](glm::u8vec4 c, int dilate) {
    float pen = std::round(x);
    for (char32_t ch : cps) {
      const Glyph g = atlas_.glyph(sizePx, ch);
      if (g.visible) {
        const int gx = static_cast<int>(std::round(pen + g.x0)), gy = static_cast<int>(std::round(y + g.y0));
        const int u0 = static_cast<int>(std::lround(g.u0 * aw)), v0 = static_cast<int>(std::lround(g.v0 * ah));
        const int gw = static_cast<int>(std::lround((g.u1 - g.u0) * aw));
        const int gh = static_cast<int>(std::lround((g.v1 - g.v0) * ah));
        for (int j = -dilate; j < gh + dilate; ++j)
          for (int i = -dilate; i < gw + dilate; ++i) {
            float cov = 0;
            for (int dj = -dilate; dj <= dilate; ++dj)
              for (int di = -dilate; di <= dilate; ++di) {
                if (di * di + dj * dj > dilate * dilate) continue;
                const int u = u0 + i + di, v = v0 + j + dj;
                if (i + di < 0 || j + dj < 0 || i + di >= gw || j + dj >= gh) continue;
                if (u < 0 || v < 0 || u >= aw || v >= ah) continue;
                cov = std::max(cov, px[static_cast<size_t>(v) * static_cast<size_t>(aw) + static_cast<size_t>(u)] / 255.0f);
              }
            blend(gx + i, gy + j, c, cov);
          }
      }
      pen += g.advance;
    }
    return pen - std::round(x);
  };
  if (halo > 0) drawPass(haloColor, halo);
  return drawPass(color, 0);
}

}  // namespace ps::render
