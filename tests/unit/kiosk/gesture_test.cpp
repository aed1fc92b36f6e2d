// Gesture recogniser: synthetic touch sequences, one per gesture, plus the
// ambiguous cases (slop, lifting fingers, a third finger, lost events).
#include <cmath>

#include <gtest/gtest.h>

#include "kiosk/gesture.h"

using namespace ps::kiosk;

namespace {

TouchEvent ev(TouchEvent::Kind k, int id, double x, double y, double t) { return {k, id, {x, y}, t}; }

// Feeds events, collecting every gesture.
struct Rec {
  GestureRecognizer r;
  std::vector<Gesture> out;
  void feed(TouchEvent e) {
    for (const Gesture& g : r.feed(e)) out.push_back(g);
  }
  void tick(double t) {
    for (const Gesture& g : r.tick(t)) out.push_back(g);
  }
  // Two fingers from (a0, b0) to (a1, b1) in `steps` moves over 0.5 s.
  void twoFinger(glm::dvec2 a0, glm::dvec2 b0, glm::dvec2 a1, glm::dvec2 b1, int steps = 10) {
    feed(ev(TouchEvent::Down, 1, a0.x, a0.y, 0));
    feed(ev(TouchEvent::Down, 2, b0.x, b0.y, 0.02));
    for (int i = 1; i <= steps; ++i) {
      double f = double(i) / steps, t = 0.02 + 0.5 * f;
      glm::dvec2 a = a0 + f * (a1 - a0), b = b0 + f * (b1 - b0);
      feed(ev(TouchEvent::Move, 1, a.x, a.y, t));
      feed(ev(TouchEvent::Move, 2, b.x, b.y, t + 0.001));
    }
    feed(ev(TouchEvent::Up, 1, a1.x, a1.y, 0.6));
    feed(ev(TouchEvent::Up, 2, b1.x, b1.y, 0.61));
  }
  int count(Gesture::Kind k) const {
    int n = 0;
    for (const Gesture& g : out) n += g.kind == k;
    return n;
  }
};

}  // namespace

TEST(KioskGesture, TapSelectsAndASecondTapNearbyZoomsIn) {
  Rec r;
  r.feed(ev(TouchEvent::Down, 5, 500, 400, 1.0));
  r.feed(ev(TouchEvent::Move, 5, 506, 403, 1.05));  // inside the slop: still a tap
  r.feed(ev(TouchEvent::Up, 5, 506, 403, 1.12));
  ASSERT_EQ(r.out.size(), 1u);
  EXPECT_EQ(r.out[0].kind, Gesture::Tap);
  EXPECT_EQ(r.out[0].pos, glm::dvec2(500, 400));
  r.feed(ev(TouchEvent::Down, 6, 510, 410, 1.30));
  r.feed(ev(TouchEvent::Up, 6, 510, 410, 1.38));
  ASSERT_EQ(r.out.size(), 2u);
  EXPECT_EQ(r.out[1].kind, Gesture::DoubleTap);
  // A third tap starts afresh; a tap too late or too far is a plain tap.
  r.feed(ev(TouchEvent::Down, 7, 510, 410, 1.50));
  r.feed(ev(TouchEvent::Up, 7, 510, 410, 1.55));
  r.feed(ev(TouchEvent::Down, 8, 900, 410, 1.70));
  r.feed(ev(TouchEvent::Up, 8, 900, 410, 1.75));
  r.feed(ev(TouchEvent::Down, 9, 900, 410, 3.0));
  r.feed(ev(TouchEvent::Up, 9, 900, 410, 3.05));
  EXPECT_EQ(r.count(Gesture::Tap), 4);
  EXPECT_EQ(r.count(Gesture::DoubleTap), 1);
}

TEST(KioskGesture, SlowPressIsNoTap) {
  Rec r;
  r.feed(ev(TouchEvent::Down, 1, 500, 400, 0));
  r.feed(ev(TouchEvent::Up, 1, 500, 400, 0.8));
  EXPECT_TRUE(r.out.empty());
}

TEST(KioskGesture, OneFingerPansWithoutLosingTheSlop) {
  Rec r;
  r.feed(ev(TouchEvent::Down, 1, 100, 100, 0));
  r.feed(ev(TouchEvent::Move, 1, 110, 100, 0.02));  // inside the slop: nothing yet
  EXPECT_TRUE(r.out.empty());
  r.feed(ev(TouchEvent::Move, 1, 140, 110, 0.04));
  r.feed(ev(TouchEvent::Move, 1, 200, 130, 0.06));
  r.feed(ev(TouchEvent::Up, 1, 200, 130, 0.08));
  ASSERT_EQ(r.out.size(), 2u);
  glm::dvec2 total{0, 0};
  for (const Gesture& g : r.out) {
    EXPECT_EQ(g.kind, Gesture::Pan);
    total += g.delta;
  }
  EXPECT_EQ(total, glm::dvec2(100, 30));  // the whole finger movement, no tap
}

TEST(KioskGesture, TwoFingersSpreadingZoomIn) {
  Rec r;
  r.twoFinger({800, 500}, {1000, 500}, {700, 500}, {1100, 500});
  EXPECT_EQ(r.count(Gesture::Tilt), 0);
  EXPECT_EQ(r.count(Gesture::Tap), 0);
  double scale = 1, rotate = 0;
  for (const Gesture& g : r.out)
    if (g.kind == Gesture::PinchRotate) scale *= g.scale, rotate += g.rotate;
  EXPECT_NEAR(scale, 2.0, 1e-9);  // 200 px apart -> 400 px
  EXPECT_NEAR(rotate, 0.0, 1e-9);
}

