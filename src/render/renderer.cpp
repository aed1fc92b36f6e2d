// Renderer: layer storage, per-feature style textures, the draw passes,
// and labels. See renderer.h for the pass order.
//
// [SECTION] GL helpers
// [SECTION] Layers
// [SECTION] Culling
// [SECTION] Passes
// [SECTION] Labels
// (renderToImage, the offscreen target and read-back: render_to_image.cpp)
#include "render/renderer.h"

#include <algorithm>
#include <cstdio>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstring>
#include <limits>
#include <set>

#include <glad/gl.h>
#include <glm/gtc/type_ptr.hpp>

#include "core/error.h"
#include "render/gl_program.h"
#include "render/glyph_atlas.h"

namespace ps::render {

static_assert(sizeof(FeatureStyle) == 16, "FeatureStyle is uploaded as one RGBA32UI texel");
static_assert(offsetof(FeatureStyle, color) == 0 && offsetof(FeatureStyle, base) == 4 &&
              offsetof(FeatureStyle, height) == 8 && offsetof(FeatureStyle, flags) == 12);

namespace {

// ---------------------------------------------------------------------------
// [SECTION] GL helpers
// ---------------------------------------------------------------------------

constexpr int kStyleRowLength = 1024;  // features per row of the style texture (matches common.glsl)
constexpr float kHaloPx = kLabelHaloPx;
static_assert(2 * kHaloPx + 1 < GlyphAtlas::kPadding, "the halo must not reach a neighbouring glyph");

void attribF(GLuint loc, int n, size_t stride, size_t offset, GLuint divisor = 0) {
  glEnableVertexAttribArray(loc);
  glVertexAttribPointer(loc, n, GL_FLOAT, GL_FALSE, static_cast<GLsizei>(stride), reinterpret_cast<void*>(offset));
  glVertexAttribDivisor(loc, divisor);
}
void attribU(GLuint loc, size_t stride, size_t offset, GLuint divisor = 0) {
  glEnableVertexAttribArray(loc);
  glVertexAttribIPointer(loc, 1, GL_UNSIGNED_INT, static_cast<GLsizei>(stride), reinterpret_cast<void*>(offset));
  glVertexAttribDivisor(loc, divisor);
}

enum class Kind { Fill, Extrusion, Line, Point };

struct Layer {
  LayerId id = 0;
  Kind kind = Kind::Fill;
  LayerParams params;
  GLuint vao = 0, vbo = 0, ibo = 0, styleTex = 0;
  GLsizei count = 0;  // indices, or point instances
  size_t features = 0;
  glm::vec2 xyMin{0.0f}, xyMax{0.0f};
  float zMin = 0, zMax = 0;  // from the styles (base, base + height * heightScale)
  std::vector<FeatureStyle> styles;  // CPU copy: bounds, and re-uploads after resizes

  bool translucent() const { return params.opacity < 0.999f; }
  bool drawable() const { return params.visible && params.opacity > 0.0f && count > 0; }
  // Level of detail: a layer may be shown only within a range of camera distances.
  bool inRange(double distance) const {
    return distance >= params.minDistance && (params.maxDistance <= 0 || distance < params.maxDistance);
  }
};

// Feature count from the bucket, widened to cover every index actually used.
template <class V>
size_t featureCountOf(const std::vector<V>& items, size_t declared) {
  uint32_t maxIndex = 0;
  bool any = false;
  for (const auto& v : items) {
    maxIndex = std::max(maxIndex, v.feature);
    any = true;
  }
  return std::max(declared, any ? size_t(maxIndex) + 1 : size_t(0));
}

template <class V>
void xyBounds(const std::vector<V>& items, Layer& L) {
  glm::vec2 lo(std::numeric_limits<float>::max()), hi(-std::numeric_limits<float>::max());
  for (const auto& v : items) {
    lo = glm::min(lo, v.pos);
    hi = glm::max(hi, v.pos);
  }
  if (items.empty()) lo = hi = glm::vec2(0.0f);
  L.xyMin = lo;
  L.xyMax = hi;
}


}  // namespace

struct Renderer::Impl {
  GlProgram fill, extrusion, line, point, label;
  std::vector<std::unique_ptr<Layer>> layers;
  LayerId nextId = 1;
  FrameStats stats;

  // Per-frame scratch, kept to avoid allocations.
  std::vector<Layer*> sorted;
  std::array<glm::vec4, 6> planes{};

  // Frame constants.
  glm::mat4 view{1.0f}, proj{1.0f};
  glm::vec2 viewport{1.0f};
  float nearPlane = 1, farPlane = 2;
  glm::vec4 fog{1.0f};
  glm::vec2 fogRange{1e9f, 2e9f};

  // Labels.
  std::vector<Label> labels;
  std::vector<std::u32string> labelText;  // decoded once per setLabels
  GlyphAtlas atlas;
  GLuint atlasTex = 0;
  bool atlasDirty = false;
  struct LabelVertex {
    glm::vec2 screen, uv;
    glm::u8vec4 color, halo;
    glm::vec3 anchor;
  };
  std::vector<LabelVertex> labelVerts;
  std::vector<uint32_t> labelIdx;
  GLuint labelVao = 0, labelVbo = 0, labelIbo = 0;
  size_t labelVboCap = 0, labelIboCap = 0;
  GLuint depthFbo = 0, depthTex = 0;
  int depthW = 0, depthH = 0;
  GLenum depthFormat = 0;

