#pragma once
// Headless story pictures: a story's scene loaded into a viewer state, each
// player frame applied onto it (viewer/story_apply.h) and drawn offscreen (EGL
// surfaceless) through the same bucket upload, per-feature styles
// (viewer/state_styles.h), labels and export furniture as `parkscape render`,
// with the caption card, step dots and pinned texts burned in
// (map/story_card.h). For `parkscape render --story --step N` and film frames:
//
//   auto stage = viewer::stageStory("geodata/stories/tour.toml", Lang::En);
//   viewer::StoryRenderer r(stage->state);           // GL context + upload, once
//   for (double t = 0; t < stage->player.totalDuration(); t += 1.0 / fps)
//     writeFrame(r.render(*stage, stage->player.at(t), opt));
//
// Not thread-safe (one GL context, one thread).
#include <memory>
#include <vector>

#include "map/map_builder.h"
#include "map/story_card.h"
#include "render/headless_context.h"
#include "render/image.h"
#include "story/player.h"
#include "viewer/state.h"
#include "viewer/story_apply.h"

namespace ps::viewer {

// A story with its scene loaded and installed in a viewer state.
struct StoryStage {
  ViewerState state;
  std::unique_ptr<story::StoryPlayer> player;
  // Marks resolved per step (resolveStoryMarks), before the first frame.
  std::vector<StoryMarks> marks;
};

// Loads the story, its scene and the scene's data (GDAL, PROJ, overlays);
// throws ps::Error naming the file and the key. Warnings (features a step
// names that the data lacks, load warnings) go to `warnings`.
std::unique_ptr<StoryStage> stageStory(const std::string& storyPath, Lang lang,
                                       std::vector<std::string>* warnings = nullptr);

struct StoryRenderOptions {
  int width = 1920, height = 1080;
  float uiScale = 0;  // 0 = height / 1080
  int msaa = 4;
  bool card = true;   // caption card, step dots and pinned texts
};

class StoryRenderer {
 public:
  // Creates the headless GL context and uploads the stage's layers.
  explicit StoryRenderer(const ViewerState& s);
  ~StoryRenderer();
  // Applies the frame to stage.state, then draws it.
  render::Image render(StoryStage& stage, const story::Frame& f, const StoryRenderOptions& opt);

 private:
  void sync(const ViewerState& s);
  std::unique_ptr<render::HeadlessContext> ctx_;
  std::unique_ptr<render::Renderer> r_;
  std::vector<map::LayerHandles> handles_;
  std::vector<uint64_t> layerRevisions_;
};

// The card's text for a frame in a language: title, lines and, when the scene
// has sample layers, the sample-data note.
map::StoryCard storyCard(const ViewerState& s, const story::Story& story, const story::Frame& f);

}  // namespace ps::viewer
