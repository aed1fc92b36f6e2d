// Story files: parsed strictly, every bad key named with the file and the key.
#include <gtest/gtest.h>

#include <filesystem>

#include "core/build_paths.h"
#include "core/error.h"
#include "story/player.h"
#include "story/story.h"

namespace {

const std::string kFile = "/tmp/x/tour.toml";

const std::string kHead = "[story]\ntitle = 'T'\nscene = '../chengdu.toml'\n";

std::string errorOf(const std::string& text) {
  try {
    ps::story::parseStory(text, kFile);
  } catch (const ps::Error& e) {
    return e.what();
  }
  ADD_FAILURE() << "no error for:\n" << text;
  return {};
}

// A story with one step whose body is `step`.
std::string oneStep(const std::string& step) { return kHead + "[[steps]]\ntitle = 'S'\n" + step + "\n"; }

TEST(StoryParser, ParsesEveryKey) {
  const std::string text = kHead + R"(
title_en = "Tour"
[[steps]]
title = "一"
title_en = "One"
text = ["第一行", "第二行"]
text_en = ["line one", "line two"]
notes = "say hello"
fly = 2.5
hold = 6
easing = "linear"
camera = { center = [104.0, 30.6], distance = 20000, pitch = 30, bearing = -20 }
layers = { parks = { visible = false }, buildings = { opacity = 0.5 } }
filter = { sectors = ["bio", "先进能源"], gfa = [1000, 50000], hide = true }
time = { play = ["2024Q1", "2026Q4"] }
highlight = [{ layer = "parks", ids = ["P001", "P002"], label = true }]
callout = { layer = "parks", id = "P001", text = "这里", text_en = "Here" }
overlay = { hex_gfa = { hex_size = 1000, height_by = "count", share_of = "bio" } }
[[steps]]
title = "二"
time = { quarter = "2025Q2" }
camera = { pitch = 60 }
)";
  const ps::story::Story st = ps::story::parseStory(text, kFile);
  EXPECT_EQ(st.scenePath, "/tmp/chengdu.toml");
  ASSERT_EQ(st.steps.size(), 2u);
  const auto& s = st.steps[0];
  EXPECT_EQ(s.caption.titleEn, "One");
  EXPECT_EQ(s.caption.lines.size(), 2u);
  EXPECT_EQ(s.easing, ps::story::Easing::Linear);
  EXPECT_DOUBLE_EQ(s.camera.center.x, 104.0);
  EXPECT_DOUBLE_EQ(s.camera.bearing, -20);
  ASSERT_EQ(s.layers.size(), 2u);
  ASSERT_EQ(s.filter.sectors.size(), 2u);
  EXPECT_EQ(s.filter.sectors[1], "energy");
  EXPECT_TRUE(s.filter.hide);
  ASSERT_TRUE(s.play);
  EXPECT_DOUBLE_EQ(s.play->lo, 0);
  EXPECT_DOUBLE_EQ(s.play->hi, 11);
  ASSERT_EQ(s.highlight.size(), 1u);
  EXPECT_TRUE(s.highlight[0].label);
  ASSERT_TRUE(s.callout);
  ASSERT_EQ(s.overlays.size(), 1u);
  EXPECT_EQ(*s.overlays[0].heightBy, "count");
  // The second step keeps the first's camera except what it sets.
  const auto& s2 = st.steps[1];
  EXPECT_DOUBLE_EQ(s2.camera.distance, 20000);
  EXPECT_DOUBLE_EQ(s2.camera.pitch, 60);
  EXPECT_DOUBLE_EQ(*s2.quarter, 5);
  EXPECT_LT(s2.fly, 0);  // the story default
  EXPECT_DOUBLE_EQ(st.flyOf(s2), 3.0);
}