  double camDistance = 0;  // of the frame being drawn, for layer distance ranges
  float pixelScale = 1.0f;
  std::optional<Renderer::Tile> tile;
  std::vector<uint8_t> labelsShown;

  Impl()
      : fill("fill.vert.glsl", "fill.frag.glsl"),
        extrusion("extrusion.vert.glsl", "extrusion.frag.glsl"),
        line("line.vert.glsl", "line.frag.glsl"),
        point("point.vert.glsl", "point.frag.glsl", pointDefines()),
        label("label.vert.glsl", "label.frag.glsl") {
    uploadShapes(point);
  }

  static std::vector<std::string> pointDefines() {
    return {"POINT_SHAPES " + std::to_string(kPointShapeCount),
            "POINT_SHAPE_MAX_VERTICES " + std::to_string(kPointShapeMaxVertices)};
  }

  // The symbols' outlines, from the one definition (scene/point_shape.h).
  static void uploadShapes(const GlProgram& p) {
    std::array<glm::vec2, kPointShapeCount * kPointShapeMaxVertices> verts{};
    std::array<GLint, kPointShapeCount> sizes{};
    std::array<glm::vec3, kPointShapeCount> rings{};
    for (size_t i = 0; i < kPointShapeCount; ++i) {
      const PointRingRule rr = pointShapeRing(static_cast<PointShape>(i));
      rings[i] = glm::vec3(rr.factor, rr.minPx, rr.maxPx);
      const std::span<const glm::vec2> o = pointShapeOutline(static_cast<PointShape>(i));
      sizes[i] = static_cast<GLint>(o.size());
      std::copy(o.begin(), o.end(), verts.begin() + static_cast<std::ptrdiff_t>(i * kPointShapeMaxVertices));
    }
    glUseProgram(p.id());
    glUniform2fv(glGetUniformLocation(p.id(), "uShapeVerts"), static_cast<GLsizei>(verts.size()), glm::value_ptr(verts[0]));
    glUniform1iv(glGetUniformLocation(p.id(), "uShapeSizes"), static_cast<GLsizei>(sizes.size()), sizes.data());
    glUniform3fv(glGetUniformLocation(p.id(), "uShapeRing"), static_cast<GLsizei>(rings.size()), glm::value_ptr(rings[0]));
    glUseProgram(0);
  }

  ~Impl() {
    for (auto& L : layers) destroy(*L);
    glDeleteTextures(1, &atlasTex);
    glDeleteVertexArrays(1, &labelVao);
    glDeleteBuffers(1, &labelVbo);
    glDeleteBuffers(1, &labelIbo);
    glDeleteFramebuffers(1, &depthFbo);
    glDeleteTextures(1, &depthTex);
  }

  // -------------------------------------------------------------------------
  // [SECTION] Layers
  // -------------------------------------------------------------------------

  static void destroy(Layer& L) {
    glDeleteVertexArrays(1, &L.vao);
    glDeleteBuffers(1, &L.vbo);
    glDeleteBuffers(1, &L.ibo);
    glDeleteTextures(1, &L.styleTex);
  }

  Layer& newLayer(Kind kind, size_t features) {
    auto L = std::make_unique<Layer>();
    L->id = nextId++;
    L->kind = kind;
    L->features = features;
    L->styles.assign(std::max<size_t>(features, 1), FeatureStyle{});
    glGenVertexArrays(1, &L->vao);
    glGenBuffers(1, &L->vbo);
    glBindVertexArray(L->vao);
    glBindBuffer(GL_ARRAY_BUFFER, L->vbo);
    glGenTextures(1, &L->styleTex);
    uploadAllStyles(*L);
    layers.push_back(std::move(L));
    return *layers.back();
  }

