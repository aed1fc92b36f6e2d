#pragma once
// One finger must not act twice. Where a touch screen's touches reach the
// kiosk as touch events, the X server may also turn the first finger into
// pointer events ("pointer emulation": XI2 flags them XIPointerEmulated, but
// GLFW reads core events and cannot tell). The server does not send those to
// a window that selected touch events (viewer/touch_x11.h), yet a window
// manager's grab or another client may still produce them; so while a finger
// is down, and for a moment after the last one lifts (the emulated events may
// arrive on the other connection a little later), mouse moves, presses and
// releases are dropped. Pure: the App runs it on each frame's input queue,
// live or replayed.
#include <deque>
#include <set>

#include "viewer/window.h"

namespace ps::viewer {

class TouchPointerFilter {
 public:
  static constexpr double kGraceS = 0.3;
  // Drops the mouse events of `q` that come with touches (see above); `now`
  // is the frame's time. Returns how many it dropped.
  size_t apply(std::deque<InputEvent>& q, double now);
  size_t fingersDown() const { return down_.size(); }

 private:
  std::set<int> down_;
  double lastTouch_ = -1e9;
};

}  // namespace ps::viewer
