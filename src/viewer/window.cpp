#include "viewer/window.h"

#include <glad/gl.h>
#include <GLFW/glfw3.h>

#include <algorithm>

#include "core/error.h"

namespace ps::viewer {

struct WindowCallbacks {
  static Window* self(GLFWwindow* w) { return static_cast<Window*>(glfwGetWindowUserPointer(w)); }
  static void cursor(GLFWwindow* w, double x, double y) {
    Window* s = self(w);
    s->lastCursor_ = {x, y};
    InputEvent e;
    e.type = InputEvent::MouseMove;
    e.pos = {x, y};
    if (s->acceptInput_) s->events_.push_back(e);
  }
  static void button(GLFWwindow* w, int b, int action, int mods) {
    Window* s = self(w);
    InputEvent e;
    e.type = action == GLFW_PRESS ? InputEvent::MouseDown : InputEvent::MouseUp;
    e.button = b == GLFW_MOUSE_BUTTON_LEFT ? 0 : b == GLFW_MOUSE_BUTTON_RIGHT ? 1 : b == GLFW_MOUSE_BUTTON_MIDDLE ? 2 : b;
    e.mods = mods;
    e.pos = s->lastCursor_;
    if (s->acceptInput_) s->events_.push_back(e);
  }
  static void scroll(GLFWwindow* w, double x, double y) {
    InputEvent e;
    e.type = InputEvent::Scroll;
    e.pos = {x, y};
    if (self(w)->acceptInput_) self(w)->events_.push_back(e);
  }
  static void key(GLFWwindow* w, int k, int, int action, int mods) {
    if (action == GLFW_REPEAT) action = GLFW_PRESS;
    InputEvent e;
    e.type = InputEvent::Key;
    e.key = k;
    e.press = action == GLFW_PRESS;
    e.mods = mods;
    if (self(w)->acceptInput_) self(w)->events_.push_back(e);
  }
  static void character(GLFWwindow* w, unsigned c) {
    InputEvent e;
    e.type = InputEvent::Char;
    e.codepoint = c;
    if (self(w)->acceptInput_) self(w)->events_.push_back(e);
  }
  static void drop(GLFWwindow* w, int n, const char** paths) {
    for (int i = 0; i < n; ++i) self(w)->drops_.emplace_back(paths[i]);
  }
  static void contentScale(GLFWwindow* w, float, float) { self(w)->scaleChanged_ = true; }
};

namespace {
void glfwError(int code, const char* text) { std::fprintf(stderr, "parkscape: GLFW error %d: %s\n", code, text); }
}  // namespace

Window::Window(int width, int height, const std::string& title, bool visible, int samples) : title_(title) {
  glfwSetErrorCallback(glfwError);
  if (!glfwInit()) throw Error("", "cannot start GLFW (is a display available? try xvfb-run -a)");
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 4);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 1);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
  glfwWindowHint(GLFW_VISIBLE, visible ? GLFW_TRUE : GLFW_FALSE);
  glfwWindowHint(GLFW_SAMPLES, samples);
  win_ = glfwCreateWindow(width, height, title.c_str(), nullptr, nullptr);
  if (!win_) {
    glfwTerminate();
    throw Error("", "cannot create an OpenGL 4.1 core window");
  }
  glfwMakeContextCurrent(win_);
  if (!gladLoadGL(glfwGetProcAddress)) {
    glfwDestroyWindow(win_);
    glfwTerminate();
    throw Error("", "cannot load OpenGL functions (glad)");
  }
  glfwSwapInterval(1);
  glfwSetWindowUserPointer(win_, this);
  glfwSetCursorPosCallback(win_, WindowCallbacks::cursor);
  glfwSetMouseButtonCallback(win_, WindowCallbacks::button);
  glfwSetScrollCallback(win_, WindowCallbacks::scroll);
  glfwSetKeyCallback(win_, WindowCallbacks::key);
  glfwSetCharCallback(win_, WindowCallbacks::character);
  glfwSetDropCallback(win_, WindowCallbacks::drop);
  glfwSetWindowContentScaleCallback(win_, WindowCallbacks::contentScale);
}

Window::~Window() {
  if (win_) glfwDestroyWindow(win_);
#if defined(__SANITIZE_ADDRESS__)
  // glfwTerminate closes the X display, which unloads Mesa's DRI driver; the
  // driver's own leaks then show as "<unknown module>" and escape
  // tests/lsan.supp. Under ASan the process keeps them loaded until exit.
#else
  glfwTerminate();
#endif
}

