// The UI string table: both languages for every key, every key the code
// asks for exists, and panels neither spell text nor touch GL/GDAL.
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <gtest/gtest.h>
#include <imgui.h>

#include "core/error.h"
#include "core/i18n.h"
#include "core/pinyin.h"

namespace fs = std::filesystem;
using namespace ps;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream f(p);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

std::vector<fs::path> sources(const std::string& sub) {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(fs::path(PARKSCAPE_SOURCE_DIR) / "src" / sub))
    if (e.path().extension() == ".cpp" || e.path().extension() == ".h") out.push_back(e.path());
  return out;
}

}  // namespace

TEST(ViewerI18n, RealTableHasBothLanguages) {
  StringTable t = StringTable::load(defaultStringsPath());
  EXPECT_GT(t.size(), 100u);
  EXPECT_STREQ(t.tr("panel.layers", Lang::Zh), "图层");
  EXPECT_STREQ(t.tr("panel.layers", Lang::En), "Layers");
  for (const std::string& k : t.keys()) {
    EXPECT_STRNE(t.tr(k, Lang::Zh), "") << k;
    EXPECT_STRNE(t.tr(k, Lang::En), "") << k;
  }
}

TEST(ViewerI18n, EveryKeyTheCodeUsesExists) {
  StringTable t = StringTable::load(defaultStringsPath());
  const std::regex call(R"re((?:tr|label)\("([a-z_]+\.[a-z_.0-9]+)"\))re");
  const std::regex literal(R"re("((?:kind|unit|nav|field)\.[a-z_.0-9]+)")re");
  size_t seen = 0;
  for (const char* sub : {"ui", "app"})
    for (const fs::path& p : sources(sub)) {
      const std::string text = slurp(p);
      for (const std::regex* re : {&call, &literal})
        for (auto it = std::sregex_iterator(text.begin(), text.end(), *re); it != std::sregex_iterator(); ++it) {
          ++seen;
          EXPECT_TRUE(t.has((*it)[1].str())) << p.filename() << " uses missing key " << (*it)[1].str();
        }
    }
  EXPECT_GT(seen, 80u);
}

TEST(ViewerI18n, PanelsSpellNoChineseText) {
  // Chinese in a string literal of a panel would bypass the table.
  const std::regex lit(R"re("(?:[^"\\]|\\.)*")re");
  // siting_panel.* (another module's panel) still spells some text; listed
  // here so the rule holds for every other panel until it moves to the table.
  const std::set<std::string> pending = {"siting_panel.cpp", "siting_panel.h"};
  for (const fs::path& p : sources("ui")) {
    if (pending.count(p.filename().string())) continue;
    const std::string text = slurp(p);
    std::istringstream lines(text);
    std::string line;
    int n = 0;
    while (std::getline(lines, line)) {
      ++n;
      const std::string code = line.substr(0, line.find("//"));
      for (auto it = std::sregex_iterator(code.begin(), code.end(), lit); it != std::sregex_iterator(); ++it) {
        const std::string s = (*it)[0].str();
        size_t i = 0;
        while (i < s.size()) {
          char32_t c = nextCodePoint(s, i);
          EXPECT_FALSE(c >= 0x3400 && c <= 0x9FFF) << p.filename() << ":" << n << " spells " << s;
        }
      }
    }
  }
}

TEST(ViewerI18n, PanelsIncludeNoGlOrGdal) {
  const std::regex inc(R"re(#\s*include\s*[<"]([^>"]+)[>"])re");
  for (const fs::path& p : sources("ui")) {
    const std::string text = slurp(p);
    for (auto it = std::sregex_iterator(text.begin(), text.end(), inc); it != std::sregex_iterator(); ++it) {
      const std::string h = (*it)[1].str();
      for (const char* banned : {"glad", "GL/", "gdal", "ogr_", "GLFW", "render/"})
        EXPECT_EQ(h.find(banned), std::string::npos) << p.filename() << " includes " << h;
    }
  }
}

TEST(ViewerI18n, MissingKeyShowsTheKey) {
  StringTable t = StringTable::parse("[a.b]\nzh = \"甲\"\nen = \"A\"\n", "mem.toml");
  EXPECT_STREQ(t.tr("a.b", Lang::Zh), "甲");
  EXPECT_STREQ(t.tr("no.such", Lang::En), "no.such");
}

TEST(ViewerI18n, ErrorsNameFileAndKey) {
  try {
    StringTable::parse("[menu.file]\nzh = \"文件\"\n", "strings.toml");
    FAIL() << "accepted a string without English";
  } catch (const Error& e) {
    EXPECT_EQ(e.file(), "strings.toml");
    EXPECT_EQ(e.key(), "menu.file");
    EXPECT_NE(std::string(e.what()).find("English"), std::string::npos);
  }
  EXPECT_THROW(StringTable::parse("[x]\nzh = 3\nen = \"x\"\n", "s.toml"), Error);
  EXPECT_THROW(StringTable::parse("[x\n", "s.toml"), Error);
  EXPECT_THROW(StringTable::load("/nonexistent/strings.toml"), Error);
}

TEST(ViewerI18n, Substitute) {
  EXPECT_EQ(substitute("{n} of {total}", {{"n", "3"}, {"total", "9"}}), "3 of 9");
  EXPECT_EQ(substitute("{n} {unknown}", {{"n", "1"}}), "1 {unknown}");
  EXPECT_EQ(parseLang("en-US"), Lang::En);
  EXPECT_EQ(parseLang("zh_CN"), Lang::Zh);
  EXPECT_FALSE(parseLang("fr"));
}

TEST(ViewerI18n, GlyphRangesFromStringsInUseCoverHou) {
  // ImGui's "Chinese simplified common" range lacks 侯 (武侯区): the viewer
  // builds its ranges from the strings in use instead.
  auto covers = [](const ImWchar* r, ImWchar c) {
    for (; r[0]; r += 2)
      if (c >= r[0] && c <= r[1]) return true;
    return false;
  };
  ImFontGlyphRangesBuilder b;
  b.AddText("武侯区");
  ImVector<ImWchar> ranges;
  b.BuildRanges(&ranges);
  EXPECT_TRUE(covers(ranges.Data, 0x4FAF));  // 侯
}
