#pragma once
// The presenter's own screen: while a story is presented full screen on one
// monitor, a second window on another monitor (or, asked for, a plain window
// beside it) shows the step on air with its notes, the next step and the
// clocks (viewer/presenter_notes.h). It shares the main window's GL objects,
// has its own ImGui context, draws without vsync (the big screen paces the
// frames) and hands the presenter keys pressed in it back to the viewer, so a
// clicker works whichever window has the focus.
#include <deque>
#include <functional>
#include <memory>
#include <string>

#include "viewer/gui_layer.h"
#include "viewer/presenter_notes.h"

struct GLFWwindow;

namespace ps::viewer {

// Draws the notes into the current ImGui frame (ui/presenter_notes_panel.cpp).
using DrawPresenterFn = std::function<void(const PresenterNotes&, const ViewerState&, glm::dvec2 size, float scale)>;

class PresenterWindow {
 public:
  // On monitor `monitor` of glfwGetMonitors, maximised over its work area;
  // -1: a 960×600 window. `share`: the main window (its context is current
  // again when this returns). Throws ps::Error when the window cannot open.
  PresenterWindow(GLFWwindow* share, int monitor, const std::string& title, float scale);
  ~PresenterWindow();
  PresenterWindow(const PresenterWindow&) = delete;
  PresenterWindow& operator=(const PresenterWindow&) = delete;

  // Builds the fonts for every string the window may show (presenterFontTexts).
  void setFonts(const std::vector<std::string>& texts);
  // Draws one frame. Leaves the main window's context current.
  void draw(const PresenterNotes& n, const ViewerState& s, const DrawPresenterFn& fn);
  // The window as a PNG (the frame draw() last made); for the replay's screenshot.
  void screenshot(const std::string& path);
  // GLFW key codes pressed in this window since the last call.
  std::deque<int> takeKeys();
  bool closeRequested() const;

 private:
  GLFWwindow* share_ = nullptr;
  GLFWwindow* win_ = nullptr;
  std::unique_ptr<ImGuiLayer> gui_;
  float scale_ = 1;
  std::deque<int> keys_;
  std::string pendingShot_;
};

}  // namespace ps::viewer