  void uploadIndices(Layer& L, const std::vector<uint32_t>& indices) {
    glGenBuffers(1, &L.ibo);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, L.ibo);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(indices.size() * sizeof(uint32_t)), indices.data(),
                 GL_STATIC_DRAW);
    L.count = static_cast<GLsizei>(indices.size());
  }

  void uploadAllStyles(Layer& L) {
    const size_t n = L.styles.size();
    const int w = static_cast<int>(std::min<size_t>(n, kStyleRowLength));
    const int h = static_cast<int>((n + kStyleRowLength - 1) / kStyleRowLength);
    glBindTexture(GL_TEXTURE_2D, L.styleTex);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA32UI, h > 1 ? kStyleRowLength : w, h, 0, GL_RGBA_INTEGER, GL_UNSIGNED_INT,
                 nullptr);
    uploadStyles(L, 0, n);
    updateZBounds(L);
  }

  // Uploads styles [first, first + n) row by row (texel layout == FeatureStyle layout).
  void uploadStyles(Layer& L, size_t first, size_t n) {
    glBindTexture(GL_TEXTURE_2D, L.styleTex);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    size_t i = first;
    const size_t end = first + n;
    while (i < end) {
      const size_t row = i / kStyleRowLength, col = i % kStyleRowLength;
      const size_t run = std::min(end - i, kStyleRowLength - col);
      glTexSubImage2D(GL_TEXTURE_2D, 0, static_cast<GLint>(col), static_cast<GLint>(row), static_cast<GLsizei>(run), 1,
                      GL_RGBA_INTEGER, GL_UNSIGNED_INT, &L.styles[i]);
      i += run;
    }
  }

  void updateZBounds(Layer& L) {
    if (L.kind == Kind::Fill) {
      L.zMin = L.zMax = 0;
      return;
    }
    float lo = std::numeric_limits<float>::max(), hi = -lo;
    for (size_t i = 0; i < L.features; ++i) {
      const FeatureStyle& s = L.styles[i];
      lo = std::min(lo, s.base);
      hi = std::max(hi, s.base + std::max(0.0f, s.height) * L.params.heightScale);
    }
    if (L.features == 0) lo = hi = 0;
    L.zMin = lo;
    L.zMax = hi;
  }

  Layer* find(LayerId id) const {
    for (const auto& L : layers)
      if (L->id == id) return L.get();
    return nullptr;
  }
  Layer& get(LayerId id) const {
    Layer* L = find(id);
    if (!L) throw Error("renderer", "no layer with id " + std::to_string(id));
    return *L;
  }

  // -------------------------------------------------------------------------
  // [SECTION] Culling
  // -------------------------------------------------------------------------

  void extractPlanes() {
    const glm::mat4 m = glm::transpose(proj * view);  // rows of the view-projection
    planes = {m[3] + m[0], m[3] - m[0], m[3] + m[1], m[3] - m[1], m[3] + m[2], m[3] - m[2]};
  }

  bool visibleBounds(const Layer& L) const {
    // Points and lines extend a few pixels beyond their geometry: pad by 2%.
    glm::vec3 lo(L.xyMin, L.zMin), hi(L.xyMax, L.zMax);
    if (L.kind == Kind::Point || L.kind == Kind::Line) {
      const glm::vec3 pad = glm::max((hi - lo) * 0.02f, glm::vec3(1.0f));
      lo -= pad;
      hi += pad;
    }
    for (const glm::vec4& p : planes) {
      const glm::vec3 n(p);
      const glm::vec3 far(n.x >= 0 ? hi.x : lo.x, n.y >= 0 ? hi.y : lo.y, n.z >= 0 ? hi.z : lo.z);
      if (glm::dot(n, far) + p.w < 0) return false;
    }
    return true;
  }

  // -------------------------------------------------------------------------
  // [SECTION] Passes
  // -------------------------------------------------------------------------

  void setCommon(const GlProgram& p, const Layer& L) {
    glUseProgram(p.id());
    glUniformMatrix4fv(p.loc(Uniform::View), 1, GL_FALSE, glm::value_ptr(view));
    glUniformMatrix4fv(p.loc(Uniform::Proj), 1, GL_FALSE, glm::value_ptr(proj));
    glUniform1i(p.loc(Uniform::Styles), 0);
    glUniform1f(p.loc(Uniform::Opacity), L.params.opacity);
    glUniform1f(p.loc(Uniform::HeightScale), L.params.heightScale);
    glUniform4fv(p.loc(Uniform::FogColor), 1, glm::value_ptr(fog));
    glUniform2fv(p.loc(Uniform::FogRange), 1, glm::value_ptr(fogRange));
    glUniform2fv(p.loc(Uniform::Viewport), 1, glm::value_ptr(viewport));
    glUniform1f(p.loc(Uniform::LineWidth), L.params.lineWidthPx * pixelScale);
    glUniform2f(p.loc(Uniform::Dash), L.params.dashPx.x * pixelScale, L.params.dashPx.y * pixelScale);
    glUniform1f(p.loc(Uniform::PointSize), L.params.pointSizePx * pixelScale);
    glUniform1f(p.loc(Uniform::Near), nearPlane);
    const glm::vec3 sun = glm::normalize(glm::vec3(0.32f, -0.56f, 0.77f));  // from the south-south-east, ~50° high
    glUniform3fv(p.loc(Uniform::SunDir), 1, glm::value_ptr(sun));
    glUniform4f(p.loc(Uniform::Outline), 1.0f, 1.0f, 1.0f, 0.95f);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, L.styleTex);
  }

  void drawLayer(const GlProgram& p, const Layer& L) {
    setCommon(p, L);
    glBindVertexArray(L.vao);
    if (L.kind == Kind::Point) {
      glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, L.count);
      stats.triangles += uint64_t(L.count) * 2;
    } else {
      glDrawElements(GL_TRIANGLES, L.count, GL_UNSIGNED_INT, nullptr);
      stats.triangles += uint64_t(L.count) / 3;
    }
    ++stats.drawCalls;
  }

  // Visible, in-frustum layers of `kind` (translucent or not), by order then id.
  void collect(Kind kind, int translucency /* 0 opaque, 1 translucent, 2 both */) {
    sorted.clear();
    for (const auto& L : layers) {
      if (L->kind != kind || !L->drawable() || !L->inRange(camDistance)) continue;
      if (translucency == 0 && L->translucent()) continue;
      if (translucency == 1 && !L->translucent()) continue;
      sorted.push_back(L.get());
    }
    std::sort(sorted.begin(), sorted.end(), [](const Layer* a, const Layer* b) {
      return a->params.order != b->params.order ? a->params.order < b->params.order : a->id < b->id;
    });
  }

  void drawSorted(const GlProgram& p) {
    for (const Layer* L : sorted) {
      if (!visibleBounds(*L)) {
        ++stats.layersCulled;
        continue;
      }
      ++stats.layersDrawn;
      drawLayer(p, *L);
    }
  }

  void setFrame(const OrbitCamera& cam, int w, int h, const Rgba& bg) {
    view = cam.view();
    camDistance = cam.distance;
    proj = tile ? tileProjection(cam, w, h) : cam.proj(double(w) / double(h));
    viewport = glm::vec2(float(w), float(h));
    nearPlane = float(cam.nearPlane());
    farPlane = float(cam.farPlane());
    fog = bg;
    fogRange = glm::vec2(float(cam.distance * 1.6), float(std::max(cam.farPlane(), cam.distance * 2.0)));
    extractPlanes();
  }

  // The full picture's projection, scaled and shifted so that the tile's pixels
  // fill the viewport: clip' = T * clip (x' = sx x + tx w).
  glm::mat4 tileProjection(const OrbitCamera& cam, int w, int h) const {
    const double W = tile->fullWidth, H = tile->fullHeight;
    const double yb = H - tile->y - h;  // the tile's bottom, GL rows
    glm::dmat4 T(1.0);
    T[0][0] = W / w;
    T[1][1] = H / h;
    T[3][0] = (W - 2.0 * tile->x - w) / w;
    T[3][1] = (H - 2.0 * yb - h) / h;
    return glm::mat4(T * cam.projD(W / H));
  }

  // The scene passes (1-5).
  void scenePasses() {
    glEnable(GL_DEPTH_TEST);
    glEnable(GL_POLYGON_OFFSET_FILL);
    glDisable(GL_CULL_FACE);

    // 1. Opaque fills: painter's order on the ground, writing depth pushed back a little.
    collect(Kind::Fill, 0);
    glDepthFunc(GL_ALWAYS);
    glDepthMask(GL_TRUE);
    glPolygonOffset(2.0f, 8.0f);  // translucent fills use (1, 4): in front of the ground, behind buildings
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    drawSorted(fill);
    glDisable(GL_POLYGON_OFFSET_FILL);

    // 2. Opaque extrusions.
    collect(Kind::Extrusion, 0);
    glDepthFunc(GL_LESS);
    glEnable(GL_CULL_FACE);
    glCullFace(GL_BACK);
    glDisable(GL_BLEND);
    drawSorted(extrusion);

    // 3. Translucent fills and extrusions, by order.
    sorted.clear();
    for (const auto& L : layers)
      if ((L->kind == Kind::Fill || L->kind == Kind::Extrusion) && L->drawable() && L->inRange(camDistance) &&
          L->translucent())
        sorted.push_back(L.get());
    std::sort(sorted.begin(), sorted.end(), [](const Layer* a, const Layer* b) {
      return a->params.order != b->params.order ? a->params.order < b->params.order : a->id < b->id;
    });
    glEnable(GL_BLEND);
    for (const Layer* L : sorted) {
      if (!visibleBounds(*L)) {
        ++stats.layersCulled;
        continue;
      }
      ++stats.layersDrawn;
      if (L->kind == Kind::Fill) {
        glDisable(GL_CULL_FACE);
        glEnable(GL_POLYGON_OFFSET_FILL);
        glPolygonOffset(1.0f, 4.0f);
        glDepthFunc(GL_LEQUAL);
        glDepthMask(GL_FALSE);
        drawLayer(fill, *L);
        glDisable(GL_POLYGON_OFFSET_FILL);
      } else {
        glEnable(GL_CULL_FACE);
        glDepthFunc(GL_LESS);
        glDepthMask(GL_TRUE);
        // Depth pre-pass: only the nearest surface of the layer blends.
        glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_FALSE);
        drawLayer(extrusion, *L);
        glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
        glDepthFunc(GL_LEQUAL);
        drawLayer(extrusion, *L);
      }
    }
    glDisable(GL_CULL_FACE);

    // 4-5. Lines, then points: depth tested, not written.
    glDepthFunc(GL_LEQUAL);
    glDepthMask(GL_FALSE);
    collect(Kind::Line, 2);
    drawSorted(line);
    collect(Kind::Point, 2);
    drawSorted(point);
    glDepthMask(GL_TRUE);
  }

  // -------------------------------------------------------------------------
  // [SECTION] Labels
  // -------------------------------------------------------------------------

  // Makes every code point of `texts` available at every size; true when the
  // atlas bitmap changed.
  bool requireGlyphs(const std::vector<std::u32string>& texts, const std::vector<int>& sizes) {
    std::set<char32_t> cps;
    for (const std::u32string& t : texts) cps.insert(t.begin(), t.end());
    if (cps.empty()) return false;
    if (atlas.require(cps, std::set<int>(sizes.begin(), sizes.end()))) atlasDirty = true;
    return atlasDirty;
  }

  static int pixelSize(float sizePx) { return std::max(4, int(std::lround(sizePx))); }

  void prepareLabels() {
    labelText.clear();
    std::vector<int> sizes;
    for (const Label& l : labels) {
      labelText.push_back(decodeUtf8(l.text));
      sizes.push_back(pixelSize(l.sizePx));
    }
    requireGlyphs(labelText, sizes);
  }

  // Line widths and the ink's vertical extent, so the text's visible body (not
  // its line box) can be centred on the anchor.
  std::optional<TextMetrics> measure(const std::u32string& text, int size) const {
    if (text.empty()) return std::nullopt;
    const float lineH = atlas.lineHeight(size);
    float width = 0, lineW = 0, inkTop = std::numeric_limits<float>::max(), inkBottom = -inkTop;
    int line = 0;
    for (char32_t ch : text) {
      if (ch == U'\n') {
        width = std::max(width, lineW);
        lineW = 0;
        ++line;
        continue;
      }
      const Glyph g = atlas.glyph(size, ch);
      lineW += g.advance;
      if (g.visible) {
        inkTop = std::min(inkTop, float(line) * lineH + g.y0);
        inkBottom = std::max(inkBottom, float(line) * lineH + g.y1);
      }
    }
    width = std::max(width, lineW);
    if (inkTop > inkBottom) return std::nullopt;
    return TextMetrics{width, inkTop, inkBottom};
  }

  void uploadAtlas() {
    if (!atlasDirty) return;
    if (!atlasTex) glGenTextures(1, &atlasTex);
    glBindTexture(GL_TEXTURE_2D, atlasTex);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, atlas.width(), atlas.height(), 0, GL_RED, GL_UNSIGNED_BYTE, atlas.pixels());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    atlasDirty = false;
  }

  // Glyph quads of the labels as placed; returns the number of labels with ink.
  int layoutLabels() {
    labelVerts.clear();
    labelIdx.clear();
    int placed = 0;
    const glm::vec2 off = tile ? glm::vec2(float(tile->x), float(tile->y)) : glm::vec2(0.0f);
    for (size_t li = 0; li < labels.size(); ++li) {
      if (!labelsShown.empty() && (li >= labelsShown.size() || !labelsShown[li])) continue;
      const Label& l = labels[li];
      const std::u32string& text = labelText[li];
      const int size = pixelSize(l.sizePx);
      const std::optional<TextMetrics> m = measure(text, size);
      if (!m) continue;
      ++placed;
      const float lineH = atlas.lineHeight(size);
      const float width = m->width, left = l.origin.x - off.x, top = l.origin.y - off.y;
      const glm::vec3 anchor = l.anchor - glm::vec3(off, 0.0f);
      const float pad = kHaloPx + 1.0f;  // room for the halo; + the halo's reach stays inside kPadding
      const float tu = 1.0f / float(atlas.width()), tv = 1.0f / float(atlas.height());
      // Centre each line within the box.
      size_t lineStart = 0;
      float y = top;
      while (lineStart <= text.size()) {
        size_t lineEnd = text.find(U'\n', lineStart);
        if (lineEnd == std::u32string::npos) lineEnd = text.size();
        float lw = 0;
        for (size_t k = lineStart; k < lineEnd; ++k) lw += atlas.glyph(size, text[k]).advance;
        float x = left + std::round((width - lw) * 0.5f);
        for (size_t k = lineStart; k < lineEnd; ++k) {
          const Glyph g = atlas.glyph(size, text[k]);
          if (g.visible) {
            // Snap the bitmap to whole pixels: 1 texel = 1 pixel, no resampling blur.
            const float gx = std::round(x + g.x0), gy = std::round(y + g.y0);
            const float x0 = gx - pad, y0 = gy - pad, x1 = gx + (g.x1 - g.x0) + pad, y1 = gy + (g.y1 - g.y0) + pad;
            const float u0 = g.u0 - pad * tu, v0 = g.v0 - pad * tv, u1 = g.u1 + pad * tu, v1 = g.v1 + pad * tv;
            const auto base = static_cast<uint32_t>(labelVerts.size());
            labelVerts.push_back({{x0, y0}, {u0, v0}, l.color, l.halo, anchor});
            labelVerts.push_back({{x1, y0}, {u1, v0}, l.color, l.halo, anchor});
            labelVerts.push_back({{x0, y1}, {u0, v1}, l.color, l.halo, anchor});
            labelVerts.push_back({{x1, y1}, {u1, v1}, l.color, l.halo, anchor});
            for (uint32_t k2 : {0u, 1u, 2u, 2u, 1u, 3u}) labelIdx.push_back(base + k2);
          }
          x += g.advance;
        }
        y += lineH;
        lineStart = lineEnd + 1;
      }
    }
    return placed;
  }

  // Copies the bound framebuffer's depth into depthTex so labels can test
  // against the scene; false when that is impossible (then labels always show).
  bool captureDepth(int w, int h) {
    GLint drawFb = 0;
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &drawFb);
    const GLenum attachment = drawFb == 0 ? GL_DEPTH : GL_DEPTH_ATTACHMENT;
    GLint type = GL_NONE, depthBits = 0, stencilBits = 0, compType = GL_NONE;
    glGetFramebufferAttachmentParameteriv(GL_DRAW_FRAMEBUFFER, attachment, GL_FRAMEBUFFER_ATTACHMENT_OBJECT_TYPE,
                                          &type);
    if (drawFb != 0 && type == GL_NONE) return false;
    glGetFramebufferAttachmentParameteriv(GL_DRAW_FRAMEBUFFER, attachment, GL_FRAMEBUFFER_ATTACHMENT_DEPTH_SIZE,
                                          &depthBits);
    glGetFramebufferAttachmentParameteriv(GL_DRAW_FRAMEBUFFER, attachment,
                                          GL_FRAMEBUFFER_ATTACHMENT_COMPONENT_TYPE, &compType);
    GLint stencilType = GL_NONE;
    glGetFramebufferAttachmentParameteriv(GL_DRAW_FRAMEBUFFER, drawFb == 0 ? GL_STENCIL : GL_STENCIL_ATTACHMENT,
                                          GL_FRAMEBUFFER_ATTACHMENT_OBJECT_TYPE, &stencilType);
    if (stencilType != GL_NONE)
      glGetFramebufferAttachmentParameteriv(GL_DRAW_FRAMEBUFFER, drawFb == 0 ? GL_STENCIL : GL_STENCIL_ATTACHMENT,
                                            GL_FRAMEBUFFER_ATTACHMENT_STENCIL_SIZE, &stencilBits);
    glGetError();  // the queries above may legitimately fail on some drivers
    if (depthBits <= 0) return false;
    GLenum format = GL_DEPTH_COMPONENT24;
    if (compType == GL_FLOAT) format = stencilBits > 0 ? GL_DEPTH32F_STENCIL8 : GL_DEPTH_COMPONENT32F;
    else if (depthBits == 16) format = GL_DEPTH_COMPONENT16;
    else if (stencilBits > 0) format = GL_DEPTH24_STENCIL8;
    if (!depthFbo || depthW != w || depthH != h || depthFormat != format) {
      if (!depthFbo) glGenFramebuffers(1, &depthFbo);
      if (!depthTex) glGenTextures(1, &depthTex);
      glBindTexture(GL_TEXTURE_2D, depthTex);
      const bool ds = format == GL_DEPTH24_STENCIL8 || format == GL_DEPTH32F_STENCIL8;
      glTexImage2D(GL_TEXTURE_2D, 0, static_cast<GLint>(format), w, h, 0, ds ? GL_DEPTH_STENCIL : GL_DEPTH_COMPONENT,
                   ds ? (format == GL_DEPTH24_STENCIL8 ? GL_UNSIGNED_INT_24_8 : GL_FLOAT_32_UNSIGNED_INT_24_8_REV)
                      : GL_FLOAT,
                   nullptr);
      glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
      glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
      glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_COMPARE_MODE, GL_NONE);
      glBindFramebuffer(GL_DRAW_FRAMEBUFFER, depthFbo);
      glFramebufferTexture2D(GL_DRAW_FRAMEBUFFER, ds ? GL_DEPTH_STENCIL_ATTACHMENT : GL_DEPTH_ATTACHMENT,
                             GL_TEXTURE_2D, depthTex, 0);
      depthW = w;
      depthH = h;
      depthFormat = format;
    }
    GLint readFb = 0;
    glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &readFb);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, static_cast<GLuint>(drawFb));
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, depthFbo);
    glBlitFramebuffer(0, 0, w, h, 0, 0, w, h, GL_DEPTH_BUFFER_BIT, GL_NEAREST);
    const bool ok = glGetError() == GL_NO_ERROR;
    glBindFramebuffer(GL_READ_FRAMEBUFFER, static_cast<GLuint>(readFb));
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, static_cast<GLuint>(drawFb));
    return ok;
  }

  void drawLabels(int w, int h) {
    if (labels.empty()) return;
    uploadAtlas();
    stats.labelsPlaced = layoutLabels();
    if (labelIdx.empty()) return;
    const bool depthOk = labelsShown.empty() && captureDepth(w, h);

    if (!labelVao) {
      glGenVertexArrays(1, &labelVao);
      glGenBuffers(1, &labelVbo);
      glGenBuffers(1, &labelIbo);
      glBindVertexArray(labelVao);
      glBindBuffer(GL_ARRAY_BUFFER, labelVbo);
      const size_t s = sizeof(LabelVertex);
      attribF(0, 2, s, offsetof(LabelVertex, screen));
      attribF(1, 2, s, offsetof(LabelVertex, uv));
      glEnableVertexAttribArray(2);
      glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, GLsizei(s), reinterpret_cast<void*>(offsetof(LabelVertex, color)));
      glEnableVertexAttribArray(3);
      glVertexAttribPointer(3, 4, GL_UNSIGNED_BYTE, GL_TRUE, GLsizei(s), reinterpret_cast<void*>(offsetof(LabelVertex, halo)));
      attribF(4, 3, s, offsetof(LabelVertex, anchor));
      glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, labelIbo);
    }
    glBindVertexArray(labelVao);
    glBindBuffer(GL_ARRAY_BUFFER, labelVbo);
    const size_t vbytes = labelVerts.size() * sizeof(LabelVertex), ibytes = labelIdx.size() * sizeof(uint32_t);
    if (vbytes > labelVboCap) {
      labelVboCap = std::max(vbytes, labelVboCap * 2);
      glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(labelVboCap), nullptr, GL_DYNAMIC_DRAW);
    }
    glBufferSubData(GL_ARRAY_BUFFER, 0, GLsizeiptr(vbytes), labelVerts.data());
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, labelIbo);
    if (ibytes > labelIboCap) {
      labelIboCap = std::max(ibytes, labelIboCap * 2);
      glBufferData(GL_ELEMENT_ARRAY_BUFFER, GLsizeiptr(labelIboCap), nullptr, GL_DYNAMIC_DRAW);
    }
    glBufferSubData(GL_ELEMENT_ARRAY_BUFFER, 0, GLsizeiptr(ibytes), labelIdx.data());

    glUseProgram(label.id());
    glUniform2fv(label.loc(Uniform::Viewport), 1, glm::value_ptr(viewport));
    glUniform1i(label.loc(Uniform::Atlas), 0);
    glUniform1i(label.loc(Uniform::SceneDepth), 1);
    glUniform1i(label.loc(Uniform::DepthTest), depthOk ? 1 : 0);
    glUniform2f(label.loc(Uniform::NearFar), nearPlane, farPlane);
    glUniform2f(label.loc(Uniform::AtlasTexel), 1.0f / float(atlas.width()), 1.0f / float(atlas.height()));
    glUniform1f(label.loc(Uniform::HaloPx), kHaloPx);
    glActiveTexture(GL_TEXTURE1);
    glBindTexture(GL_TEXTURE_2D, depthOk ? depthTex : 0);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, atlasTex);
    glDisable(GL_DEPTH_TEST);
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDrawElements(GL_TRIANGLES, GLsizei(labelIdx.size()), GL_UNSIGNED_INT, nullptr);
    ++stats.drawCalls;
    stats.triangles += labelIdx.size() / 3;
    glActiveTexture(GL_TEXTURE1);
    glBindTexture(GL_TEXTURE_2D, 0);
    glActiveTexture(GL_TEXTURE0);
  }
};

