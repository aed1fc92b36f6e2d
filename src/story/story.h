#pragma once
// A story (TOML, schema in docs/STORY.md): a list of steps over one scene. A
// step says what to show (camera, layers, filters, time, highlighted features,
// overlay parameters) and what to tell (caption zh + en, callout, notes), and
// how to get there (flight duration, easing) and how long to stay (hold).
//
// Pure data: parsing touches no GDAL, GL or ImGui. Who calls what:
//   story::loadStory(path)          parse + validate (ps::Error naming file and key)
//   story::StoryPlayer (player.h)   the state to show at a virtual time t, or at
//                                   step i + local time; total duration; step starts
//   viewer::applyStoryFrame         (viewer/story_apply.h) a player frame onto ViewerState
//   viewer::renderStoryFrame        (viewer/story_render.h) headless: frame -> image with
//                                   the caption card and step dots burned in
//                                   (`parkscape render --story`, film frames)
//
// Determinism: applying a step never depends on what is on screen. Everything a
// step leaves out is the scene's own (layers, filters, time, overlays); only
// the camera inherits, at parse time, from the story's previous step (the
// first step from the scene's camera), so step N is fully known from the file.
#include <optional>
#include <string>
#include <vector>

#include <glm/vec2.hpp>

#include "scene/scene.h"

namespace ps::story {

// Text limits (bytes of UTF-8 per string, lines per caption, steps per story).
struct StoryLimits {
  static constexpr size_t kMaxSteps = 200;
  static constexpr size_t kMaxText = 2000;
  static constexpr size_t kMaxLines = 6;
  static constexpr size_t kMaxIds = 500;       // features per highlight list
  static constexpr double kMaxSeconds = 600;   // fly / hold
};

enum class Easing { Smooth, Linear, Cut };

struct Caption {
  std::string title, titleEn;
  std::vector<std::string> lines, linesEn;
};

// Features of one layer, by the value of the layer's `id` field role (or the
// source FID written as a decimal when the layer maps no id).
struct FeatureList {
  std::string layer;
  std::vector<std::string> ids;
  bool label = false;  // also label them on the map
};

// A leader line from a feature to a text box.
struct Callout {
  std::string layer, id;
  std::string text, textEn;
};

struct LayerOverride {
  std::string layer;
  std::optional<bool> visible;
  std::optional<float> opacity;
};

// Overlay (derived layer) parameters, the scene file's keys (docs/SCENE.md):
// only those given replace the scene's.
struct OverlayOverride {
  std::string layer;
  std::optional<double> hexSize, heightScale, eps;
  std::optional<int> minPoints, classes;
  std::optional<std::string> heightBy, shareOf, hull, metric, method;
};

struct RangeSpec {
  double lo = 0, hi = 0;
};

struct StoryFilter {
  std::vector<std::string> sectors;  // only these sectors shown (empty: all)
  std::optional<RangeSpec> gfa, occupancy, floors;
  bool hide = false;                 // filtered-out features hidden (else faded)
};

struct Step {
  Caption caption;
  std::string notes;                 // presenter's notes (not shown on the big screen)
  CameraSpec camera;                 // lon/lat centre; resolved: missing keys from the previous step
  double fly = -1;                   // seconds; < 0: the story default; 0: van Wijk & Nuij's duration
  Easing easing = Easing::Smooth;
  double hold = -1;                  // seconds; < 0: the story default
  std::vector<LayerOverride> layers;
  StoryFilter filter;
  // Time: a fractional quarter index (0 = 2024Q1 .. 11 = 2026Q4). `quarter`
  // shows one; `play` runs from play->lo to play->hi over the hold.
  std::optional<double> quarter;
  std::optional<RangeSpec> play;
  std::vector<FeatureList> highlight;
  std::optional<Callout> callout;
  std::vector<OverlayOverride> overlays;
};

struct Story {
  std::string path;                  // the story file (as given)
  std::string title, titleEn;
  std::string scenePath;             // resolved against the story's folder
  double fly = 3.0;                  // default flight, seconds (0 = van Wijk & Nuij)
  double hold = 8.0;                 // default hold, seconds
  bool sampleNote = true;            // the card says "sample data" when the scene has sample layers
  std::vector<Step> steps;

  double flyOf(const Step& s) const { return s.fly < 0 ? fly : s.fly; }
  double holdOf(const Step& s) const { return s.hold < 0 ? hold : s.hold; }
};

// Parses and validates. `sceneCamera` is where the first step's missing camera
// keys come from (the scene's [camera]); the scene file itself is not read.
// Throws ps::Error(file, problem, key) with keys like "steps[3].camera.pitch".
Story parseStory(const std::string& tomlText, const std::string& path, const CameraSpec& sceneCamera = {});
// Reads the file (TOML limits checked before toml++), then parseStory. The
// scene's camera is read from the scene file the story names.
Story loadStory(const std::string& path);

const char* easingName(Easing e);

}  // namespace ps::story
