#pragma once
// The desktop window: GLFW, OpenGL 4.1 core, vsync, HiDPI content scale,
// F11 fullscreen, file drops. Input is delivered as InputEvents — the same
// type the input replay produces — so live and replayed sessions run the
// same code path.
#include <deque>
#include <string>
#include <vector>

#include <glm/vec2.hpp>

#include "kiosk/gesture.h"

struct GLFWwindow;

namespace ps::viewer {

struct InputEvent {
  enum Type { MouseMove, MouseDown, MouseUp, Scroll, Key, Char, Touch } type = MouseMove;
  glm::dvec2 pos{0, 0};     // window coordinates (MouseMove/Down/Up), scroll offsets (Scroll)
  int button = 0;           // 0 left, 1 right, 2 middle
  int key = 0;              // GLFW key code
  bool press = true;        // Key: pressed (true) or released
  int mods = 0;             // GLFW_MOD_* bits
  unsigned codepoint = 0;   // Char
  // Touch: one finger's down / move / up / cancel (viewer/touch_x11.h from a
  // touch screen, or a replay's touch events); touch.t < 0: the frame's time.
  kiosk::TouchEvent touch{kiosk::TouchEvent::Down, 0, {0, 0}, -1};
};

class Window {
 public:
  // Throws ps::Error when GLFW or the GL context cannot be created.
  // samples: MSAA samples of the default framebuffer (0 under software GL in tests: 5x faster).
  Window(int width, int height, const std::string& title, bool visible = true, int samples = 4);
  ~Window();
  Window(const Window&) = delete;
  Window& operator=(const Window&) = delete;

  bool shouldClose() const;
  void requestClose();
  // Blocks until an event arrives or `timeoutS` passes (0 = just poll).
  void waitEvents(double timeoutS);
  static void wake();  // from any thread: ends a waitEvents early
  void swap();

  glm::dvec2 size() const;            // window coordinates
  glm::ivec2 framebufferSize() const; // pixels
  float contentScale() const;         // UI scale for HiDPI (1 on a 96-dpi screen)
  void setTitle(const std::string& title);
  const std::string& title() const { return title_; }
  void toggleFullscreen();
  // Full screen on monitor `index` of glfwGetMonitors (out of range: the primary);
  // the presenter's mode. Returns the monitor used (-1: none, windowed).
  int enterFullscreen(int index);
  static int monitorCount();
  // Fills the primary monitor's work area (glfwGetMonitorWorkarea: the screen
  // less panels and docks), less the window frame; false when no monitor answers.
  bool fitToWorkArea();
  // Position and size (screen coordinates; the frame excluded), and setting them
  // back, shrunk to the work area when the saved size no longer fits the screen.
  void placement(int& x, int& y, int& w, int& h) const;
  void place(int x, int y, int w, int h);
  bool fullscreen() const { return fullscreen_; }
  glm::dvec2 cursor() const;

  std::deque<InputEvent>& events() { return events_; }
  // false: real input is ignored (a replay owns the input).
  void acceptInput(bool on) { acceptInput_ = on; }
  bool acceptsInput() const { return acceptInput_; }
  // Paths dropped on the window since the last call.
  std::vector<std::string> takeDrops();
  bool contentScaleChanged() { bool c = scaleChanged_; scaleChanged_ = false; return c; }

  GLFWwindow* handle() const { return win_; }

 private:
  GLFWwindow* win_ = nullptr;
  std::string title_;
  std::deque<InputEvent> events_;
  std::vector<std::string> drops_;
  bool fullscreen_ = false;
  bool scaleChanged_ = false;
  bool acceptInput_ = true;
  int savedX_ = 0, savedY_ = 0, savedW_ = 0, savedH_ = 0;
  glm::dvec2 lastCursor_{0, 0};
  friend struct WindowCallbacks;
};

}  // namespace ps::viewer