// ---------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------

Renderer::Renderer() : impl_(std::make_unique<Impl>()) {}
Renderer::~Renderer() = default;

LayerId Renderer::addFill(const FillBucket& b) {
  Layer& L = impl_->newLayer(Kind::Fill, featureCountOf(b.vertices, b.featureCount));
  glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(b.vertices.size() * sizeof(FillVertex)), b.vertices.data(), GL_STATIC_DRAW);
  attribF(0, 2, sizeof(FillVertex), offsetof(FillVertex, pos));
  attribU(1, sizeof(FillVertex), offsetof(FillVertex, feature));
  impl_->uploadIndices(L, b.indices);
  xyBounds(b.vertices, L);
  glBindVertexArray(0);
  return L.id;
}

LayerId Renderer::addExtrusion(const ExtrusionBucket& b) {
  Layer& L = impl_->newLayer(Kind::Extrusion, featureCountOf(b.vertices, b.featureCount));
  const size_t s = sizeof(ExtrusionVertex);
  glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(b.vertices.size() * s), b.vertices.data(), GL_STATIC_DRAW);
  attribF(0, 2, s, offsetof(ExtrusionVertex, pos));
  attribF(1, 1, s, offsetof(ExtrusionVertex, top));
  attribF(2, 3, s, offsetof(ExtrusionVertex, normal));
  attribU(3, s, offsetof(ExtrusionVertex, feature));
  impl_->uploadIndices(L, b.indices);
  xyBounds(b.vertices, L);
  glBindVertexArray(0);
  return L.id;
}