TEST(StoryParser, BadKeysNameFileAndKey) {
  const std::string f = kFile + ": ";
  EXPECT_EQ(errorOf(oneStep("camera = { pitch = 95 }")), f + "'steps[0].camera.pitch': value 95 is out of range [0, 85]");
  EXPECT_EQ(errorOf(oneStep("camera = { zoom = 3 }")), f + "'steps[0].camera.zoom': unknown key (misspelt or unsupported)");
  EXPECT_EQ(errorOf(oneStep("camera = { center = [104] }")), f + "'steps[0].camera.center': expected [longitude, latitude]");
  EXPECT_EQ(errorOf(oneStep("hold = -1")), f + "'steps[0].hold': value -1 is out of range [0, 600]");
  EXPECT_EQ(errorOf(oneStep("hold = 'long'")), f + "'steps[0].hold': expected a number");
  EXPECT_EQ(errorOf(oneStep("easing = 'bounce'")), f + "'steps[0].easing': must be smooth, linear or cut, got \"bounce\"");
  EXPECT_EQ(errorOf(oneStep("titel = 'x'")), f + "'steps[0].titel': unknown key (misspelt or unsupported)");
  EXPECT_EQ(errorOf(oneStep("layers = { parks = { visible = 1 } }")), f + "'steps[0].layers.parks.visible': expected true or false");
  EXPECT_EQ(errorOf(oneStep("layers = { parks = { opacity = 2 } }")), f + "'steps[0].layers.parks.opacity': value 2 is out of range [0, 1]");
  EXPECT_NE(errorOf(oneStep("filter = { sectors = ['space'] }")).find("'steps[0].filter.sectors': unknown sector \"space\""), std::string::npos);
  EXPECT_EQ(errorOf(oneStep("filter = { gfa = [5, 1] }")), f + "'steps[0].filter.gfa': low is above high");
  EXPECT_EQ(errorOf(oneStep("time = { quarter = '2027Q1' }")), f + "'steps[0].time.quarter': expected a quarter 2024Q1 .. 2026Q4 or an index 0 .. 11");
  EXPECT_EQ(errorOf(oneStep("time = { play = ['2026Q1', '2024Q1'] }")), f + "'steps[0].time.play': the first quarter must come before the second");
  EXPECT_EQ(errorOf(oneStep("highlight = [{ layer = 'parks' }]")), f + "'steps[0].highlight[0].ids': is required: the features' ids");
  EXPECT_EQ(errorOf(oneStep("callout = { layer = 'parks', id = 'P1' }")), f + "'steps[0].callout.text': is required");
  EXPECT_EQ(errorOf(oneStep("overlay = { hex_gfa = { hex_size = 10 } }")), f + "'steps[0].overlay.hex_gfa.hex_size': value 10 is out of range [250, 5000]");
  EXPECT_EQ(errorOf(oneStep("overlay = { hex_gfa = { hull = 'round' } }")), f + "'steps[0].overlay.hex_gfa.hull': must be one of concave, convex, got \"round\"");
  EXPECT_EQ(errorOf(oneStep("text = [1]")), f + "'steps[0].text[0]': expected a string");
  EXPECT_EQ(errorOf(oneStep("text = ['1','2','3','4','5','6','7']")), f + "'steps[0].text': has more than 6 entries");
  EXPECT_EQ(errorOf(oneStep("title_en = '" + std::string(2001, 'a') + "'")), f + "'steps[0].title_en': is longer than 2000 bytes");
}

TEST(StoryParser, BadStructureNamesFile) {
  const std::string f = kFile + ": ";
  EXPECT_EQ(errorOf("[[steps]]\ntitle = 'x'\n"), f + "'story': is required: [story] with title and scene");
  EXPECT_EQ(errorOf(kHead), f + "'steps': is required: at least one [[steps]]");
  EXPECT_EQ(errorOf("[story]\nscene = 'a.toml'\n[[steps]]\ntitle='x'\n"), f + "'story.title': is required");
  EXPECT_EQ(errorOf(kHead + "extra = 1\n[[steps]]\ntitle='x'\n"), f + "'story.extra': unknown key (misspelt or unsupported)");
  EXPECT_EQ(errorOf(kHead + "[[steps]]\ncamera = {}\n"), f + "'steps[0].title': is required");
  EXPECT_NE(errorOf(kHead + "[[steps]\n").find("TOML syntax error at line 4"), std::string::npos);
  // Hostile nesting is refused before toml++ sees it.
  EXPECT_NE(errorOf(kHead + "x = " + std::string(100, '[') + std::string(100, ']') + "\n").find(kFile), std::string::npos);
}

TEST(StoryParser, MissingFileNamesIt) {
  try {
    ps::story::loadStory("/nonexistent/story.toml");
    FAIL();
  } catch (const ps::Error& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/story.toml"), std::string::npos);
  }
}

// The bundled stories parse against the bundled scene.
TEST(StoryParser, BundledStoriesLoad) {
  const std::filesystem::path dir = std::filesystem::path(ps::sourceDir()) / "geodata/stories";
  int n = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().extension() != ".toml") continue;
    const ps::story::Story st = ps::story::loadStory(e.path().string());
    EXPECT_FALSE(st.steps.empty()) << e.path();
    // Every layer a step names is one of the scene's.
    const ps::story::StoryPlayer player(st, ps::loadScene(st.scenePath), [](glm::dvec2 ll) { return ll * 1e5; });
    EXPECT_GT(player.totalDuration(), 0);
    for (const auto& s : st.steps) {
      EXPECT_FALSE(s.caption.titleEn.empty()) << e.path() << ": " << s.caption.title;
      EXPECT_EQ(s.caption.lines.size(), s.caption.linesEn.size()) << e.path() << ": " << s.caption.title;
    }
    ++n;
  }
  EXPECT_GE(n, 2);
}

}  // namespace
