#include "render/glyph_atlas.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>

#include <imgui.h>
#include <stb/stb_truetype.h>  // Debian's libstb, which libimgui.a itself links

#include "core/error.h"

namespace ps::render {

std::u32string decodeUtf8(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    int len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    char32_t c = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
    bool ok = len > 0 && i + static_cast<size_t>(len) <= s.size();
    for (int k = 1; ok && k < len; ++k) {
      const auto cb = static_cast<unsigned char>(s[i + static_cast<size_t>(k)]);
      if ((cb >> 6) != 0x2) ok = false;
      c = (c << 6) | (cb & 0x3F);
    }
    if (!ok) {
      out.push_back(0xFFFD);
      ++i;
      continue;
    }
    out.push_back(c);
    i += static_cast<size_t>(len);
  }
  return out;
}

namespace {

struct FontCandidate {
  const char* path;
  int faceIndex;
};
// Face 2 of the Noto CJK collection is Simplified Chinese (JP, KR, SC, TC, HK).
const FontCandidate kFonts[] = {
    {"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2},
    {"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0},
};

// The font file's bytes, read once per process (about 20 MB for Noto CJK) and
// shared, read-only, by every atlas: a film frame or a poster band makes
// several canvases, none of which should read the file again.
std::shared_ptr<const std::vector<char>> sharedFontFile(const std::string& path) {
  static std::mutex m;
  static std::map<std::string, std::shared_ptr<const std::vector<char>>> cache;
  std::lock_guard<std::mutex> lock(m);
  auto it = cache.find(path);
  if (it != cache.end()) return it->second;
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return nullptr;
  const std::streamoff size = in.tellg();
  if (size <= 0) return nullptr;
  auto bytes = std::make_shared<std::vector<char>>(static_cast<size_t>(size));
  in.seekg(0);
  if (!in.read(bytes->data(), size)) return nullptr;
  cache[path] = bytes;
  return bytes;
}

}  // namespace

struct GlyphAtlas::State {
  ImFontAtlas atlas;
  // The font file (sharedFontFile), used by every size, never freed by the atlas.
  std::shared_ptr<const std::vector<char>> font;
  int faceIndex = 0;
  float emToLineRatio = 1.0f;  // (ascent - descent) / em
  std::set<char32_t> codepoints;
  std::set<int> sizes;
  std::map<int, ImFont*> fonts;
  ImVector<ImWchar> ranges;  // must outlive the atlas build

  ~State() { detachFontData(); }
  // The atlas is told it owns the font bytes, or ImGui's AddFont copies all
  // 20 MB of them for every size at every rebuild (most of a CLI render's
  // system time); before ImGui would free them, they are taken back.
  void detachFontData() {
    for (ImFontConfig& c : atlas.ConfigData) {
      c.FontData = nullptr;
      c.FontDataOwnedByAtlas = false;
    }
  }
};

GlyphAtlas::GlyphAtlas() : s_(std::make_unique<State>()) {}
GlyphAtlas::~GlyphAtlas() = default;

bool GlyphAtlas::require(const std::set<char32_t>& codepoints, const std::set<int>& sizesPx) {
  const bool haveAll = std::includes(s_->codepoints.begin(), s_->codepoints.end(), codepoints.begin(),
                                     codepoints.end()) &&
                       std::includes(s_->sizes.begin(), s_->sizes.end(), sizesPx.begin(), sizesPx.end());
  if (haveAll && pixels_) return false;

  if (!s_->font) {
    std::string tried;
    for (const auto& f : kFonts) {
      auto bytes = sharedFontFile(f.path);
      if (!bytes) {
        tried += std::string(tried.empty() ? "" : ", ") + f.path;
        continue;
      }
      s_->font = std::move(bytes);
      s_->faceIndex = f.faceIndex;
      fontPath_ = f.path;
      const auto* data = reinterpret_cast<const unsigned char*>(s_->font->data());
      const int offset = stbtt_GetFontOffsetForIndex(data, f.faceIndex);
      stbtt_fontinfo info;
      if (offset < 0 || !stbtt_InitFont(&info, data, offset))
        throw Error(f.path, "cannot read font face " + std::to_string(f.faceIndex));
      s_->emToLineRatio = stbtt_ScaleForMappingEmToPixels(&info, 1.0f) / stbtt_ScaleForPixelHeight(&info, 1.0f);
      break;
    }
    if (!s_->font)
      throw Error(tried, "no CJK label font found (install fonts-noto-cjk or fonts-wqy-microhei)");
  }

  s_->codepoints.insert(codepoints.begin(), codepoints.end());
  s_->sizes.insert(sizesPx.begin(), sizesPx.end());
  if (s_->sizes.empty()) s_->sizes.insert(16);

  ImFontGlyphRangesBuilder builder;
  builder.AddRanges(s_->atlas.GetGlyphRangesDefault());  // Basic Latin + Latin-1
  for (char32_t c : s_->codepoints)
    if (c <= IM_UNICODE_CODEPOINT_MAX) builder.AddChar(static_cast<ImWchar>(c));
  s_->ranges.clear();
  builder.BuildRanges(&s_->ranges);

  s_->detachFontData();
  s_->atlas.Clear();
  s_->fonts.clear();
  s_->atlas.Flags |= ImFontAtlasFlags_NoMouseCursors;
  s_->atlas.TexGlyphPadding = kPadding;
  for (int size : s_->sizes) {
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = true;  // no copy; State::detachFontData takes the bytes back
    cfg.FontNo = s_->faceIndex;
    cfg.OversampleH = 1;
    cfg.OversampleV = 1;
    cfg.PixelSnapH = true;
    cfg.RasterizerMultiply = 1.3f;  // thin CJK strokes at 14-22 px read too grey otherwise
    // ImGui sizes fonts by ascent-to-descent; labels are sized by the em
    // (as CSS and map styles are), which for Noto CJK is 70% of that.
    ImFont* font = s_->atlas.AddFontFromMemoryTTF(const_cast<char*>(s_->font->data()), static_cast<int>(s_->font->size()),
                                                  static_cast<float>(size) * s_->emToLineRatio, &cfg, s_->ranges.Data);
    if (!font) throw Error(fontPath_, "cannot load font face " + std::to_string(s_->faceIndex));
    s_->fonts[size] = font;
  }
  unsigned char* px = nullptr;
  if (!s_->atlas.Build()) throw Error(fontPath_, "cannot rasterise the label glyphs");
  s_->atlas.GetTexDataAsAlpha8(&px, &width_, &height_);
  pixels_ = px;
  return true;
}

Glyph GlyphAtlas::glyph(int sizePx, char32_t c) const {
  Glyph g;
  auto it = s_->fonts.find(sizePx);
  if (it == s_->fonts.end()) return g;
  const ImWchar wc = c <= IM_UNICODE_CODEPOINT_MAX ? static_cast<ImWchar>(c) : static_cast<ImWchar>('?');
  const ImFontGlyph* fg = it->second->FindGlyph(wc);
  if (!fg) return g;
  g.x0 = fg->X0, g.y0 = fg->Y0, g.x1 = fg->X1, g.y1 = fg->Y1;
  g.u0 = fg->U0, g.v0 = fg->V0, g.u1 = fg->U1, g.v1 = fg->V1;
  g.advance = fg->AdvanceX;
  g.visible = fg->Visible != 0;
  return g;
}

float GlyphAtlas::lineHeight(int sizePx) const {
  auto it = s_->fonts.find(sizePx);
  return it == s_->fonts.end() ? static_cast<float>(sizePx) : std::round(it->second->Ascent - it->second->Descent);
}

}  // namespace ps::render