bool Window::shouldClose() const { return glfwWindowShouldClose(win_); }
void Window::requestClose() { glfwSetWindowShouldClose(win_, GLFW_TRUE); }
void Window::waitEvents(double timeoutS) {
  if (timeoutS <= 0) glfwPollEvents();
  else glfwWaitEventsTimeout(timeoutS);
}
void Window::wake() { glfwPostEmptyEvent(); }
void Window::swap() { glfwSwapBuffers(win_); }

glm::dvec2 Window::size() const {
  int w, h;
  glfwGetWindowSize(win_, &w, &h);
  return {std::max(w, 1), std::max(h, 1)};
}
glm::ivec2 Window::framebufferSize() const {
  int w, h;
  glfwGetFramebufferSize(win_, &w, &h);
  return {std::max(w, 1), std::max(h, 1)};
}
float Window::contentScale() const {
  float x = 1, y = 1;
  glfwGetWindowContentScale(win_, &x, &y);
  return std::max(1.0f, std::max(x, y));
}
void Window::setTitle(const std::string& t) {
  if (t == title_) return;
  title_ = t;
  glfwSetWindowTitle(win_, t.c_str());
}
glm::dvec2 Window::cursor() const { return lastCursor_; }

void Window::toggleFullscreen() {
  if (!fullscreen_) {
    GLFWmonitor* mon = glfwGetPrimaryMonitor();
    const GLFWvidmode* mode = mon ? glfwGetVideoMode(mon) : nullptr;
    if (!mode) return;
    glfwGetWindowPos(win_, &savedX_, &savedY_);
    glfwGetWindowSize(win_, &savedW_, &savedH_);
    glfwSetWindowMonitor(win_, mon, 0, 0, mode->width, mode->height, mode->refreshRate);
  } else {
    glfwSetWindowMonitor(win_, nullptr, savedX_, savedY_, savedW_, savedH_, 0);
  }
  fullscreen_ = !fullscreen_;
}

int Window::monitorCount() {
  int n = 0;
  glfwGetMonitors(&n);
  return n;
}

int Window::enterFullscreen(int index) {
  int n = 0;
  GLFWmonitor** mons = glfwGetMonitors(&n);
  const int used = index >= 0 && index < n ? index : 0;
  GLFWmonitor* mon = n > 0 ? mons[used] : nullptr;
  const GLFWvidmode* mode = mon ? glfwGetVideoMode(mon) : nullptr;
  if (!mode) return -1;
  if (!fullscreen_) {
    glfwGetWindowPos(win_, &savedX_, &savedY_);
    glfwGetWindowSize(win_, &savedW_, &savedH_);
  }
  glfwSetWindowMonitor(win_, mon, 0, 0, mode->width, mode->height, mode->refreshRate);
  fullscreen_ = true;
  return used;
}

namespace {
bool workArea(int& x, int& y, int& w, int& h) {
  GLFWmonitor* mon = glfwGetPrimaryMonitor();
  if (!mon) return false;
  glfwGetMonitorWorkarea(mon, &x, &y, &w, &h);
  return w > 0 && h > 0;
}
}  // namespace

bool Window::fitToWorkArea() {
  int x, y, w, h;
  if (!workArea(x, y, w, h)) return false;
  int fl = 0, ft = 0, fr = 0, fb = 0;  // the window manager's frame (0 without one)
  glfwGetWindowFrameSize(win_, &fl, &ft, &fr, &fb);
  glfwSetWindowPos(win_, x + fl, y + ft);
  glfwSetWindowSize(win_, std::max(320, w - fl - fr), std::max(240, h - ft - fb));
  return true;
}

void Window::placement(int& x, int& y, int& w, int& h) const {
  if (fullscreen_) {
    x = savedX_, y = savedY_, w = savedW_, h = savedH_;
    return;
  }
  glfwGetWindowPos(win_, &x, &y);
  glfwGetWindowSize(win_, &w, &h);
}

void Window::place(int x, int y, int w, int h) {
  int ax, ay, aw, ah;
  if (workArea(ax, ay, aw, ah)) {
    // A window saved on a larger or another screen is brought back onto this one.
    w = std::min(w, aw);
    h = std::min(h, ah);
    x = std::clamp(x, ax, ax + aw - w);
    y = std::clamp(y, ay, ay + ah - h);
  }
  glfwSetWindowPos(win_, x, y);
  glfwSetWindowSize(win_, std::max(320, w), std::max(240, h));
}

std::vector<std::string> Window::takeDrops() {
  std::vector<std::string> d;
  d.swap(drops_);
  return d;
}

}  // namespace ps::viewer
