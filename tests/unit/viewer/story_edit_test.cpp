// The Stories panel's model (viewer/story_edit.h) on the demo scene: the view
// on screen becomes a step (camera, layers, filters, time, selection), steps
// are reordered, duplicated and deleted, and the saved file reads back as the
// same story.
#include <filesystem>
#include <memory>

#include <gtest/gtest.h>

#include "geo/lonlat_projector.h"
#include "story/story.h"
#include "viewer/commands.h"
#include "viewer/demo_scene.h"
#include "viewer/story_edit.h"
#include "viewer/story_session.h"

using namespace ps;
using namespace ps::viewer;

namespace {

struct Demo {
  ViewerState s;
  std::unique_ptr<geo::GeoProjector> geo;
  Demo() {
    auto data = std::make_shared<data::SceneData>(makeDemoScene());
    geo = std::make_unique<geo::GeoProjector>(data->scene.crs);
    installScene(s, data, geo.get(), {1600, 900});
  }
};

std::vector<std::string> titles(ViewerState& s) {
  std::vector<std::string> out;
  for (const auto& st : editableStory(s).steps) out.push_back(st.caption.title);
  return out;
}

}  // namespace

TEST(StoryEdit, TheViewOnScreenBecomesAStep) {
  Demo d;
  d.s.camera.distance = 4321;
  d.s.camera.bearingDeg = 30;
  d.s.filter.hiddenSectors = {"bio", "energy"};
  d.s.time.quarter = 5;
  setLayerVisible(d.s, 0, false);
  const story::Step st = captureStep(d.s, *d.geo);
  EXPECT_NEAR(st.camera.distance, 4321, 1e-6);
  EXPECT_NEAR(st.camera.bearing, 30, 1e-6);
  ASSERT_EQ(st.layers.size(), d.s.data->scene.layers.size());
  EXPECT_EQ(st.layers[0].visible, std::optional<bool>(false));
  EXPECT_EQ(st.filter.sectors.size(), 5u);  // seven sectors less the two switched off
  EXPECT_EQ(st.quarter, std::optional<double>(5));
}

TEST(StoryEdit, InsertReorderDuplicateDelete) {
  Demo d;
  EXPECT_TRUE(editableStory(d.s).steps.empty());
  for (const char* t : {"A", "B", "C"}) {
    story::Step st = captureStep(d.s, *d.geo);
    st.caption.title = t;
    insertStep(d.s, static_cast<int>(editableStory(d.s).steps.size()), st);
  }
  EXPECT_EQ(titles(d.s), (std::vector<std::string>{"A", "B", "C"}));
  editStep(d.s, 2, StepEdit::MoveUp);
  EXPECT_EQ(titles(d.s), (std::vector<std::string>{"A", "C", "B"}));
  EXPECT_EQ(d.s.story->step, 1);  // the moved step is shown
  editStep(d.s, 0, StepEdit::Duplicate);
  EXPECT_EQ(titles(d.s), (std::vector<std::string>{"A", "A", "C", "B"}));
  editStep(d.s, 3, StepEdit::Delete);
  editStep(d.s, 0, StepEdit::MoveUp);  // nothing above the first
  EXPECT_EQ(titles(d.s), (std::vector<std::string>{"A", "A", "C"}));
  story::Step st = editableStory(d.s).steps[1];
  st.caption.titleEn = "A, in English";
  st.hold = 12;
  replaceStep(d.s, 1, st);
  EXPECT_EQ(editableStory(d.s).steps[1].caption.titleEn, "A, in English");
  EXPECT_EQ(d.s.story->player->holdDuration(1), 12);
}

TEST(StoryEdit, SavedStoryReadsBackTheSame) {
  Demo d;
  const std::filesystem::path dir = std::filesystem::path(PARKSCAPE_TEST_TMP) / "story_edit";
  std::filesystem::create_directories(dir);
  // The demo scene has no file: give the story a real scene to name.
  d.s.scenePath = std::string(PARKSCAPE_SOURCE_DIR) + "/geodata/chengdu.toml";
  story::Step st = captureStep(d.s, *d.geo);
  st.caption.title = "第一步";
  st.caption.lines = {"一行", "两行"};
  insertStep(d.s, 0, st);
  const std::string file = (dir / "mine_story.toml").string();
  saveEditedStory(d.s, file);
  const story::Story back = story::loadStory(file);
  ASSERT_EQ(back.steps.size(), 1u);
  EXPECT_EQ(back.steps[0].caption.title, "第一步");
  EXPECT_EQ(back.steps[0].caption.lines, (std::vector<std::string>{"一行", "两行"}));
  EXPECT_NEAR(back.steps[0].camera.distance, st.camera.distance, 0.01);
  EXPECT_EQ(std::filesystem::path(back.scenePath).filename(), "chengdu.toml");
  EXPECT_EQ(d.s.story->path, file);
}
