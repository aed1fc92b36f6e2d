#pragma once
// Recorded input for tests and demos: a JSON list of events with times
// (seconds from the start of the replay), replayed on a virtual clock at
// 60 frames per second, so runs are deterministic whatever the machine.
//
//   {"t": 0.5, "type": "mouse_move", "x": 800, "y": 450}
//   {"t": 0.6, "type": "mouse_down", "x": 800, "y": 450, "button": "left", "mods": ["shift"]}
//   {"t": 0.7, "type": "mouse_up",   "x": 800, "y": 450, "button": "left"}
//   {"t": 1.0, "type": "scroll", "dx": 0, "dy": -2}          (at the last mouse position)
//   {"t": 1.2, "type": "key", "key": "F11"}                   (press and release; "action": "press"/"release" for one)
//   {"t": 1.4, "type": "char", "text": "武侯区"}               (one char event per code point)
//   {"t": 1.5, "type": "touch_begin", "id": 1, "x": 400, "y": 300}   (a touch screen's finger: id from 1;
//   {"t": 1.6, "type": "touch_move",  "id": 1, "x": 420, "y": 300}    touch_end, touch_cancel; the same
//   {"t": 1.7, "type": "touch_end",   "id": 1, "x": 420, "y": 300}    InputEvent::Touch as viewer/touch_x11.h)
//   {"t": 2.0, "type": "wait"}
//   {"t": 2.1, "type": "command", "name": "search", "text": "武侯区"}
// The file may also be {"window": [w, h], "events": [...]}.
// Commands are in app/viewer_app.cpp (runCommand) and docs/VIEWER.md.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "viewer/window.h"

namespace ps::viewer {

struct ReplayEvent {
  double t = 0;
  bool isCommand = false;
  bool isWait = false;
  InputEvent input;            // when !isCommand && !isWait
  nlohmann::json command;      // when isCommand: the whole event object
};

struct ReplayScript {
  int width = 0, height = 0;   // 0 = keep the window size
  std::vector<ReplayEvent> events;  // sorted by t (stable)
};

// Throws ps::Error naming the file, the event index and the problem.
ReplayScript loadReplay(const std::string& path);
ReplayScript parseReplay(const nlohmann::json& j, const std::string& path);

// GLFW key code for a name ("A", "F11", "Enter", "Escape", "Left", "PageUp", "Equal"...); -1 if unknown.
int keyCode(const std::string& name);

}  // namespace ps::viewer
