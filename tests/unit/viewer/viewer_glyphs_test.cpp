// Glyph ranges cover every string the UI can show (issue 15 item 9: the
// loading dialog showed "?取", 读 missing from the atlas): all strings of
// assets/i18n/strings.toml in both languages, every non-ASCII character spelt
// in a string literal of the modules whose text reaches the screen (geo: the measure
// tool's units), and every
// title, field name and string value of the bundled scene (geodata/chengdu.toml).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "core/i18n.h"
#include "data/scene_loader.h"
#include "scene/scene.h"
#include "viewer/glyph_texts.h"

using namespace ps;
using namespace ps::viewer;
namespace fs = std::filesystem;

namespace {

std::string utf8(uint32_t cp) {
  std::string s;
  if (cp < 0x80) s += static_cast<char>(cp);
  else if (cp < 0x800) s += {static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
  else
    s += {static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
          static_cast<char>(0x80 | (cp & 0x3F))};
  return s;
}

// Every codepoint of `text` is in `atlas`; else a failure naming where the text came from.
void expectCovered(const std::vector<uint32_t>& atlas, const std::string& text, const std::string& where) {
  for (uint32_t cp : utf8Codepoints(text)) {
    if (cp < 0x20 || cp > 0xFFFF) continue;  // control characters are not drawn; ImWchar is 16-bit
    if (std::binary_search(atlas.begin(), atlas.end(), cp)) continue;
    ADD_FAILURE() << where << ": '" << utf8(cp) << "' (U+" << std::hex << cp << ") is not in the glyph ranges";
  }
}

}  // namespace

TEST(ViewerGlyphs, DecoderAndBaseRanges) {
  const std::vector<uint32_t> base = glyphCodepoints({});
  EXPECT_TRUE(std::binary_search(base.begin(), base.end(), uint32_t('A')));
  EXPECT_TRUE(std::binary_search(base.begin(), base.end(), uint32_t(0xE9)));  // é
  EXPECT_EQ(utf8Codepoints("读取"), (std::vector<uint32_t>{0x8BFB, 0x53D6}));
  // Invalid UTF-8 is skipped, never a crash; characters beyond the BMP stay out of the atlas.
  EXPECT_TRUE(utf8Codepoints(std::string("\xFF\xC3", 2)).empty());
  EXPECT_EQ(utf8Codepoints("\xF0\x9F\x98\x80"), (std::vector<uint32_t>{0x1F600}));
  EXPECT_EQ(glyphCodepoints({"\xF0\x9F\x98\x80"}), base);
}

TEST(ViewerGlyphs, StringTableBothLanguages) {
  ViewerState s;
  s.strings = StringTable::load(defaultStringsPath());
  const std::vector<uint32_t> atlas = glyphCodepoints(fontTexts(s));
  for (const std::string& key : s.strings.keys())
    for (Lang l : {Lang::Zh, Lang::En}) expectCovered(atlas, s.strings.tr(key, l), key + " (" + langCode(l) + ")");
}

TEST(ViewerGlyphs, LiteralsInTheSources) {
  ViewerState s;
  const std::vector<uint32_t> atlas = glyphCodepoints(fontTexts(s));
  const std::regex literal(R"re("((?:[^"\\]|\\.)*)")re");
  size_t files = 0;
  for (const char* dir : {"ui", "viewer", "data", "map", "analysis", "geo"}) {
    for (const auto& e : fs::directory_iterator(fs::path(PARKSCAPE_SOURCE_DIR) / "src" / dir)) {
      if (e.path().extension() != ".cpp") continue;
      ++files;
      std::ifstream in(e.path());
      std::string line;
      int n = 0;
      while (std::getline(in, line)) {
        ++n;
        for (std::sregex_iterator m(line.begin(), line.end(), literal), end; m != end; ++m)
          expectCovered(atlas, (*m)[1].str(), e.path().filename().string() + ":" + std::to_string(n));
      }
    }
  }
  EXPECT_GT(files, 50u);
  // The loader's progress message that showed as "?取".
  EXPECT_TRUE(std::binary_search(atlas.begin(), atlas.end(), utf8Codepoints("读").at(0)));
}

TEST(ViewerGlyphs, BundledSceneData) {
  const std::string path = std::string(PARKSCAPE_SOURCE_DIR) + "/geodata/chengdu.toml";
  if (!fs::exists(std::string(PARKSCAPE_SOURCE_DIR) + "/geodata/cache/sample_parks.gpkg"))
    GTEST_SKIP() << "geodata/cache not prepared (scripts/prepare_data.sh)";
  ViewerState s;
  s.strings = StringTable::load(defaultStringsPath());
  s.data = std::make_shared<data::SceneData>(data::loadSceneData(loadScene(path)));
  const std::vector<uint32_t> atlas = glyphCodepoints(fontTexts(s));
  const data::SceneData& d = *s.data;
  expectCovered(atlas, d.scene.title + d.scene.titleEn, "scene title");
  for (const std::string& a : d.scene.attribution) expectCovered(atlas, a, "scene attribution");
  size_t values = 0;
  for (const auto& L : d.layers) {
    expectCovered(atlas, L.spec->title + L.spec->titleEn + L.spec->attribution, L.spec->id + " title");
    for (const Column& c : L.table.columns) {
      expectCovered(atlas, c.name, L.spec->id + " field name");
      if (c.type != FieldType::String) continue;
      for (size_t r = 0; r < c.strings.size(); ++r, ++values)
        expectCovered(atlas, c.strings[r], L.spec->id + "." + c.name + " row " + std::to_string(r));
    }
  }
  EXPECT_GT(values, 100u);
}
