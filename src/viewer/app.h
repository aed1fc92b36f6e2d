#pragma once
// The interactive viewer: window, main loop (redraw on demand), loading on a
// worker thread, map input, panels, and the scripted test mode (replay ->
// screenshot + state dump).
#include <optional>
#include <string>
#include <vector>

#include "core/i18n.h"
#include "kiosk/profile.h"
#include "viewer/presenter_window.h"
#include "viewer/ui_frame.h"

namespace ps::viewer {

struct ViewerOptions {
  std::vector<std::string> inputs;  // scene file(s) (.toml) and/or GIS files to add
  bool demo = false;                // the built-in synthetic scene instead of inputs
  std::optional<Lang> lang;
  int width = 0, height = 0;         // 0: the remembered window, else the monitor's work area
  std::string layoutPath;           // the user's remembered layout (viewer/layout_store.h); "" = none
  std::string replay;               // events.json
  std::string screenshot;           // PNG written after the replay
  std::string stateDump;            // JSON written after the replay
  double measureIdle = 0;           // seconds of idle after the replay to measure CPU use
  bool exitAfterReplay = true;
  DrawUiFn drawUi;                  // the panels (src/ui), drawn over the map each frame
  std::string present;              // a story to present (full screen, no panels) once its scene is in
  std::string story;                // a story to open (Stories panel, Export film) once its scene is in, not presented
  int monitor = -1;                 // ... on this monitor (glfwGetMonitors index; -1 = primary)
  // The presenter's own screen (viewer/presenter_window.h): opened on another
  // monitor while presenting when there is one; `presenterWindow` opens it as a
  // plain window even on one monitor (rehearsal, tests).
  DrawPresenterFn drawPresenter;
  bool presenterWindow = false;
  // `parkscape kiosk`: the exhibition mode over the same model (viewer/kiosk_session.h).
  std::optional<kiosk::KioskProfile> kiosk;
  bool windowed = false;            // kiosk: keep a window instead of full screen (tests, development)
  float uiScale = 1.0f;             // fonts and panels × this (the kiosk's large text)
};

// Returns the process exit code. Errors in data never throw out of here:
// they show in the UI (and in the state dump); a window that cannot be
// created throws ps::Error.
int runViewer(const ViewerOptions& opt);

}  // namespace ps::viewer
