#pragma once
// The touch gesture recogniser: pure, fed touch events with their times,
// handing back gestures for the map. One finger pans; two fingers pinch to
// zoom, twist to rotate and move together (pan); two fingers dragged
// vertically together tilt; a tap selects; a second tap close by zooms in;
// a long press in a screen corner is the admin gesture. Which of pinch/twist
// or tilt a two-finger gesture is gets decided once, when the fingers have
// moved past the slop, and stays until they lift, so a tilt never zooms.
#include <map>
#include <vector>

#include <glm/vec2.hpp>

namespace ps::kiosk {

struct TouchEvent {
  enum Kind { Down, Move, Up, Cancel } kind = Down;
  int id = 0;              // finger id (XInput touch id; 0 for the mouse)
  glm::dvec2 pos{0, 0};    // window pixels
  double t = 0;            // seconds
};

struct Gesture {
  enum Kind { Pan, PinchRotate, Tilt, Tap, DoubleTap, LongPress, Admin } kind = Pan;
  glm::dvec2 pos{0, 0};    // tap / press position, or the fingers' centre
  glm::dvec2 delta{0, 0};  // Pan, PinchRotate: movement of the finger / centre (px)
  double scale = 1;        // PinchRotate: finger distance now / before (> 1: spread = zoom in)
  double rotate = 0;       // PinchRotate: twist (radians, clockwise on screen positive)
  double tilt = 0;         // Tilt: vertical movement of both fingers (px, down positive)
};

struct GestureConfig {
  double slopPx = 24;          // movement below this still counts as a tap / undecided
  double tapMaxS = 0.35;       // longer presses are not taps
  double doubleTapS = 0.40;    // second tap within this...
  double doubleTapPx = 80;     // ...and this distance of the first
  double longPressS = 2.0;     // held still this long: a long press
  double cornerPx = 140;       // the admin corners' size
  glm::dvec2 viewport{1920, 1080};
};

class GestureRecognizer {
 public:
  explicit GestureRecognizer(GestureConfig cfg = {}) : cfg_(cfg) {}
  void setConfig(const GestureConfig& cfg) { cfg_ = cfg; }
  const GestureConfig& config() const { return cfg_; }

  std::vector<Gesture> feed(const TouchEvent& e);
  // Time passing without events (long presses fire here).
  std::vector<Gesture> tick(double t);
  void reset();
  size_t fingers() const { return touches_.size(); }

 private:
  struct Touch {
    glm::dvec2 start, last;
    double t0 = 0;
  };
  enum class Phase { Idle, Press, Pan, Two, Done };
  enum class TwoMode { Undecided, PinchRotate, Tilt };

  void down(const TouchEvent& e, std::vector<Gesture>& out);
  void move(const TouchEvent& e, std::vector<Gesture>& out);
  void up(const TouchEvent& e, std::vector<Gesture>& out);
  void twoFingerMove(std::vector<Gesture>& out);
  bool inCorner(glm::dvec2 p) const;

  GestureConfig cfg_;
  std::map<int, Touch> touches_;
  Phase phase_ = Phase::Idle;
  TwoMode mode_ = TwoMode::Undecided;
  int a_ = -1, b_ = -1;                   // the two fingers of a two-finger gesture
  glm::dvec2 prevA_{0, 0}, prevB_{0, 0};  // their positions at the last emitted step
  bool longFired_ = false;
  bool haveLastTap_ = false;
  glm::dvec2 lastTapPos_{0, 0};
  double lastTapT_ = -1e9;
};

}  // namespace ps::kiosk