LayerId Renderer::addLines(const LineBucket& b) {
  Layer& L = impl_->newLayer(Kind::Line, featureCountOf(b.vertices, b.featureCount));
  const size_t s = sizeof(LineVertex);
  glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(b.vertices.size() * s), b.vertices.data(), GL_STATIC_DRAW);
  attribF(0, 2, s, offsetof(LineVertex, pos));
  attribF(1, 2, s, offsetof(LineVertex, other));
  attribF(2, 1, s, offsetof(LineVertex, side));
  attribF(3, 1, s, offsetof(LineVertex, top));
  attribU(4, s, offsetof(LineVertex, feature));
  attribF(5, 1, s, offsetof(LineVertex, along));
  impl_->uploadIndices(L, b.indices);
  xyBounds(b.vertices, L);
  glBindVertexArray(0);
  return L.id;
}

LayerId Renderer::addPoints(const PointBucket& b) {
  Layer& L = impl_->newLayer(Kind::Point, featureCountOf(b.points, b.featureCount));
  const size_t s = sizeof(PointInstance);
  glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(b.points.size() * s), b.points.data(), GL_STATIC_DRAW);
  attribF(0, 2, s, offsetof(PointInstance, pos), 1);
  attribU(1, s, offsetof(PointInstance, feature), 1);
  L.count = GLsizei(b.points.size());
  xyBounds(b.points, L);
  glBindVertexArray(0);
  return L.id;
}

