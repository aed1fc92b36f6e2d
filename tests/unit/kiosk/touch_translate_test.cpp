// Raw XInput-style touches to the gesture recogniser's TouchEvents: ids,
// the server's millisecond clock on the app's clock, lost events.
#include <gtest/gtest.h>

#include "kiosk/gesture.h"
#include "kiosk/touch_translate.h"

using namespace ps::kiosk;

namespace {

RawTouch raw(RawTouch::Phase p, uint32_t id, double x, double y, uint32_t ms) {
  RawTouch r;
  r.phase = p;
  r.touchId = id;
  r.x = x;
  r.y = y;
  r.timeMs = ms;
  return r;
}

}  // namespace

TEST(TouchTranslate, ServerIdsBecomeSmallIdsInTheOrderTheTouchesBegan) {
  TouchTranslator tr;
  auto a = tr.translate(raw(RawTouch::Begin, 70001, 100, 200, 1000), 5.0);
  auto b = tr.translate(raw(RawTouch::Begin, 69000, 300, 200, 1010), 5.0);
  ASSERT_TRUE(a && b);
  EXPECT_EQ(a->kind, TouchEvent::Down);
  EXPECT_EQ(a->id, 1);  // 0 is the mouse's finger
  EXPECT_EQ(b->id, 2);
  EXPECT_EQ(a->pos, glm::dvec2(100, 200));
  auto m = tr.translate(raw(RawTouch::Update, 69000, 310, 205, 1020), 5.0);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->kind, TouchEvent::Move);
  EXPECT_EQ(m->id, 2);
  EXPECT_EQ(m->pos, glm::dvec2(310, 205));
  auto u = tr.translate(raw(RawTouch::End, 70001, 100, 200, 1030), 5.0);
  ASSERT_TRUE(u);
  EXPECT_EQ(u->kind, TouchEvent::Up);
  EXPECT_EQ(u->id, 1);
  EXPECT_EQ(tr.live(), 1u);
  // A new touch gets a new id, even when the server reuses a number.
  auto c = tr.translate(raw(RawTouch::Begin, 70001, 0, 0, 1040), 5.0);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->id, 3);
}

TEST(TouchTranslate, LostEventsAreDropped) {
  TouchTranslator tr;
  EXPECT_FALSE(tr.translate(raw(RawTouch::Update, 5, 1, 1, 10), 1.0));  // never began
  EXPECT_FALSE(tr.translate(raw(RawTouch::End, 5, 1, 1, 20), 1.0));
  ASSERT_TRUE(tr.translate(raw(RawTouch::Begin, 5, 1, 1, 30), 1.0));
  EXPECT_FALSE(tr.translate(raw(RawTouch::Begin, 5, 2, 2, 40), 1.0));   // began twice
  ASSERT_TRUE(tr.translate(raw(RawTouch::End, 5, 1, 1, 50), 1.0));
  EXPECT_FALSE(tr.translate(raw(RawTouch::Update, 5, 1, 1, 60), 1.0));  // after its end
  EXPECT_EQ(tr.live(), 0u);
}

TEST(TouchTranslate, ATouchWhoseEndNeverCameIsForgottenPastTheLimit) {
  TouchTranslator tr;
  for (uint32_t i = 0; i < TouchTranslator::kMaxLive; ++i) ASSERT_TRUE(tr.translate(raw(RawTouch::Begin, 100 + i, 0, 0, i), 1.0));
  EXPECT_EQ(tr.live(), TouchTranslator::kMaxLive);
  ASSERT_TRUE(tr.translate(raw(RawTouch::Begin, 999, 0, 0, 50), 1.0));  // still accepted
  EXPECT_EQ(tr.live(), TouchTranslator::kMaxLive);
  EXPECT_FALSE(tr.translate(raw(RawTouch::Update, 100, 0, 0, 60), 1.0));  // the oldest is gone
  EXPECT_TRUE(tr.translate(raw(RawTouch::Update, 101, 0, 0, 60), 1.0));
}

TEST(TouchClock, StepsByTheServersClockWithinASecondOfNow) {
  TouchClock c;
  EXPECT_DOUBLE_EQ(c.toApp(5000, 10.0), 10.0);   // the first event: now
  EXPECT_DOUBLE_EQ(c.toApp(5080, 10.5), 10.08);  // read after a slow frame: the gap as the finger made it
  EXPECT_DOUBLE_EQ(c.toApp(5700, 10.6), 10.6);   // never ahead of now
  EXPECT_DOUBLE_EQ(c.toApp(5650, 10.7), 10.6);   // never backwards
  EXPECT_DOUBLE_EQ(c.toApp(5800, 20.0), 19.0);   // never more than a second behind
  EXPECT_DOUBLE_EQ(c.toApp(5900, 20.0), 19.1);   // and on from there
}

TEST(TouchClock, TheServersClockWrapsAfter49Days) {
  TouchClock c;
  c.toApp(0xFFFFFF00u, 100.0);
  EXPECT_NEAR(c.toApp(0x00000010u, 100.5), 100.272, 1e-9);  // 256 + 16 ms later
}

// Down and up 80 ms apart on the server's clock, read a slow frame apart (0.5 s):
// still a tap, as the finger made it.
TEST(TouchTranslate, AQuickTapReadAfterASlowFrameIsStillATap) {
  TouchTranslator tr;
  GestureRecognizer g;
  auto d = tr.translate(raw(RawTouch::Begin, 42, 500, 400, 9000), 3.0);
  auto u = tr.translate(raw(RawTouch::End, 42, 501, 400, 9080), 3.5);
  ASSERT_TRUE(d && u);
  EXPECT_TRUE(g.feed(*d).empty());
  const auto out = g.feed(*u);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].kind, Gesture::Tap);
  EXPECT_EQ(out[0].pos, glm::dvec2(500, 400));
}
