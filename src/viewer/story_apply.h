#pragma once
// A story player's frame (story/player.h) applied onto the viewer's state, the
// one way the presenter's mode, the kiosk's attract loop and the headless story
// render (viewer/story_render.h) show a story step.
//
// applyStoryFrame sets everything a frame says, from the scene's own state,
// never as a diff on what is on screen: layers' visibility and opacity,
// sector and range filters, the quarter, overlay parameters, highlighted
// features, the camera. Only what differs from the current state is changed
// (an unchanged overlay is not recomputed), so calling it every frame of a
// flight is cheap.
#include <string>
#include <vector>

#include <glm/vec2.hpp>

#include "story/player.h"
#include "viewer/state.h"

namespace ps::viewer {

// A text the story pins to a feature: a labelled highlight or the callout.
struct StoryNote {
  glm::dvec2 anchor{0, 0};  // local metres (the feature's centroid)
  std::string text;         // in the state's language
  bool callout = false;     // a leader line to a box (else a label at the anchor)
};

// The features a step names, resolved against the loaded layers once per step.
struct StoryMarks {
  std::vector<FeatureRef> highlight;
  std::vector<StoryNote> notes;
  std::vector<std::string> missing;  // "layer:id" the data does not have (warned, not fatal)
};

// Features by the value of the layer's `id` role (the source FID when the
// layer maps none). Layers the story names are checked by the player.
StoryMarks resolveStoryMarks(const ViewerState& s, const story::Frame& f);

// The lon/lat -> local frame function the player needs, for this state's data.
story::ToLocal storyToLocal(const ViewerState& s);

// Applies the frame. `marks` from resolveStoryMarks for the same step.
void applyStoryFrame(ViewerState& s, const story::Frame& f, const StoryMarks& marks);

}  // namespace ps::viewer
