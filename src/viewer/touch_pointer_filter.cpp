// Drops the pointer events that arrive with touches.
#include "viewer/touch_pointer_filter.h"

#include <algorithm>

namespace ps::viewer {

size_t TouchPointerFilter::apply(std::deque<InputEvent>& q, double now) {
  // First the touches of this batch: a pointer event queued before the touch
  // it was emulated from (GLFW's connection is read first) is dropped too.
  for (const InputEvent& e : q) {
    if (e.type != InputEvent::Touch) continue;
    lastTouch_ = now;
    if (e.touch.kind == kiosk::TouchEvent::Down) down_.insert(e.touch.id);
    else if (e.touch.kind != kiosk::TouchEvent::Move) down_.erase(e.touch.id);
  }
  if (down_.empty() && now - lastTouch_ >= kGraceS) return 0;
  const auto pointer = [](const InputEvent& e) {
    return e.type == InputEvent::MouseMove || e.type == InputEvent::MouseDown || e.type == InputEvent::MouseUp;
  };
  const size_t before = q.size();
  q.erase(std::remove_if(q.begin(), q.end(), pointer), q.end());
  return before - q.size();
}

}  // namespace ps::viewer