void Renderer::removeLayer(LayerId id) {
  auto& v = impl_->layers;
  for (auto it = v.begin(); it != v.end(); ++it)
    if ((*it)->id == id) {
      Impl::destroy(**it);
      v.erase(it);
      return;
    }
}

void Renderer::clear() {
  for (auto& L : impl_->layers) Impl::destroy(*L);
  impl_->layers.clear();
  impl_->labels.clear();
  impl_->labelText.clear();
}

void Renderer::setFeatureStyle(LayerId id, std::span<const FeatureStyle> styles) {
  Layer& L = impl_->get(id);
  const size_t n = std::min(styles.size(), L.features);
  if (n == 0) return;
  std::copy_n(styles.begin(), n, L.styles.begin());
  impl_->uploadStyles(L, 0, n);
  impl_->updateZBounds(L);
}

void Renderer::setLayerParams(LayerId id, const LayerParams& params) {
  Layer& L = impl_->get(id);
  const bool rescale = params.heightScale != L.params.heightScale;
  L.params = params;
  if (rescale) impl_->updateZBounds(L);
}

LayerParams Renderer::layerParams(LayerId id) const { return impl_->get(id).params; }
size_t Renderer::featureCount(LayerId id) const { return impl_->get(id).features; }
bool Renderer::hasLayer(LayerId id) const { return impl_->find(id) != nullptr; }

