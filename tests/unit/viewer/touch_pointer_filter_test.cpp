// The pointer events the X server may emulate for a touch are dropped while
// a finger is down and for a moment after: one finger never acts twice.
#include <gtest/gtest.h>

#include "viewer/touch_pointer_filter.h"

using namespace ps::viewer;

namespace {

InputEvent mouse(InputEvent::Type t) {
  InputEvent e;
  e.type = t;
  e.pos = {10, 10};
  return e;
}

InputEvent touch(ps::kiosk::TouchEvent::Kind k, int id) {
  InputEvent e;
  e.type = InputEvent::Touch;
  e.touch.kind = k;
  e.touch.id = id;
  return e;
}

std::vector<InputEvent::Type> types(const std::deque<InputEvent>& q) {
  std::vector<InputEvent::Type> out;
  for (const InputEvent& e : q) out.push_back(e.type);
  return out;
}

}  // namespace

TEST(TouchPointerFilter, WithoutTouchesTheMouseIsKept) {
  TouchPointerFilter f;
  std::deque<InputEvent> q{mouse(InputEvent::MouseMove), mouse(InputEvent::MouseDown), mouse(InputEvent::MouseUp)};
  EXPECT_EQ(f.apply(q, 1.0), 0u);
  EXPECT_EQ(q.size(), 3u);
}

TEST(TouchPointerFilter, PointerEventsWithATouchAreDroppedOthersKept) {
  using K = ps::kiosk::TouchEvent;
  TouchPointerFilter f;
  InputEvent scroll = mouse(InputEvent::Scroll), key = mouse(InputEvent::Key);
  // The emulated press is queued before the touch it came from (GLFW's connection is read first).
  std::deque<InputEvent> q{mouse(InputEvent::MouseDown), touch(K::Down, 1), scroll, key};
  EXPECT_EQ(f.apply(q, 1.0), 1u);
  EXPECT_EQ(types(q), (std::vector<InputEvent::Type>{InputEvent::Touch, InputEvent::Scroll, InputEvent::Key}));
  EXPECT_EQ(f.fingersDown(), 1u);
  // Frames later, the finger still down: the mouse is still ignored.
  q = {mouse(InputEvent::MouseMove), touch(K::Move, 1)};
  EXPECT_EQ(f.apply(q, 3.0), 1u);
  q = {mouse(InputEvent::MouseMove)};
  EXPECT_EQ(f.apply(q, 5.0), 1u);
  // Lifted: a moment more, then the mouse is back.
  q = {touch(K::Up, 1)};
  f.apply(q, 6.0);
  EXPECT_EQ(f.fingersDown(), 0u);
  q = {mouse(InputEvent::MouseUp)};
  EXPECT_EQ(f.apply(q, 6.0 + TouchPointerFilter::kGraceS / 2), 1u);
  q = {mouse(InputEvent::MouseDown)};
  EXPECT_EQ(f.apply(q, 6.0 + TouchPointerFilter::kGraceS * 2), 0u);
  EXPECT_EQ(q.size(), 1u);
}

TEST(TouchPointerFilter, ACancelledTouchIsNoLongerDown) {
  using K = ps::kiosk::TouchEvent;
  TouchPointerFilter f;
  std::deque<InputEvent> q{touch(K::Down, 4), touch(K::Down, 5), touch(K::Cancel, 4), touch(K::Up, 5)};
  f.apply(q, 1.0);
  EXPECT_EQ(f.fingersDown(), 0u);
}
