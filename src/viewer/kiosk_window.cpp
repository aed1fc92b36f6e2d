// GLFW for the kiosk: monitor, full screen, lock-down.
#include "viewer/kiosk_window.h"

#include <GLFW/glfw3.h>

namespace ps::viewer {
namespace {

GLFWmonitor* monitorAt(int index) {
  int n = 0;
  GLFWmonitor** all = glfwGetMonitors(&n);
  if (all && index >= 0 && index < n) return all[index];
  return glfwGetPrimaryMonitor();
}

void refuseClose(GLFWwindow* win) { glfwSetWindowShouldClose(win, GLFW_FALSE); }

}  // namespace

void kioskFullscreen(GLFWwindow* win, int index) {
  GLFWmonitor* m = monitorAt(index);
  if (!m) return;
  const GLFWvidmode* mode = glfwGetVideoMode(m);
  if (!mode) return;
  glfwSetWindowMonitor(win, m, 0, 0, mode->width, mode->height, mode->refreshRate);
}

void kioskLockDown(GLFWwindow* win) { glfwSetWindowCloseCallback(win, refuseClose); }

double kioskPxPerMm(int index) {
  GLFWmonitor* m = monitorAt(index);
  if (!m) return 0;
  int wmm = 0, hmm = 0;
  glfwGetMonitorPhysicalSize(m, &wmm, &hmm);
  const GLFWvidmode* mode = glfwGetVideoMode(m);
  if (!mode || wmm <= 0) return 0;
  float sx = 1, sy = 1;
  glfwGetMonitorContentScale(m, &sx, &sy);
  // Window coordinates: pixels divided by the content scale (HiDPI).
  return mode->width / static_cast<double>(wmm) / (sx > 0 ? sx : 1);
}

}  // namespace ps::viewer