std::vector<std::optional<TextMetrics>> Renderer::measureLabels(std::span<const LabelText> texts) {
  Impl& I = *impl_;
  std::vector<std::u32string> decoded;
  std::vector<int> sizes;
  for (const LabelText& t : texts) {
    decoded.push_back(decodeUtf8(t.text));
    sizes.push_back(Impl::pixelSize(t.sizePx));
  }
  I.requireGlyphs(decoded, sizes);
  std::vector<std::optional<TextMetrics>> out;
  for (size_t i = 0; i < decoded.size(); ++i) out.push_back(I.measure(decoded[i], sizes[i]));
  return out;
}

void Renderer::setLabels(std::vector<Label> labels) {
  impl_->labels = std::move(labels);
  impl_->prepareLabels();
}

void Renderer::draw(const OrbitCamera& camera, int width, int height, const Rgba& background) {
  Impl& I = *impl_;
  I.stats = FrameStats{};
  if (width <= 0 || height <= 0) return;
  I.setFrame(camera, width, height, background);
  glViewport(0, 0, width, height);
  glDisable(GL_SCISSOR_TEST);
  glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
  glDepthMask(GL_TRUE);
  glClearColor(background.r, background.g, background.b, background.a);
  glClearDepth(1.0);
  glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
  I.scenePasses();
  I.drawLabels(width, height);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_BLEND);
  glDisable(GL_CULL_FACE);
  glDepthFunc(GL_LESS);
  glBindVertexArray(0);
  glUseProgram(0);
}