TEST(KioskGesture, TwoFingersTwistRotate) {
  Rec r;
  // A quarter turn clockwise on screen (y down) around (900, 500), radius 100.
  Rec steps;
  const int n = 12;
  steps.feed(ev(TouchEvent::Down, 1, 800, 500, 0));
  steps.feed(ev(TouchEvent::Down, 2, 1000, 500, 0.01));
  for (int i = 1; i <= n; ++i) {
    double a = M_PI / 2 * i / n, t = 0.05 * i;
    steps.feed(ev(TouchEvent::Move, 1, 900 - 100 * std::cos(a), 500 - 100 * std::sin(a), t));
    steps.feed(ev(TouchEvent::Move, 2, 900 + 100 * std::cos(a), 500 + 100 * std::sin(a), t));
  }
  double scale = 1, rotate = 0;
  for (const Gesture& g : steps.out) {
    ASSERT_EQ(g.kind, Gesture::PinchRotate);
    scale *= g.scale;
    rotate += g.rotate;
  }
  EXPECT_NEAR(rotate, M_PI / 2, 1e-9);
  EXPECT_NEAR(scale, 1.0, 1e-9);
}

TEST(KioskGesture, TwoFingersDraggedVerticallyTilt) {
  Rec r;
  r.twoFinger({800, 600}, {1000, 600}, {800, 450}, {1003, 452});
  EXPECT_EQ(r.count(Gesture::PinchRotate), 0);
  double tilt = 0;
  for (const Gesture& g : r.out)
    if (g.kind == Gesture::Tilt) tilt += g.tilt;
  EXPECT_NEAR(tilt, -149.0, 1e-9);  // both fingers up ~150 px: the mean movement
}

TEST(KioskGesture, TwoFingersMovingTogetherSidewaysPanNotTilt) {
  Rec r;
  r.twoFinger({800, 600}, {1000, 600}, {1000, 600}, {1200, 600});
  EXPECT_EQ(r.count(Gesture::Tilt), 0);
  glm::dvec2 moved{0, 0};
  for (const Gesture& g : r.out)
    if (g.kind == Gesture::PinchRotate) moved += g.delta;
  EXPECT_NEAR(moved.x, 200, 1e-9);
  EXPECT_NEAR(moved.y, 0, 1e-9);
}

TEST(KioskGesture, LiftingOneOfTwoFingersDoesNotJumpOrTap) {
  Rec r;
  r.feed(ev(TouchEvent::Down, 1, 800, 500, 0));
  r.feed(ev(TouchEvent::Down, 2, 1000, 500, 0.05));
  r.feed(ev(TouchEvent::Up, 2, 1000, 500, 0.1));
  r.feed(ev(TouchEvent::Move, 1, 600, 500, 0.2));  // the finger left behind
  r.feed(ev(TouchEvent::Up, 1, 600, 500, 0.25));
  EXPECT_TRUE(r.out.empty());
  // A fresh tap afterwards works.
  r.feed(ev(TouchEvent::Down, 3, 300, 300, 1.0));
  r.feed(ev(TouchEvent::Up, 3, 300, 300, 1.1));
  ASSERT_EQ(r.out.size(), 1u);
  EXPECT_EQ(r.out[0].kind, Gesture::Tap);
}

TEST(KioskGesture, LongPressInACornerIsTheAdminGesture) {
  Rec r;
  r.feed(ev(TouchEvent::Down, 1, 1890, 30, 10.0));  // top right
  r.tick(11.0);
  EXPECT_TRUE(r.out.empty());
  r.tick(12.05);
  ASSERT_EQ(r.out.size(), 1u);
  EXPECT_EQ(r.out[0].kind, Gesture::Admin);
  r.tick(14.0);  // fires once
  r.feed(ev(TouchEvent::Up, 1, 1890, 30, 14.5));
  EXPECT_EQ(r.out.size(), 1u);
  // The same press mid-screen is only a long press; a moving finger never is.
  r.feed(ev(TouchEvent::Down, 2, 960, 540, 20.0));
  r.tick(22.5);
  r.feed(ev(TouchEvent::Up, 2, 960, 540, 23.0));
  r.feed(ev(TouchEvent::Down, 3, 10, 1070, 30.0));
  r.feed(ev(TouchEvent::Move, 3, 200, 900, 30.5));
  r.tick(33.0);
  r.feed(ev(TouchEvent::Up, 3, 200, 900, 33.1));
  EXPECT_EQ(r.count(Gesture::Admin), 1);
  EXPECT_EQ(r.count(Gesture::LongPress), 1);
}

TEST(KioskGesture, LostAndStrayEventsAreHarmless) {
  Rec r;
  r.feed(ev(TouchEvent::Move, 9, 100, 100, 0));  // move without down
  r.feed(ev(TouchEvent::Up, 9, 100, 100, 0.1));   // up without down
  r.feed(ev(TouchEvent::Down, 1, 100, 100, 0.2));
  r.feed(ev(TouchEvent::Down, 1, 100, 100, 0.25));  // repeated down of one id
  r.feed(ev(TouchEvent::Cancel, 0, 0, 0, 0.3));     // the X server took the touch
  EXPECT_EQ(r.r.fingers(), 0u);
  r.feed(ev(TouchEvent::Down, 1, 100, 100, 1.0));
  r.feed(ev(TouchEvent::Down, 2, 300, 100, 1.0));
  r.feed(ev(TouchEvent::Down, 3, 500, 100, 1.0));  // a third finger is ignored
  r.feed(ev(TouchEvent::Move, 3, 900, 900, 1.1));
  EXPECT_TRUE(r.out.empty());
  // Two fingers on one spot: no division by zero.
  Rec z;
  z.twoFinger({500, 500}, {500, 500}, {400, 500}, {600, 500});
  for (const Gesture& g : z.out) EXPECT_TRUE(std::isfinite(g.scale) && std::isfinite(g.rotate));
}
