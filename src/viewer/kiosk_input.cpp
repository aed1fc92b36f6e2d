// The kiosk's input: every event first restarts the idle cycle (a touch in
// the attract loop only brings home back); map touches go through the
// gesture recogniser to the one camera; keys do nothing (lock-down: Esc,
// F11, Alt+F4 included). Touches come as InputEvent::Touch (a touch screen
// through viewer/touch_x11.h, or a replay); the mouse is finger 0 where there
// is no touch screen.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "viewer/commands.h"
#include "viewer/feature_text.h"
#include "viewer/kiosk_session.h"
#include "viewer/pick.h"
#include "viewer/story_session.h"
#include "viewer/window.h"

namespace ps::viewer {
namespace {

void applyGesture(ViewerState& s, const PickIndex& index, const kiosk::Gesture& g, glm::dvec2 vp) {
  KioskSession& k = *s.kiosk;
  using G = kiosk::Gesture;
  ++k.gestureCount;
  if (g.kind == G::Pan || g.kind == G::PinchRotate || g.kind == G::Tilt || g.kind == G::DoubleTap) s.fly.active = false;
  switch (g.kind) {
    case G::Pan: s.camera.pan(g.pos - g.delta, g.pos, vp.x, vp.y); break;
    case G::PinchRotate:
      if (g.delta != glm::dvec2(0, 0)) s.camera.pan(g.pos - g.delta, g.pos, vp.x, vp.y);
      if (g.scale > 0) s.camera.zoomTowards(g.pos.x, g.pos.y, vp.x, vp.y, g.scale);  // spread (> 1): closer
      s.camera.orbit(g.rotate * 180.0 / M_PI, 0);
      break;
    case G::Tilt: s.camera.orbit(0, -g.tilt * 0.25); break;
    case G::DoubleTap: {
      OrbitCamera to = s.camera;
      to.zoomTowards(g.pos.x, g.pos.y, vp.x, vp.y, 2.0);  // twice as close
      flyTo(s, to, 0.5);
      break;
    }
    case G::Tap: {
      ++k.taps;
      // Only what has a card answers a tap: the ecosystem icons drawn beside
      // a park (points win a plain pick) must not swallow it. A fingertip
      // covers more than a cursor: 4 mm around the tap.
      const std::vector<bool> cardLayers = kioskCardLayers(s);
      std::optional<PickHit> hit = pick(s, index, g.pos, vp, std::max(9.0, 4.0 * k.pxPerMm), &cardLayers);
      if (hit) {
        const std::string id = s.data->layers[hit->ref.layer].spec->id;
        k.card = hit->ref;
        k.note("card " + id + " " + featureName(s, hit->ref));
        select(s, hit->ref, false);
      } else {
        kioskCloseCard(s);
      }
      break;
    }
    case G::Admin:
      k.note("admin gesture");
      k.admin = KioskSession::Admin::Keypad;
      k.pinEntry.clear();
      break;
    case G::LongPress: break;
  }
  s.camera.clampTo(s.limits);
}

void configureGestures(KioskSession& k, glm::dvec2 vp) {
  kiosk::GestureConfig cfg = k.gestures.config();
  cfg.viewport = vp;
  cfg.slopPx = std::max(12.0, 3.0 * k.pxPerMm);    // 3 mm
  cfg.cornerPx = std::max(80.0, 25.0 * k.pxPerMm); // 25 mm
  k.gestures.setConfig(cfg);
}

// The touch that ends the attract loop shows home and does nothing else.
bool endsAttract(ViewerState& s) {
  KioskSession& k = *s.kiosk;
  if (k.idle.input(s.now) != kiosk::IdleAction::ReturnHome) return false;
  ++k.returns;
  k.note("touch ends attract");
  kioskHome(s);
  k.mouseDown = false;
  k.mapTouches.clear();
  k.gestures.reset();
  return true;
}

// A touch screen's finger. The first finger down (no other down) is also
// ImGui's mouse (viewer/gui_layer.cpp): when it lands on a control (uiMouse)
// the control has it, and the fingers that join it too; otherwise the
// gesture recogniser has them all.
void kioskTouch(ViewerState& s, const PickIndex& index, const InputEvent& e, glm::dvec2 vp, bool uiMouse) {
  KioskSession& k = *s.kiosk;
  kiosk::TouchEvent t = e.touch;
  if (t.t < 0) t.t = s.now;
  ++k.touchEvents;
  const bool down = t.kind == kiosk::TouchEvent::Down;
  const bool lift = t.kind == kiosk::TouchEvent::Up || t.kind == kiosk::TouchEvent::Cancel;
  const bool primary = down && k.touches.empty();
  if (down) k.touches.insert(t.id);
  if (lift) k.touches.erase(t.id);
  const bool onMap = k.mapTouches.count(t.id) > 0;
  if (lift) k.mapTouches.erase(t.id);
  if (endsAttract(s)) return;
  if (k.admin != KioskSession::Admin::Closed || !s.data) return;  // the admin overlay owns the screen
  if (down) {
    if (k.mouseDown) {  // a mouse held while the screen is touched: the touch wins
      k.mouseDown = false;
      k.gestures.reset();
    }
    if (primary ? uiMouse : k.mapTouches.empty()) return;
    k.mapTouches.insert(t.id);
  } else if (!onMap) {
    return;
  }
  configureGestures(k, vp);
  for (const kiosk::Gesture& g : k.gestures.feed(t)) applyGesture(s, index, g, vp);
}

}  // namespace

void kioskInput(ViewerState& s, const PickIndex& index, const InputEvent& e, glm::dvec2 vp, bool uiMouse) {
  if (!s.kiosk) return;
  KioskSession& k = *s.kiosk;
  if (e.type == InputEvent::Key || e.type == InputEvent::Char) return;  // lock-down: no keyboard
  if (e.type == InputEvent::Touch) {
    kioskTouch(s, index, e, vp, uiMouse);
    return;
  }
  if ((e.type != InputEvent::MouseMove || k.mouseDown) && endsAttract(s)) return;
  if (k.admin != KioskSession::Admin::Closed || !s.data) return;  // the admin overlay owns the screen
  configureGestures(k, vp);
  kiosk::TouchEvent t;
  t.pos = e.pos;
  t.t = s.now;
  if (e.type == InputEvent::MouseDown && e.button == 0 && !uiMouse) {
    k.mouseDown = true;
    t.kind = kiosk::TouchEvent::Down;
  } else if (e.type == InputEvent::MouseMove && k.mouseDown) {
    t.kind = kiosk::TouchEvent::Move;
  } else if (e.type == InputEvent::MouseUp && e.button == 0 && k.mouseDown) {
    k.mouseDown = false;
    t.kind = kiosk::TouchEvent::Up;
  } else if (e.type == InputEvent::Scroll && !uiMouse) {
    s.fly.active = false;
    if (e.pos.y != 0) s.camera.zoomTowards(vp.x / 2, vp.y / 2, vp.x, vp.y, std::pow(0.85, -e.pos.y));  // as the viewer's wheel
    s.camera.clampTo(s.limits);
    return;
  } else {
    return;
  }
  for (const kiosk::Gesture& g : k.gestures.feed(t)) applyGesture(s, index, g, vp);
}

bool kioskFrame(ViewerState& s, glm::dvec2 vp) {
  if (!s.kiosk) return false;
  KioskSession& k = *s.kiosk;
  for (const kiosk::Gesture& g : k.gestures.tick(s.now))
    if (g.kind == kiosk::Gesture::Admin) {
      k.note("admin gesture");
      k.admin = KioskSession::Admin::Keypad;
      k.pinEntry.clear();
    }
  // Errors go to the admin panel, not to visitors, and to stderr: under the
  // systemd unit that is the journal (journalctl --user -u parkscape-kiosk).
  for (auto it = s.toasts.begin(); it != s.toasts.end();)
    if (it->error) {
      std::fprintf(stderr, "parkscape kiosk: error: %s\n", it->text.c_str());
      k.errors.push_back(it->text);
      it = s.toasts.erase(it);
    } else {
      ++it;
    }
  if (!s.lastError.empty()) {
    std::fprintf(stderr, "parkscape kiosk: error: %s\n", s.lastError.c_str());
    k.errors.push_back(s.lastError);
    s.lastError.clear();
  }
  if (k.errors.size() > 20) k.errors.erase(k.errors.begin(), k.errors.end() - 20);
  const kiosk::IdleAction idle = k.idle.tick(s.now);
  if (idle == kiosk::IdleAction::ShowCountdown) k.note("countdown");
  if (idle == kiosk::IdleAction::ResetAndAttract) {
    ++k.resets;
    k.note("idle reset");
    kioskCloseAdmin(s);  // an admin who walked away leaves no keypad behind
    kioskHome(s);
    // Nobody touched for minutes: a finger still "down" lost its end (a
    // driver's lost event); forget it so the next visitor's gestures work.
    k.touches.clear();
    k.mapTouches.clear();
    k.mouseDown = false;
    k.gestures.reset();
    s.fly.active = false;
    k.attract = true;
    k.note("attract");
    k.attractStart = s.now;
    if (s.story) {  // the profile's attract story, looped (the app steps it each frame)
      startPresenting(s, 0);
      s.story->autoplay = true;
    }
  }
  if (k.attract && s.data && !s.story) {
    // No attract story in this profile: a slow orbit of the home view (3°/s).
    s.camera = s.home;
    s.camera.bearingDeg = std::fmod(s.home.bearingDeg + 3.0 * (s.now - k.attractStart), 360.0);
  }
  (void)vp;
  return k.attract || k.idle.phase() == kiosk::IdlePhase::Countdown || k.mouseDown || !k.touches.empty();
}

}  // namespace ps::viewer
