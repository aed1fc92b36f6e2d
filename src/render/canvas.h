#pragma once
// A small CPU painter over an Image, for the furniture of exported maps
// (title, legend, scale bar, north arrow, attribution): deterministic, no GL,
// the same on a GPU machine and on llvmpipe. Text uses the labels' glyph atlas
// (Noto Sans CJK SC), so Chinese renders the same as on the map.
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/gtc/type_precision.hpp>

#include "render/glyph_atlas.h"
#include "render/image.h"
#include "scene/point_shape.h"

namespace ps::render {

class Canvas {
 public:
  explicit Canvas(Image& img) : img_(img) {}
  // `img` is a window of a larger picture whose pixel `origin` is img's top-left
  // (a band of a poster streamed to its file): every coordinate below is the
  // larger picture's, drawing is clipped to the window.
  Canvas(Image& img, glm::ivec2 origin) : img_(img), ox_(origin.x), oy_(origin.y) {}

  // Alpha-blended axis-aligned rectangle (pixels, may be fractional-free ints).
  void fillRect(int x, int y, int w, int h, glm::u8vec4 color);
  void strokeRect(int x, int y, int w, int h, glm::u8vec4 color, int width = 1);
  void fillCircle(float cx, float cy, float r, glm::u8vec4 color);
  // Filled triangle (antialiased edges by 4x4 supersampling).
  void fillTriangle(glm::vec2 a, glm::vec2 b, glm::vec2 c, glm::u8vec4 color);
  // Filled simple polygon (any winding, concave fine), antialiased by 4x4 supersampling.
  void fillPolygon(std::span<const glm::vec2> pts, glm::u8vec4 color);
  // A map point symbol (scene/point_shape.h): `shape` of radius r (half the
  // point size) in `color`; with ringPx > 0 inside a ring of that width, as
  // the point shader draws it (pointOutlineWidthPx). A ringless circle is
  // exactly fillCircle.
  void pointSymbol(PointShape shape, glm::vec2 centre, float r, glm::u8vec4 color, float ringPx = 0,
                   glm::u8vec4 ring = {255, 255, 255, 242});
  // The symbol with a fill other than solid (scene/point_shape.h PointFill):
  // per pixel, 4x4 supersampled, the shader's geometry (pointFillColoured);
  // the parts not in the colour take `ring`'s.
  void pointSymbolFill(PointShape shape, PointFill fill, glm::vec2 centre, float r, glm::u8vec4 color, float ringPx = 0,
                       glm::u8vec4 ring = {255, 255, 255, 242});
  // Text with its top-left at (x, y); returns the advance width. `halo` > 0
  // draws a light outline of that many pixels first.
  float text(float x, float y, std::string_view utf8, int sizePx, glm::u8vec4 color,
             int halo = 0, glm::u8vec4 haloColor = {255, 255, 255, 230});
  float textWidth(std::string_view utf8, int sizePx);
  float lineHeight(int sizePx);

  // A layout pass that only gathers glyphs: while collecting, text(),
  // textWidth() and lineHeight() draw nothing, note the code points and sizes
  // they will need and answer rough widths; prepareGlyphs() then rasterises
  // all of them in one atlas build, where drawing straight away rebuilds the
  // atlas (every size) at each new character.
  void collectGlyphs(bool on) { collecting_ = on; }
  void prepareGlyphs();

 private:
  void blend(int x, int y, glm::u8vec4 c, float coverage);
  void ensure(std::string_view utf8, int sizePx);
  Image& img_;
  int ox_ = 0, oy_ = 0;
  // One atlas per thread, kept across canvases: the furniture of every film
  // frame or poster band reuses the glyphs the first one rasterised.
  static GlyphAtlas& threadAtlas();
  GlyphAtlas& atlas_ = threadAtlas();
  std::vector<glm::vec2> poly_;  // scratch for pointSymbol
  bool collecting_ = false;
  std::set<char32_t> pendingCodepoints_;
  std::set<int> pendingSizes_;
};

}  // namespace ps::render
