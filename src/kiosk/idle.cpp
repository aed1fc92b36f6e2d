// The idle cycle's transitions.
#include "kiosk/idle.h"

#include <cmath>

namespace ps::kiosk {

IdleAction IdleMachine::input(double t) {
  IdlePhase was = phase_;
  phase_ = IdlePhase::Active;
  lastInput_ = t;
  if (was == IdlePhase::Attract) return IdleAction::ReturnHome;
  if (was == IdlePhase::Countdown) return IdleAction::HideCountdown;
  return IdleAction::None;
}

IdleAction IdleMachine::tick(double t) {
  double idle = t - lastInput_;
  double resetAt = times_.countdownAfterS + times_.countdownS;
  if (phase_ == IdlePhase::Attract) return IdleAction::None;
  if (idle >= resetAt) {  // also when the clock jumped past the whole countdown
    phase_ = IdlePhase::Attract;
    return IdleAction::ResetAndAttract;
  }
  if (phase_ == IdlePhase::Active && idle >= times_.countdownAfterS) {
    phase_ = IdlePhase::Countdown;
    return IdleAction::ShowCountdown;
  }
  return IdleAction::None;
}

int IdleMachine::countdownLeft(double t) const {
  if (phase_ != IdlePhase::Countdown) return 0;
  double left = lastInput_ + times_.countdownAfterS + times_.countdownS - t;
  return left <= 0 ? 0 : static_cast<int>(std::ceil(left));
}

const char* idlePhaseName(IdlePhase p) {
  switch (p) {
    case IdlePhase::Active: return "active";
    case IdlePhase::Countdown: return "countdown";
    case IdlePhase::Attract: return "attract";
  }
  return "active";
}

}  // namespace ps::kiosk
