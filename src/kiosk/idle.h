#pragma once
// The kiosk's idle cycle, a pure function of a clock and input: active →
// (no input for countdownAfterS) "still there?" countdown → (countdownS
// later) reset to the home state + attract loop → (first touch) home at
// once. The caller acts on the returned IdleAction; the machine never looks
// at a real clock, so tests and the soak run it on a virtual one.
#include "kiosk/profile.h"

namespace ps::kiosk {

enum class IdlePhase { Active, Countdown, Attract };

enum class IdleAction {
  None,
  ShowCountdown,    // show "still there?" with countdownLeft()
  HideCountdown,    // the visitor touched during the countdown: carry on
  ResetAndAttract,  // return camera, filters, language and cards to home; start the attract story
  ReturnHome,       // a touch during the attract loop: stop it, show home (the touch does nothing else)
};

class IdleMachine {
 public:
  IdleMachine(IdleTimes times, double now) : times_(times), lastInput_(now) {}
  // Any touch, click or key (admin keypad input included).
  IdleAction input(double t);
  IdleAction tick(double t);
  IdlePhase phase() const { return phase_; }
  // Whole seconds left on the countdown (0 outside it).
  int countdownLeft(double t) const;
  void setTimes(IdleTimes times) { times_ = times; }
  // As if the last input had come `seconds` earlier: the replay's
  // kiosk_walk_away, so tests reach the countdown without drawing minutes of frames.
  void age(double seconds) { lastInput_ -= seconds; }
  const IdleTimes& times() const { return times_; }
  double lastInput() const { return lastInput_; }

 private:
  IdleTimes times_;
  IdlePhase phase_ = IdlePhase::Active;
  double lastInput_ = 0;
};

const char* idlePhaseName(IdlePhase p);  // "active" / "countdown" / "attract"

}  // namespace ps::kiosk
