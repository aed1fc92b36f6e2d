#pragma once
// CPU glyph atlas for map labels, rasterised by Dear ImGui's font atlas
// (stb_truetype; no ImGui context needed). One font face per whole pixel
// size, so glyphs are drawn 1:1 with the screen and stay crisp.
//
// Font: /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc face 2 (Noto
// Sans CJK SC), else /usr/share/fonts/truetype/wqy/wqy-microhei.ttc; the file
// is read once and shared by every size. Only the characters asked for are
// rasterised (the common-Chinese range would miss 侯 of 武侯区).
#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace ps::render {

// UTF-8 to code points; invalid bytes become U+FFFD.
std::u32string decodeUtf8(std::string_view s);

struct Glyph {
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // pixels from the pen position; y down from the line top
  float u0 = 0, v0 = 0, u1 = 0, v1 = 0;  // atlas texture coordinates
  float advance = 0;
  bool visible = false;                  // false for spaces
};

class GlyphAtlas {
 public:
  // Padding around each glyph in the bitmap: room for the label halo.
  static constexpr int kPadding = 6;

  GlyphAtlas();
  ~GlyphAtlas();
  GlyphAtlas(const GlyphAtlas&) = delete;
  GlyphAtlas& operator=(const GlyphAtlas&) = delete;

  // Makes sure every code point in `codepoints` is available at every size in
  // `sizesPx`; rebuilds the bitmap (and returns true) only when something new
  // is needed. Throws ps::Error naming the font file when no font loads.
  bool require(const std::set<char32_t>& codepoints, const std::set<int>& sizesPx);

  // Glyph for code point c at an em size (pixels) passed to require(); missing glyphs give
  // the font's fallback ('?').
  Glyph glyph(int sizePx, char32_t c) const;
  float lineHeight(int sizePx) const;  // ascent - descent, whole pixels

  // Alpha8 bitmap, row-major, top row first.
  const uint8_t* pixels() const { return pixels_; }
  int width() const { return width_; }
  int height() const { return height_; }
  const std::string& fontPath() const { return fontPath_; }

 private:
  struct State;
  std::unique_ptr<State> s_;
  const uint8_t* pixels_ = nullptr;
  int width_ = 0, height_ = 0;
  std::string fontPath_;
};

}  // namespace ps::render
