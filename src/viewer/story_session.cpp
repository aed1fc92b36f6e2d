#include "viewer/story_session.h"

#include <algorithm>

#include <GLFW/glfw3.h>

#include "viewer/commands.h"

namespace ps::viewer {

bool presenting(const ViewerState& s) { return s.story && s.story->presenting; }

void openStory(ViewerState& s, story::Story st) {
  if (!s.data) return;
  auto ss = std::make_shared<StorySession>();
  ss->path = st.path;
  ss->player = std::make_unique<story::StoryPlayer>(std::move(st), s.data->scene, storyToLocal(s));
  for (int i = 0; i < ss->player->stepCount(); ++i) {
    ss->marks.push_back(resolveStoryMarks(s, ss->player->settled(i)));
    for (const std::string& m : ss->marks.back().missing)
      ss->warnings.push_back(ss->path + ": 'steps[" + std::to_string(i) + "]': no feature " + m + " in the data");
  }
  ss->from = s.camera;
  s.story = std::move(ss);
}

void goToStep(ViewerState& s, int i) {
  if (!s.story) return;
  StorySession& ss = *s.story;
  ss.step = std::clamp(i, 0, ss.player->stepCount() - 1);
  ss.stepStart = s.now;
  ss.from = s.camera;
  stepStory(s);
}

void startPresenting(ViewerState& s, int step) {
  if (!s.story) return;
  s.story->presenting = true;
  s.story->blank = false;
  s.story->presentStart = s.now;
  s.hover.reset();
  goToStep(s, step);
}

void stopPresenting(ViewerState& s) {
  if (!s.story) return;
  s.story->presenting = false;
  s.story->blank = false;
  s.story->autoplay = false;
}

bool stepStory(ViewerState& s) {
  if (!s.story || !s.data) return false;
  StorySession& ss = *s.story;
  const story::StoryPlayer& p = *ss.player;
  double local = s.now - ss.stepStart;
  const double length = p.flyDuration(ss.step) + p.holdDuration(ss.step);
  if (ss.autoplay && local >= length) {
    ss.step = (ss.step + 1) % p.stepCount();
    ss.stepStart = s.now;
    ss.from = s.camera;
    local = 0;
  }
  ss.frame = p.stepFrame(ss.step, local, &ss.from);
  applyStoryFrame(s, ss.frame, ss.marks[static_cast<size_t>(ss.step)]);
  // Moving: the flight, a play range over the hold, or autoplay's next step.
  const bool plays = p.story().steps[static_cast<size_t>(ss.step)].play.has_value();
  return ss.autoplay || !ss.frame.settled || (plays && local < length);
}

bool storyKey(ViewerState& s, int key) {
  if (!presenting(s)) return false;
  StorySession& ss = *s.story;
  switch (key) {
    case GLFW_KEY_PAGE_DOWN: case GLFW_KEY_RIGHT: case GLFW_KEY_DOWN: case GLFW_KEY_SPACE:
      if (ss.step + 1 < ss.player->stepCount()) goToStep(s, ss.step + 1);
      return true;
    case GLFW_KEY_PAGE_UP: case GLFW_KEY_LEFT: case GLFW_KEY_UP:
      if (ss.step > 0) goToStep(s, ss.step - 1);
      return true;
    case GLFW_KEY_HOME: goToStep(s, 0); return true;
    case GLFW_KEY_END: goToStep(s, ss.player->stepCount() - 1); return true;
    case GLFW_KEY_B: case GLFW_KEY_PERIOD: ss.blank = !ss.blank; return true;
    case GLFW_KEY_ESCAPE: stopPresenting(s); return true;
    default: return false;
  }
}

}  // namespace ps::viewer
