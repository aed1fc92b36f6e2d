#pragma once
// The viewer's own ImGui layer (Parkscape code, not a copy of an ImGui backend):
// it feeds ImGui from our InputEvents, so replayed input drives ImGui exactly
// like live input (the GLFW platform backend polls the real cursor and would
// ignore a replay), draws with the OpenGL 3 renderer backend that Debian's
// libimgui-dev ships (imgui_impl_opengl3), and builds the CJK font with glyph
// ranges from the strings in use (the "common" Chinese range lacks 侯 of 武侯区).
#include <set>
#include <string>
#include <vector>

#include <glm/vec2.hpp>

#include "viewer/layout.h"
#include "viewer/window.h"

struct ImFont;
struct ImGuiContext;
struct GLFWwindow;

namespace ps::viewer {

struct UiFonts {
  ImFont* regular = nullptr;
  ImFont* large = nullptr;  // map labels, headings
};

class ImGuiLayer {
 public:
  explicit ImGuiLayer(Window& w);
  // A layer of its own (ImGui context and GL renderer objects) for another
  // window: the presenter's screen. Its GL context must be current here and
  // whenever newFrame()/render() are called. Each call makes this layer's
  // ImGui context the current one.
  explicit ImGuiLayer(GLFWwindow* w);
  ~ImGuiLayer();
  ImGuiLayer(const ImGuiLayer&) = delete;
  ImGuiLayer& operator=(const ImGuiLayer&) = delete;

  // (Re)builds the fonts for `texts` (every string that may be shown) at `scale`.
  // Call between frames. Throws nothing: a missing CJK font falls back to ImGui's own.
  void buildFonts(const std::vector<std::string>& texts, float scale);
  const UiFonts& fonts() const { return fonts_; }
  bool cjkFontFound() const { return cjk_; }
  // Whether the built font draws `cp` itself (not ImGui's "?" fallback).
  bool hasGlyph(uint32_t cp) const;

  // Feeds events to ImGui, stopping after one mouse-button change so that a
  // press and release never fall in the same frame (ImGui would miss the
  // click). Returns how many events were consumed from the front.
  size_t feed(const std::deque<InputEvent>& events);
  void newFrame(glm::dvec2 windowSize, glm::ivec2 framebufferSize, double dt);
  void render();
  // The windows drawn this frame (call after the panels, before render()):
  // top-level windows, menus and bars; no tooltips, popups or child windows.
  void windowRects(std::vector<LayoutRect>& rects, std::vector<std::string>& names) const;

 private:
  void activate() const;
  ImGuiContext* ctx_ = nullptr;
  std::set<int> touches_;  // fingers down (InputEvent::Touch)
  int primaryTouch_ = -1;  // the finger that is ImGui's mouse
  UiFonts fonts_;
  bool cjk_ = false;
};

// The Debian CJK font (Noto Sans CJK, Simplified Chinese face).
constexpr const char* kCjkFontPath = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
constexpr int kCjkFontFaceSc = 2;

}  // namespace ps::viewer
