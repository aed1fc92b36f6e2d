#pragma once
// A story open in the viewer and the presenter's mode (`parkscape present`,
// F5): the current step, the clock of its flight and hold, the blanked screen.
// Each frame the player's frame for (step, s.now - stepStart) is applied onto
// the state (viewer/story_apply.h); a step's flight starts from whatever the
// camera shows when the step is entered, and settles on the step's picture.
//
// Presenter keys (storyKey): Page Down / Right / Down / Space: next step;
// Page Up / Left / Up: previous; Home / End: first / last; B or '.': blank
// the screen (again: back); Esc: leave the presenter's mode.
#include <memory>
#include <optional>
#include <utility>
#include <string>
#include <vector>

#include "story/player.h"
#include "viewer/state.h"
#include "viewer/story_apply.h"

namespace ps::viewer {

struct StorySession {
  std::string path;                             // the story file
  std::unique_ptr<story::StoryPlayer> player;
  std::vector<StoryMarks> marks;                // per step, resolved when opened
  std::vector<std::string> warnings;            // features a step names that the data lacks
  bool presenting = false;
  bool blank = false;
  bool autoplay = false;                        // advance after each hold (attract loops)
  int step = 0;
  double stepStart = 0;                         // s.now when the step was entered
  double presentStart = 0;                      // s.now when presenting began (the timer)
  OrbitCamera from;                             // the camera the step's flight starts from
  story::Frame frame;                           // the frame last applied
  // The Stories panel's text being typed, committed when no field is active.
  std::optional<std::pair<std::string, std::string>> titleBuffer;
  std::optional<story::Step> stepBuffer;
  int bufferStep = -1;
};

// Opens a story on the loaded scene: player, every step's features resolved
// (everything a step needs is known before the first one shows). Throws
// ps::Error naming the story file and key (a layer the scene lacks...).
void openStory(ViewerState& s, story::Story st);
// Presenter's mode from `step` (clamped); stop restores nothing: the last
// step's picture stays, the panels come back.
void startPresenting(ViewerState& s, int step = 0);
void stopPresenting(ViewerState& s);
// Enters step i (clamped): its flight starts from the current camera.
void goToStep(ViewerState& s, int i);
// Applies the frame for s.now; true while something moves (a flight, a play
// range, autoplay).
bool stepStory(ViewerState& s);
// A presenter key (GLFW key code); true when it was one.
bool storyKey(ViewerState& s, int glfwKey);

bool presenting(const ViewerState& s);

}  // namespace ps::viewer
