// The story player: a pure function of the story and a virtual time.
#include <gtest/gtest.h>

#include "core/error.h"
#include "story/player.h"

namespace {

using ps::story::StoryPlayer;

const char* kScene = R"(
[scene]
title = "t"
[camera]
center = [104.0, 30.0]
distance = 50000
pitch = 40
[[layers]]
id = "parks"
kind = "fill"
source = { path = "x.gpkg" }
style = { opacity = 0.8 }
[[layers]]
id = "zones"
kind = "fill"
visible = false
source = { path = "x.gpkg" }
[[layers]]
id = "hex"
kind = "hexbin"
from = "parks"
hex_size = 500
)";

const char* kStory = R"(
[story]
title = "t"
scene = "s.toml"
fly = 2
hold = 4
[[steps]]
title = "a"
camera = { center = [104.5, 30.0], distance = 10000 }
layers = { zones = { visible = true, opacity = 0.5 } }
[[steps]]
title = "b"
camera = { center = [104.0, 30.5], distance = 20000, bearing = 90 }
time = { play = [0, 8] }
filter = { sectors = ["bio"] }
overlay = { hex = { hex_size = 1000 } }
[[steps]]
title = "c"
easing = "cut"
hold = 1
)";

glm::dvec2 toLocal(glm::dvec2 ll) { return (ll - glm::dvec2(104.0, 30.0)) * 100000.0; }

StoryPlayer makePlayer(const char* story = kStory) {
  const ps::Scene scene = ps::parseScene(kScene, "/tmp/s.toml");
  return StoryPlayer(ps::story::parseStory(story, "/tmp/t.toml", scene.camera), scene, toLocal);
}

TEST(StoryPlayer, Timeline) {
  const StoryPlayer p = makePlayer();
  ASSERT_EQ(p.stepCount(), 3);
  EXPECT_DOUBLE_EQ(p.stepStart(1), 6);
  EXPECT_DOUBLE_EQ(p.stepStart(2), 12);
  EXPECT_DOUBLE_EQ(p.flyDuration(2), 0);  // cut
  EXPECT_DOUBLE_EQ(p.totalDuration(), 13);
  EXPECT_EQ(p.stepAt(0), 0);
  EXPECT_EQ(p.stepAt(5.99), 0);
  EXPECT_EQ(p.stepAt(6), 1);
  EXPECT_EQ(p.stepAt(100), 2);
  EXPECT_EQ(p.at(-5).step, 0);
  EXPECT_EQ(p.at(1e9).step, 2);
}

TEST(StoryPlayer, CameraFliesFromThePreviousStep) {
  const StoryPlayer p = makePlayer();
  const ps::OrbitCamera start = p.at(0).camera;
  EXPECT_NEAR(start.center.x, 0, 1e-6);  // the scene's camera
  EXPECT_NEAR(start.distance, 50000, 1e-6);
  const ps::story::Frame mid = p.at(1.0);
  EXPECT_FALSE(mid.settled);
  EXPECT_GT(mid.camera.center.x, 0);
  EXPECT_LT(mid.camera.center.x, 50000);
  const ps::story::Frame held = p.at(3.0);
  EXPECT_TRUE(held.settled);
  EXPECT_NEAR(held.camera.center.x, 50000, 1e-6);
  EXPECT_NEAR(held.camera.distance, 10000, 1e-6);
  // Step 1 keeps step 0's pitch; sets its own bearing.
  EXPECT_NEAR(p.settled(1).camera.pitchDeg, 40, 1e-9);
  EXPECT_NEAR(p.settled(1).camera.bearingDeg, 90, 1e-9);
  // Step 2 sets no camera: step 1's, by a cut.
  EXPECT_EQ(p.at(12).camera, p.settled(1).camera);
}

// The same step gives the same picture from any previous state.
TEST(StoryPlayer, SettledFrameIndependentOfWhereItCameFrom) {
  const StoryPlayer p = makePlayer();
  ps::OrbitCamera elsewhere;
  elsewhere.center = {-3e5, 7e5};
  elsewhere.distance = 3e5;
  elsewhere.bearingDeg = 200;
  const ps::story::Frame a = p.stepFrame(1, 1e9), b = p.stepFrame(1, 1e9, &elsewhere);
  EXPECT_EQ(a.camera, b.camera);
  EXPECT_EQ(a.quarter, b.quarter);
  const ps::story::Frame jump = p.stepFrame(1, 0.5, &elsewhere);
  EXPECT_NE(jump.camera, a.camera);  // still flying from there
  // Layers, filters and overlays are the step's own, never carried over.
  const ps::story::Frame s2 = p.settled(2);
  EXPECT_FALSE(s2.layers[1].visible);  // zones: the scene's (hidden), not step 0's
  EXPECT_TRUE(s2.filter.sectors.empty());
  EXPECT_DOUBLE_EQ(s2.overlays[0].params.hexSize, 500);
  EXPECT_FALSE(s2.quarter);
}

TEST(StoryPlayer, LayersCrossFadeAndPlayRangeRunsOverTheHold) {
  const StoryPlayer p = makePlayer();
  // Step 0 shows zones at 0.5, faded in from hidden over the 2 s flight.
  EXPECT_FALSE(p.at(0).layers[1].visible);
  EXPECT_NEAR(p.at(1.0).layers[1].opacity, 0.25f, 1e-6);
  EXPECT_NEAR(p.at(2.0).layers[1].opacity, 0.5f, 1e-6);
  EXPECT_NEAR(p.at(1.0).layers[0].opacity, 0.8f, 1e-6);
  // Step 1 fades zones out again.
  EXPECT_NEAR(p.at(7.0).layers[1].opacity, 0.25f, 1e-6);
  EXPECT_FALSE(p.at(8.0).layers[1].visible);
  // Its play range 0..8 runs over the 4 s hold after the 2 s flight.
  EXPECT_DOUBLE_EQ(*p.at(6.5).quarter, 0);
  EXPECT_DOUBLE_EQ(*p.at(10).quarter, 4);
  EXPECT_DOUBLE_EQ(*p.settled(1).quarter, 8);
  EXPECT_DOUBLE_EQ(p.at(9).overlays[0].params.hexSize, 1000);
  ASSERT_EQ(p.at(9).filter.sectors.size(), 1u);
  EXPECT_EQ(p.at(9).caption.title, "b");
}

TEST(StoryPlayer, Deterministic) {
  const StoryPlayer p = makePlayer(), q = makePlayer();
  for (double t = 0; t < 13; t += 0.37) {
    EXPECT_EQ(p.at(t).camera, q.at(t).camera);
    EXPECT_EQ(p.at(t).camera, p.at(t).camera);
  }
}

TEST(StoryPlayer, UnknownLayerNamesTheStepKey) {
  const std::string bad = std::string(kStory) + "[[steps]]\ntitle = 'd'\nlayers = { roads = { visible = true } }\n";
  try {
    makePlayer(bad.c_str());
    FAIL();
  } catch (const ps::Error& e) {
    EXPECT_EQ(std::string(e.what()), "/tmp/t.toml: 'steps[3].layers.roads': no layer \"roads\" in the scene /tmp/s.toml");
  }
  const std::string notOverlay = std::string(kStory) + "[[steps]]\ntitle = 'd'\noverlay = { parks = { eps = 500 } }\n";
  try {
    makePlayer(notOverlay.c_str());
    FAIL();
  } catch (const ps::Error& e) {
    EXPECT_NE(std::string(e.what()).find("'steps[3].overlay.parks': layer \"parks\" is not an overlay"), std::string::npos);
  }
}

}  // namespace
