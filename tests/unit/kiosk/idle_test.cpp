// The idle cycle on a virtual clock.
#include <gtest/gtest.h>

#include "kiosk/idle.h"

using namespace ps::kiosk;

TEST(KioskIdle, CountdownThenResetAndAttractThenFirstTouchReturnsHome) {
  IdleMachine m({90, 15}, 100.0);
  EXPECT_EQ(m.tick(150), IdleAction::None);
  EXPECT_EQ(m.input(150), IdleAction::None);       // a visitor: the clock restarts
  EXPECT_EQ(m.tick(239.9), IdleAction::None);
  EXPECT_EQ(m.tick(240), IdleAction::ShowCountdown);
  EXPECT_EQ(m.phase(), IdlePhase::Countdown);
  EXPECT_EQ(m.countdownLeft(240), 15);
  EXPECT_EQ(m.countdownLeft(250.5), 5);
  EXPECT_EQ(m.tick(250), IdleAction::None);
  EXPECT_EQ(m.tick(255), IdleAction::ResetAndAttract);
  EXPECT_EQ(m.phase(), IdlePhase::Attract);
  EXPECT_EQ(m.countdownLeft(256), 0);
  EXPECT_EQ(m.tick(10000), IdleAction::None);     // the attract loop runs on
  EXPECT_EQ(m.input(10001), IdleAction::ReturnHome);
  EXPECT_EQ(m.phase(), IdlePhase::Active);
  EXPECT_EQ(m.tick(10001 + 89), IdleAction::None);
}

TEST(KioskIdle, TouchDuringTheCountdownCarriesOn) {
  IdleMachine m({30, 10}, 0);
  EXPECT_EQ(m.tick(31), IdleAction::ShowCountdown);
  EXPECT_EQ(m.input(35), IdleAction::HideCountdown);
  EXPECT_EQ(m.phase(), IdlePhase::Active);
  EXPECT_EQ(m.tick(64), IdleAction::None);
  EXPECT_EQ(m.tick(65), IdleAction::ShowCountdown);
}

TEST(KioskIdle, AClockJumpPastTheCountdownResetsAtOnce) {
  IdleMachine m({30, 10}, 0);
  EXPECT_EQ(m.tick(3600), IdleAction::ResetAndAttract);  // suspended PC, virtual clock
  EXPECT_EQ(m.phase(), IdlePhase::Attract);
}

TEST(KioskIdle, AdminChangesIdleTimesLive) {
  IdleMachine m({90, 15}, 0);
  m.setTimes({20, 5});
  EXPECT_EQ(m.tick(20), IdleAction::ShowCountdown);
  EXPECT_EQ(m.tick(25), IdleAction::ResetAndAttract);
  EXPECT_STREQ(idlePhaseName(m.phase()), "attract");
}
