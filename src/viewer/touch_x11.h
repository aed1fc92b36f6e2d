#pragma once
// A touch screen's touches for the GLFW window, read with XInput 2.2
// (GLFW 3.3 has no touch API): XI_TouchBegin / XI_TouchUpdate / XI_TouchEnd
// on the window's X11 handle, turned by kiosk::TouchTranslator (pure) into
// InputEvent::Touch, the same events a replay's touches are. The only X11
// code of the viewer; the design (a connection of its own) is explained in
// touch_x11.cpp.
#include <deque>
#include <memory>
#include <string>

struct GLFWwindow;

namespace ps::viewer {

struct InputEvent;

class TouchReaderX11 {
 public:
  // Selects the touch events of `win` on a connection of its own. Null when
  // there is nothing to read: not an X11 window, or no XInput 2.2 on the
  // server. `status` says what was found, in one line for the log:
  // "xi2.2 (N touch devices)", "xi2.2 (no touch device yet)", or
  // "mouse (no XInput 2.2: ...)".
  static std::unique_ptr<TouchReaderX11> open(GLFWwindow* win, std::string& status);
  ~TouchReaderX11();
  TouchReaderX11(const TouchReaderX11&) = delete;
  TouchReaderX11& operator=(const TouchReaderX11&) = delete;

  // Appends the touches that arrived since the last call to `q` (times on the
  // app's clock `now`); with keep = false they are read and dropped (a replay
  // owns the input).
  void drain(std::deque<InputEvent>& q, double now, bool keep);
  // Sleeps until input arrives on GLFW's connection or this one, or
  // `timeoutS` passes; then glfwPollEvents() does not block. (GLFW's own wait
  // would sleep through a touch: it watches only its connection.)
  void wait(double timeoutS);

 private:
  struct Impl;
  explicit TouchReaderX11(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace ps::viewer
