#pragma once
// Mouse, trackpad and keyboard on the map (what ImGui did not take):
//   left drag pan · right/middle drag or Ctrl+left drag orbit (x rotates, y tilts)
//   wheel zoom towards the cursor · Shift+wheel tilt · horizontal wheel rotate
//   click select · Shift+click add/remove · double-click select and fly there
//   arrows pan · +/- zoom · Q/E rotate · PgUp/PgDn tilt · R reset · N north-up
//   Esc clear selection · F11 fullscreen · Ctrl+S save · Ctrl+O open
//   M measure distance · Shift+M measure area (viewer/measure.h: click adds a
//   point, double-click / Enter finishes, Backspace undoes, Esc cancels)
#include <optional>

#include <glm/vec2.hpp>

#include "viewer/pick.h"
#include "viewer/window.h"

namespace ps::viewer {

struct MapInputResult {
  bool changed = false;        // the view or selection changed: redraw
  bool toggleFullscreen = false;
  bool save = false;
  bool open = false;
  bool pointerMoved = false;   // hover needs re-picking
};

class MapInput {
 public:
  // uiMouse / uiKeyboard: ImGui wants the mouse / keyboard this frame.
  MapInputResult handle(const InputEvent& e, ViewerState& s, const PickIndex& index, glm::dvec2 viewport,
                        bool uiMouse, bool uiKeyboard);
  glm::dvec2 cursor() const { return cursor_; }
  bool dragging() const { return dragButton_ >= 0 && dragged_; }
  // The last click's pick (for the replay's state dump): wall or roof.
  const std::optional<PickHit>& lastPick() const { return lastPick_; }

 private:
  void measureClick(ViewerState& s, glm::dvec2 pos, glm::dvec2 viewport);
  void measureMove(ViewerState& s, glm::dvec2 pos, glm::dvec2 viewport, bool uiMouse);
  bool measureKey(ViewerState& s, int key, int mods);

  glm::dvec2 cursor_{0, 0}, downPos_{0, 0}, lastPos_{0, 0}, lastClickPos_{-100, -100};
  int dragButton_ = -1;
  bool dragged_ = false, orbitDrag_ = false, shift_ = false;
  double lastClickTime_ = -10;
  std::optional<PickHit> lastPick_;
};

}  // namespace ps::viewer
