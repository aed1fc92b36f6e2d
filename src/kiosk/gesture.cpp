// Touch gestures from touch events: a small state machine over the fingers down.
#include "kiosk/gesture.h"

#include <cmath>

#include <glm/geometric.hpp>

namespace ps::kiosk {

namespace {

double angleOf(glm::dvec2 v) { return std::atan2(v.y, v.x); }

double wrapAngle(double a) {
  while (a > M_PI) a -= 2 * M_PI;
  while (a < -M_PI) a += 2 * M_PI;
  return a;
}

// Both fingers moved the same way, mostly vertically, keeping their distance.
bool looksLikeTilt(glm::dvec2 da, glm::dvec2 db, double distChange) {
  bool sameDir = (da.y > 0) == (db.y > 0);
  bool vertical = std::abs(da.y) > 2 * std::abs(da.x) && std::abs(db.y) > 2 * std::abs(db.x);
  double mean = 0.5 * (std::abs(da.y) + std::abs(db.y));
  return sameDir && vertical && std::abs(distChange) < 0.35 * mean;
}

}  // namespace

bool GestureRecognizer::inCorner(glm::dvec2 p) const {
  bool left = p.x <= cfg_.cornerPx, right = p.x >= cfg_.viewport.x - cfg_.cornerPx;
  bool top = p.y <= cfg_.cornerPx, bottom = p.y >= cfg_.viewport.y - cfg_.cornerPx;
  return (left || right) && (top || bottom);
}

void GestureRecognizer::reset() {
  touches_.clear();
  phase_ = Phase::Idle;
  mode_ = TwoMode::Undecided;
  a_ = b_ = -1;
  longFired_ = false;
  haveLastTap_ = false;
}

std::vector<Gesture> GestureRecognizer::feed(const TouchEvent& e) {
  std::vector<Gesture> out = tick(e.t);
  switch (e.kind) {
    case TouchEvent::Down: down(e, out); break;
    case TouchEvent::Move: move(e, out); break;
    case TouchEvent::Up: up(e, out); break;
    case TouchEvent::Cancel: reset(); break;
  }
  return out;
}

std::vector<Gesture> GestureRecognizer::tick(double t) {
  std::vector<Gesture> out;
  if (phase_ != Phase::Press || longFired_ || touches_.size() != 1) return out;
  const Touch& f = touches_.begin()->second;
  if (t - f.t0 >= cfg_.longPressS) {
    longFired_ = true;
    Gesture g;
    g.kind = inCorner(f.start) ? Gesture::Admin : Gesture::LongPress;
    g.pos = f.start;
    out.push_back(g);
  }
  return out;
}

void GestureRecognizer::down(const TouchEvent& e, std::vector<Gesture>&) {
  touches_[e.id] = Touch{e.pos, e.pos, e.t};
  if (touches_.size() == 1) {
    phase_ = Phase::Press;
    longFired_ = false;
  } else if (touches_.size() == 2 && (phase_ == Phase::Press || phase_ == Phase::Pan)) {
    phase_ = Phase::Two;
    mode_ = TwoMode::Undecided;
    a_ = touches_.begin()->first;
    b_ = std::next(touches_.begin())->first;
    for (auto& [id, t] : touches_) t.start = t.last;  // the decision measures from here
    prevA_ = touches_[a_].last;
    prevB_ = touches_[b_].last;
  }
  // A third finger (or a finger after a two-finger gesture) is tracked but ignored.
}

void GestureRecognizer::move(const TouchEvent& e, std::vector<Gesture>& out) {
  auto it = touches_.find(e.id);
  if (it == touches_.end()) return;  // a move without its down (lost events): ignore
  Touch& f = it->second;
  glm::dvec2 before = f.last;
  f.last = e.pos;
  if (phase_ == Phase::Press && glm::length(e.pos - f.start) > cfg_.slopPx && !longFired_) {
    phase_ = Phase::Pan;
    Gesture g;
    g.kind = Gesture::Pan;
    g.pos = e.pos;
    g.delta = e.pos - f.start;  // nothing of the movement is lost to the slop
    out.push_back(g);
  } else if (phase_ == Phase::Pan) {
    Gesture g;
    g.kind = Gesture::Pan;
    g.pos = e.pos;
    g.delta = e.pos - before;
    out.push_back(g);
  } else if (phase_ == Phase::Two && (e.id == a_ || e.id == b_)) {
    twoFingerMove(out);
  }
}

void GestureRecognizer::twoFingerMove(std::vector<Gesture>& out) {
  const Touch& ta = touches_[a_];
  const Touch& tb = touches_[b_];
  if (mode_ == TwoMode::Undecided) {
    glm::dvec2 da = ta.last - ta.start, db = tb.last - tb.start;
    if (std::max(glm::length(da), glm::length(db)) < cfg_.slopPx) return;
    double distChange = glm::length(ta.last - tb.last) - glm::length(ta.start - tb.start);
    mode_ = looksLikeTilt(da, db, distChange) ? TwoMode::Tilt : TwoMode::PinchRotate;
  }
  Gesture g;
  g.pos = 0.5 * (ta.last + tb.last);
  if (mode_ == TwoMode::Tilt) {
    g.kind = Gesture::Tilt;
    g.tilt = 0.5 * ((ta.last.y - prevA_.y) + (tb.last.y - prevB_.y));
  } else {
    g.kind = Gesture::PinchRotate;
    double before = glm::length(prevA_ - prevB_), now = glm::length(ta.last - tb.last);
    g.scale = before > 1e-6 ? now / before : 1.0;
    g.rotate = wrapAngle(angleOf(tb.last - ta.last) - angleOf(prevB_ - prevA_));
    g.delta = g.pos - 0.5 * (prevA_ + prevB_);
  }
  prevA_ = ta.last;
  prevB_ = tb.last;
  out.push_back(g);
}

void GestureRecognizer::up(const TouchEvent& e, std::vector<Gesture>& out) {
  auto it = touches_.find(e.id);
  if (it == touches_.end()) return;
  Touch f = it->second;
  touches_.erase(it);
  if (phase_ == Phase::Press && !longFired_ && e.t - f.t0 <= cfg_.tapMaxS) {
    Gesture g;
    g.pos = f.start;
    bool dbl = haveLastTap_ && e.t - lastTapT_ <= cfg_.doubleTapS && glm::length(f.start - lastTapPos_) <= cfg_.doubleTapPx;
    g.kind = dbl ? Gesture::DoubleTap : Gesture::Tap;
    haveLastTap_ = !dbl;  // a third tap starts a new pair
    lastTapPos_ = f.start;
    lastTapT_ = e.t;
    out.push_back(g);
  }
  if (phase_ == Phase::Two) phase_ = Phase::Done;  // the other finger pans nothing until all lift
  if (touches_.empty()) {
    phase_ = Phase::Idle;
    mode_ = TwoMode::Undecided;
    a_ = b_ = -1;
  }
}

}  // namespace ps::kiosk
