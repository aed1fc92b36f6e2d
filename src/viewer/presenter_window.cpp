#include "viewer/presenter_window.h"

#include <cstdio>

#include <glad/gl.h>
#include <GLFW/glfw3.h>
#include <imgui.h>

#include "core/error.h"
#include "render/image.h"
#include "viewer/screenshot.h"

namespace ps::viewer {

namespace {

void onKey(GLFWwindow* w, int key, int, int action, int) {
  if (action != GLFW_PRESS && action != GLFW_REPEAT) return;
  if (auto* keys = static_cast<std::deque<int>*>(glfwGetWindowUserPointer(w))) keys->push_back(key);
}

}  // namespace

PresenterWindow::PresenterWindow(GLFWwindow* share, int monitor, const std::string& title, float scale)
    : share_(share), scale_(scale) {
  int n = 0;
  GLFWmonitor** mons = glfwGetMonitors(&n);
  int x = 0, y = 0, w = 960, h = 600;
  const bool onMonitor = monitor >= 0 && monitor < n;
  if (onMonitor) glfwGetMonitorWorkarea(mons[monitor], &x, &y, &w, &h);
  glfwWindowHint(GLFW_SAMPLES, 0);
  glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
  win_ = glfwCreateWindow(w, h, title.c_str(), nullptr, share);
  glfwWindowHint(GLFW_VISIBLE, GLFW_TRUE);
  if (!win_) throw Error("", "cannot open the presenter's window");
  if (onMonitor) {
    glfwSetWindowPos(win_, x, y);
    glfwMaximizeWindow(win_);
  }
  glfwShowWindow(win_);
  glfwSetWindowUserPointer(win_, &keys_);
  glfwSetKeyCallback(win_, onKey);
  glfwMakeContextCurrent(win_);
  glfwSwapInterval(0);
  ImGuiContext* previous = ImGui::GetCurrentContext();
  gui_ = std::make_unique<ImGuiLayer>(win_);
  ImGui::SetCurrentContext(previous);
  glfwMakeContextCurrent(share_);
}

PresenterWindow::~PresenterWindow() {
  if (!win_) return;
  ImGuiContext* previous = ImGui::GetCurrentContext();
  glfwMakeContextCurrent(win_);
  gui_.reset();
  ImGui::SetCurrentContext(previous);
  glfwMakeContextCurrent(share_);
  glfwDestroyWindow(win_);
}

void PresenterWindow::setFonts(const std::vector<std::string>& texts) {
  ImGuiContext* previous = ImGui::GetCurrentContext();
  glfwMakeContextCurrent(win_);
  gui_->buildFonts(texts, scale_);
  ImGui::SetCurrentContext(previous);
  glfwMakeContextCurrent(share_);
}

void PresenterWindow::draw(const PresenterNotes& n, const ViewerState& s, const DrawPresenterFn& fn) {
  ImGuiContext* previous = ImGui::GetCurrentContext();
  glfwMakeContextCurrent(win_);
  int ww = 1, wh = 1, fw = 1, fh = 1;
  glfwGetWindowSize(win_, &ww, &wh);
  glfwGetFramebufferSize(win_, &fw, &fh);
  const glm::dvec2 size(std::max(ww, 1), std::max(wh, 1));
  gui_->newFrame(size, {std::max(fw, 1), std::max(fh, 1)}, 1.0 / 30.0);
  if (fn) fn(n, s, size, scale_);
  glViewport(0, 0, fw, fh);
  glClearColor(0.12f, 0.13f, 0.15f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  gui_->render();
  if (!pendingShot_.empty()) {
    try {
      render::writePng(readFramebuffer(fw, fh), pendingShot_, {}, render::PngChannels::Rgb);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "parkscape: %s\n", e.what());
    }
    pendingShot_.clear();
  }
  glfwSwapBuffers(win_);
  ImGui::SetCurrentContext(previous);
  glfwMakeContextCurrent(share_);
}

void PresenterWindow::screenshot(const std::string& path) { pendingShot_ = path; }

std::deque<int> PresenterWindow::takeKeys() {
  std::deque<int> k;
  k.swap(keys_);
  return k;
}

bool PresenterWindow::closeRequested() const { return glfwWindowShouldClose(win_); }

}  // namespace ps::viewer
