#include "viewer/gui_layer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <glad/gl.h>
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>

#include "viewer/glyph_texts.h"

namespace ps::viewer {
namespace {

const char* clipboardGet(void* user) { return glfwGetClipboardString(static_cast<GLFWwindow*>(user)); }
void clipboardSet(void* user, const char* text) { glfwSetClipboardString(static_cast<GLFWwindow*>(user), text); }

}  // namespace

ImGuiLayer::ImGuiLayer(Window& w) : ImGuiLayer(w.handle()) {}

ImGuiLayer::ImGuiLayer(GLFWwindow* w) {
  IMGUI_CHECKVERSION();
  ctx_ = ImGui::CreateContext();
  ImGui::SetCurrentContext(ctx_);
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout is ours; sessions are scene files
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.BackendPlatformName = "parkscape_events";
  io.ClipboardUserData = w;
  io.GetClipboardTextFn = clipboardGet;
  io.SetClipboardTextFn = clipboardSet;
  const std::pair<ImGuiKey, int> keys[] = {
      {ImGuiKey_Tab, GLFW_KEY_TAB}, {ImGuiKey_LeftArrow, GLFW_KEY_LEFT}, {ImGuiKey_RightArrow, GLFW_KEY_RIGHT},
      {ImGuiKey_UpArrow, GLFW_KEY_UP}, {ImGuiKey_DownArrow, GLFW_KEY_DOWN}, {ImGuiKey_PageUp, GLFW_KEY_PAGE_UP},
      {ImGuiKey_PageDown, GLFW_KEY_PAGE_DOWN}, {ImGuiKey_Home, GLFW_KEY_HOME}, {ImGuiKey_End, GLFW_KEY_END},
      {ImGuiKey_Insert, GLFW_KEY_INSERT}, {ImGuiKey_Delete, GLFW_KEY_DELETE}, {ImGuiKey_Backspace, GLFW_KEY_BACKSPACE},
      {ImGuiKey_Space, GLFW_KEY_SPACE}, {ImGuiKey_Enter, GLFW_KEY_ENTER}, {ImGuiKey_Escape, GLFW_KEY_ESCAPE},
      {ImGuiKey_KeyPadEnter, GLFW_KEY_KP_ENTER}, {ImGuiKey_A, GLFW_KEY_A}, {ImGuiKey_C, GLFW_KEY_C},
      {ImGuiKey_V, GLFW_KEY_V}, {ImGuiKey_X, GLFW_KEY_X}, {ImGuiKey_Y, GLFW_KEY_Y}, {ImGuiKey_Z, GLFW_KEY_Z}};
  for (auto [k, g] : keys) io.KeyMap[k] = g;
  ImGui::StyleColorsLight();
  ImGui_ImplOpenGL3_Init("#version 410 core");
}

ImGuiLayer::~ImGuiLayer() {
  ImGuiContext* previous = ImGui::GetCurrentContext();
  activate();
  ImGui_ImplOpenGL3_Shutdown();
  ImGui::DestroyContext(ctx_);
  ImGui::SetCurrentContext(previous == ctx_ ? nullptr : previous);
}

void ImGuiLayer::activate() const { ImGui::SetCurrentContext(ctx_); }

bool ImGuiLayer::hasGlyph(uint32_t cp) const {
  if (cp > 0xFFFF || !fonts_.regular) return false;
  return fonts_.regular->FindGlyphNoFallback(static_cast<ImWchar>(cp)) != nullptr;
}

void ImGuiLayer::buildFonts(const std::vector<std::string>& texts, float scale) {
  activate();
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  // Exactly the codepoints viewer/glyph_texts.h says (the glyph test checks that set).
  ImFontGlyphRangesBuilder b;
  for (uint32_t cp : glyphCodepoints(texts)) b.AddChar(static_cast<ImWchar>(cp));
  static ImVector<ImWchar> ranges;  // must outlive the atlas build
  ranges.clear();
  b.BuildRanges(&ranges);
  cjk_ = std::filesystem::exists(kCjkFontPath);
  auto add = [&](float px) -> ImFont* {
    if (cjk_) {
      ImFontConfig cfg;
      cfg.FontNo = kCjkFontFaceSc;
      cfg.OversampleH = 1;
      cfg.OversampleV = 1;
      cfg.PixelSnapH = true;
      if (ImFont* f = io.Fonts->AddFontFromFileTTF(kCjkFontPath, px, &cfg, ranges.Data)) return f;
      cjk_ = false;
    }
    ImFontConfig cfg;
    cfg.SizePixels = px;
    return io.Fonts->AddFontDefault(&cfg);
  };
  fonts_.regular = add(std::round(17.0f * scale));
  fonts_.large = add(std::round(21.0f * scale));
  io.Fonts->Build();
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
  ImGuiStyle fresh;
  ImGui::StyleColorsLight(&fresh);
  fresh.WindowRounding = 6;
  fresh.FrameRounding = 4;
  fresh.GrabRounding = 4;
  fresh.ScrollbarSize = 16;
  fresh.Colors[ImGuiCol_WindowBg].w = 0.94f;
  fresh.ScaleAllSizes(scale);
  ImGui::GetStyle() = fresh;
}

size_t ImGuiLayer::feed(const std::deque<InputEvent>& events) {
  activate();
  ImGuiIO& io = ImGui::GetIO();
  size_t used = 0;
  for (const InputEvent& e : events) {
    ++used;
    switch (e.type) {
      case InputEvent::MouseMove: io.MousePos = ImVec2(static_cast<float>(e.pos.x), static_cast<float>(e.pos.y)); break;
      case InputEvent::MouseDown:
      case InputEvent::MouseUp:
        io.MousePos = ImVec2(static_cast<float>(e.pos.x), static_cast<float>(e.pos.y));
        if (e.button >= 0 && e.button < 5) io.MouseDown[e.button] = e.type == InputEvent::MouseDown;
        io.KeyShift = (e.mods & GLFW_MOD_SHIFT) != 0;
        io.KeyCtrl = (e.mods & GLFW_MOD_CONTROL) != 0;
        return used;
      case InputEvent::Scroll:
        io.MouseWheelH += static_cast<float>(e.pos.x);
        io.MouseWheel += static_cast<float>(e.pos.y);
        break;
      case InputEvent::Key:
        if (e.key >= 0 && e.key < 512) io.KeysDown[e.key] = e.press;
        // X11 reports a modifier's own release with the modifier still in the
        // mods: releasing Ctrl must clear it, or text typed next through an
        // input method (Char events only, no key events) is taken for shortcuts.
        {
          const bool ctrlKey = e.key == GLFW_KEY_LEFT_CONTROL || e.key == GLFW_KEY_RIGHT_CONTROL;
          const bool shiftKey = e.key == GLFW_KEY_LEFT_SHIFT || e.key == GLFW_KEY_RIGHT_SHIFT;
          io.KeyCtrl = ctrlKey ? e.press : (e.mods & GLFW_MOD_CONTROL) != 0;
          io.KeyShift = shiftKey ? e.press : (e.mods & GLFW_MOD_SHIFT) != 0;
        }
        io.KeyAlt = (e.mods & GLFW_MOD_ALT) != 0;
        io.KeySuper = (e.mods & GLFW_MOD_SUPER) != 0;
        if (e.press) return used;  // one key press per frame, like a button
        break;
      case InputEvent::Char: io.AddInputCharacter(e.codepoint); break;
      case InputEvent::Touch: {
        // The first finger down (none other down) is ImGui's mouse, so a tap
        // presses a button; the other fingers are the map's alone.
        const kiosk::TouchEvent& t = e.touch;
        if (t.kind == kiosk::TouchEvent::Down) {
          const bool primary = touches_.empty();
          touches_.insert(t.id);
          if (!primary) break;
          primaryTouch_ = t.id;
        } else if (t.kind == kiosk::TouchEvent::Up || t.kind == kiosk::TouchEvent::Cancel) {
          touches_.erase(t.id);
        }
        if (t.id != primaryTouch_) break;
        io.MousePos = ImVec2(static_cast<float>(t.pos.x), static_cast<float>(t.pos.y));
        if (t.kind == kiosk::TouchEvent::Move) break;
        const bool down = t.kind == kiosk::TouchEvent::Down;
        if (!down) primaryTouch_ = -1;
        if (io.MouseDown[0] == down) break;
        io.MouseDown[0] = down;
        return used;  // one button change per frame
      }
    }
  }
  return used;
}

void ImGuiLayer::newFrame(glm::dvec2 windowSize, glm::ivec2 fb, double dt) {
  activate();
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(windowSize.x), static_cast<float>(windowSize.y));
  io.DisplayFramebufferScale = ImVec2(static_cast<float>(fb.x / windowSize.x), static_cast<float>(fb.y / windowSize.y));
  io.DeltaTime = static_cast<float>(std::clamp(dt, 1e-4, 0.5));
  ImGui_ImplOpenGL3_NewFrame();
  ImGui::NewFrame();
}

void ImGuiLayer::windowRects(std::vector<LayoutRect>& rects, std::vector<std::string>& names) const {
  rects.clear();
  names.clear();
  const ImGuiContext& g = *GImGui;
  const ImGuiWindowFlags skip = ImGuiWindowFlags_ChildWindow | ImGuiWindowFlags_Tooltip | ImGuiWindowFlags_Popup;
  for (const ImGuiWindow* w : g.Windows) {
    if (!w->Active || w->Hidden || w->IsFallbackWindow || (w->Flags & skip)) continue;
    rects.push_back({w->Pos.x, w->Pos.y, w->Size.x, w->Size.y});
    const char* id = std::strstr(w->Name, "###");
    names.emplace_back(id ? id + 3 : w->Name);
  }
}

void ImGuiLayer::render() {
  activate();
  ImGui::Render();
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

}  // namespace ps::viewer
