#include "viewer/input.h"

#include <cmath>

#include <GLFW/glfw3.h>

#include "viewer/commands.h"
#include "viewer/measure.h"

namespace ps::viewer {

MapInputResult MapInput::handle(const InputEvent& e, ViewerState& s, const PickIndex& index, glm::dvec2 viewport,
                                bool uiMouse, bool uiKeyboard) {
  MapInputResult r;
  auto stopFly = [&] { s.fly.active = false; };
  switch (e.type) {
    case InputEvent::MouseMove: {
      cursor_ = e.pos;
      r.pointerMoved = true;
      if (s.measure.active && s.data) measureMove(s, e.pos, viewport, uiMouse);
      if (dragButton_ < 0) break;
      if (glm::length(e.pos - downPos_) > 4.0) dragged_ = true;
      if (!dragged_) break;
      stopFly();
      if (orbitDrag_) {
        glm::dvec2 d = e.pos - lastPos_;
        s.camera.orbit(d.x * 0.3, d.y * 0.25);
      } else {
        s.camera.pan(lastPos_, e.pos, viewport.x, viewport.y);
      }
      s.camera.clampTo(s.limits);
      lastPos_ = e.pos;
      r.changed = true;
      break;
    }
    case InputEvent::MouseDown:
      cursor_ = e.pos;
      if (uiMouse) break;
      dragButton_ = e.button;
      dragged_ = false;
      orbitDrag_ = e.button != 0 || (e.mods & GLFW_MOD_CONTROL);
      downPos_ = lastPos_ = e.pos;
      break;
    case InputEvent::MouseUp: {
      cursor_ = e.pos;
      if (dragButton_ != e.button) break;
      const bool click = !dragged_ && e.button == 0;
      dragButton_ = -1;
      dragged_ = false;
      if (!click || !s.data) break;
      if (s.measure.active) {
        measureClick(s, e.pos, viewport);
        r.changed = true;
        break;
      }
      lastPick_ = pick(s, index, e.pos, viewport);
      std::optional<FeatureRef> hit;
      if (lastPick_) hit = lastPick_->ref;
      const bool dbl = s.now - lastClickTime_ < 0.4 && glm::length(e.pos - lastClickPos_) < 6.0;
      lastClickTime_ = s.now;
      lastClickPos_ = e.pos;
      if (dbl && hit) {
        select(s, hit, false);
        flyToFeature(s, *hit, viewport);
      } else {
        const bool additive = (e.mods & GLFW_MOD_SHIFT) != 0;
        if (hit || !additive) select(s, hit, additive);
      }
      r.changed = true;
      break;
    }
    case InputEvent::Scroll: {
      if (uiMouse) break;
      stopFly();
      const bool shift = shift_;
      if (shift) {
        s.camera.orbit(0, -e.pos.y * 5.0);
      } else {
        // Each notch up brings the eye 15% closer.
        if (e.pos.y != 0) s.camera.zoomTowards(cursor_.x, cursor_.y, viewport.x, viewport.y, std::pow(0.85, -e.pos.y));
        if (e.pos.x != 0) s.camera.orbit(e.pos.x * 5.0, 0);
      }
      s.camera.clampTo(s.limits);
      r.changed = true;
      break;
    }
    case InputEvent::Key: {
      if (e.key == GLFW_KEY_LEFT_SHIFT || e.key == GLFW_KEY_RIGHT_SHIFT) shift_ = e.press;
      if (!e.press) break;
      if (e.key == GLFW_KEY_F11) {
        r.toggleFullscreen = true;
        break;
      }
      if (uiKeyboard) break;
      const bool ctrl = (e.mods & GLFW_MOD_CONTROL) != 0;
      if (measureKey(s, e.key, e.mods)) {
        r.changed = true;
        break;
      }
      OrbitCamera to = s.fly.active ? s.fly.flight.to : s.camera;
      const double step = 120.0;  // pixels per arrow press
      bool fly = true;
      switch (e.key) {
        case GLFW_KEY_LEFT: to.pan(viewport * 0.5, viewport * 0.5 + glm::dvec2(step, 0), viewport.x, viewport.y); break;
        case GLFW_KEY_RIGHT: to.pan(viewport * 0.5, viewport * 0.5 - glm::dvec2(step, 0), viewport.x, viewport.y); break;
        case GLFW_KEY_UP: to.pan(viewport * 0.5, viewport * 0.5 + glm::dvec2(0, step), viewport.x, viewport.y); break;
        case GLFW_KEY_DOWN: to.pan(viewport * 0.5, viewport * 0.5 - glm::dvec2(0, step), viewport.x, viewport.y); break;
        case GLFW_KEY_EQUAL: case GLFW_KEY_KP_ADD: to.distance *= 0.6; break;
        case GLFW_KEY_MINUS: case GLFW_KEY_KP_SUBTRACT: to.distance /= 0.6; break;
        case GLFW_KEY_Q: to.bearingDeg -= 15; break;
        case GLFW_KEY_E: to.bearingDeg += 15; break;
        case GLFW_KEY_PAGE_UP: to.pitchDeg += 10; break;
        case GLFW_KEY_PAGE_DOWN: to.pitchDeg -= 10; break;
        case GLFW_KEY_R: case GLFW_KEY_HOME: fly = false; resetView(s); break;
        case GLFW_KEY_N: fly = false; northUp(s); break;
        case GLFW_KEY_ESCAPE: fly = false; select(s, std::nullopt, false); break;
        case GLFW_KEY_S: fly = false; r.save = ctrl; break;
        case GLFW_KEY_O: fly = false; r.open = ctrl; break;
        default: fly = false; break;
      }
      if (fly) flyTo(s, to, 0.25);
      r.changed = true;
      break;
    }
    case InputEvent::Char: break;
    case InputEvent::Touch: break;  // touches drive the kiosk only (viewer/kiosk_input.cpp)
  }
  return r;
}

// In the measure tool a click adds the ground point under it; the second
// click of a double-click finishes instead (its point is the first click's).
void MapInput::measureClick(ViewerState& s, glm::dvec2 pos, glm::dvec2 viewport) {
  const bool dbl = s.now - lastClickTime_ < 0.4 && glm::length(pos - lastClickPos_) < 6.0;
  lastClickTime_ = dbl ? -10 : s.now;
  lastClickPos_ = pos;
  if (dbl) {
    measureFinish(s);
    return;
  }
  if (auto g = s.camera.screenToGround(pos.x, pos.y, viewport.x, viewport.y)) measureAddPoint(s, *g + s.data->frame.origin);
}

// The rubber band follows the pointer over the map (not over a panel).
void MapInput::measureMove(ViewerState& s, glm::dvec2 pos, glm::dvec2 viewport, bool uiMouse) {
  std::optional<glm::dvec2> at;
  if (!uiMouse)
    if (auto g = s.camera.screenToGround(pos.x, pos.y, viewport.x, viewport.y)) at = *g + s.data->frame.origin;
  measureSetCursor(s, at);
}

// M: distance, Shift+M: area (again: off); while the tool is on, Enter
// finishes, Backspace removes the last point, Esc cancels.
bool MapInput::measureKey(ViewerState& s, int key, int mods) {
  if (key == GLFW_KEY_M && !(mods & (GLFW_MOD_CONTROL | GLFW_MOD_ALT)) && s.data) {
    measureToggle(s, (mods & GLFW_MOD_SHIFT) ? MeasureMode::Area : MeasureMode::Distance);
    return true;
  }
  if (!s.measure.active) return false;
  switch (key) {
    case GLFW_KEY_ENTER: case GLFW_KEY_KP_ENTER: measureFinish(s); return true;
    case GLFW_KEY_BACKSPACE: measureRemoveLast(s); return true;
    case GLFW_KEY_ESCAPE: measureCancel(s); return true;
    default: return false;
  }
}

}  // namespace ps::viewer