const FrameStats& Renderer::stats() const { return impl_->stats; }

}  // namespace ps::render

namespace ps::render {

void Renderer::setPixelScale(float scale) { impl_->pixelScale = scale > 0 ? scale : 1.0f; }

void Renderer::setTile(std::optional<Tile> tile) { impl_->tile = tile; }

void Renderer::setLabelsShown(std::vector<uint8_t> shown) { impl_->labelsShown = std::move(shown); }

void Renderer::probeLabelAnchors(std::vector<uint8_t>& shown) {
  Impl& I = *impl_;
  if (!I.depthFbo || I.depthW <= 0 || I.depthH <= 0) return;
  const int fullH = I.tile ? I.tile->fullHeight : I.depthH;
  const int x0 = I.tile ? I.tile->x : 0, yb = I.tile ? fullH - I.tile->y - I.depthH : 0;
  const auto eyeDistance = [&](float windowDepth) {
    const float z = windowDepth * 2.0f - 1.0f, n = I.nearPlane, f = I.farPlane;
    return 2.0f * n * f / (f + n - z * (f - n));
  };
  GLint readFb = 0;
  glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &readFb);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, I.depthFbo);
  for (size_t i = 0; i < I.labels.size() && i < shown.size(); ++i) {
    const glm::vec3 a = I.labels[i].anchor;
    // The label shader's texel: int(x), int(height - y), in the full picture.
    const int px = int(a.x) - x0, py = int(float(fullH) - a.y) - yb;
    if (a.x < 0 || a.y > float(fullH) || px < 0 || py < 0 || px >= I.depthW || py >= I.depthH) continue;
    float scene = 1.0f;
    glReadPixels(px, py, 1, 1, GL_DEPTH_COMPONENT, GL_FLOAT, &scene);
    shown[i] = eyeDistance(a.z) > eyeDistance(scene) * 1.004f + 0.5f ? 0 : 1;
  }
  glBindFramebuffer(GL_READ_FRAMEBUFFER, static_cast<GLuint>(readFb));
}

}  // namespace ps::render
