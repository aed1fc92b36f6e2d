// Map furniture: labels, hover tooltip, scale bar, north arrow, on-screen
// navigation buttons (finger-sized), drawn over the map, under the panels.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include <imgui.h>

#include "viewer/commands.h"
#include "ui/ui_context.h"

namespace ps::ui {
namespace {

constexpr double kPi = 3.14159265358979323846;

// 1, 2, 5 x 10^n metres not longer than `maxMetres`.
double niceLength(double maxMetres) {
  double p = std::pow(10.0, std::floor(std::log10(std::max(maxMetres, 1e-6))));
  for (double m : {5.0, 2.0, 1.0})
    if (m * p <= maxMetres) return m * p;
  return p;
}

void haloText(ImDrawList* dl, ImFont* font, float size, ImVec2 p, ImU32 col, ImU32 halo, const char* text) {
  // Eight offset copies form a halo that keeps text readable over any background.
  for (int dx = -1; dx <= 1; ++dx)
    for (int dy = -1; dy <= 1; ++dy)
      if (dx || dy) dl->AddText(font, size, ImVec2(p.x + 1.5f * static_cast<float>(dx), p.y + 1.5f * static_cast<float>(dy)), halo, text);
  dl->AddText(font, size, p, col, text);
}

void navButtons(UiContext& ui) {
  auto& s = ui.s;
  const float sc = ui.scale;
  const float b = 46 * sc;  // at least 9 mm on a 96-dpi screen: a fingertip
  // Left of the right-hand panels (viewer/layout.h), centred in the free map: reachable, never covered.
  const viewer::Layout& L = s.layout.current;
  double right = s.panels.legend ? L.legend.x : L.viewport.x;
  if (L.inspectorShown) right = std::min(right, L.inspector.x);
  const float w = b + 2 * ImGui::GetStyle().WindowPadding.x;
  const float x = static_cast<float>(right) - 8 * sc - w;
  const float y = std::max(static_cast<float>(L.map.y) + 8 * sc, static_cast<float>(L.map.centre().y) - 4.2f * b);
  ImGui::SetNextWindowPos(ImVec2(x, y), ImGuiCond_Always);
  ImGui::SetNextWindowBgAlpha(0.85f);
  const ImGuiWindowFlags f = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                             ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav;
  if (ImGui::Begin("##nav", nullptr, f)) {
    auto button = [&](const char* text, const char* tipKey) {
      bool pressed = ImGui::Button((std::string(text) + "##" + tipKey).c_str(), ImVec2(b, b));
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ui.tr(tipKey));
      return pressed;
    };
    OrbitCamera to = s.fly.active ? s.fly.flight.to : s.camera;
    if (button(ui.tr("nav.sym.zoom_in"), "nav.zoom_in")) { to.distance *= 0.5; viewer::flyTo(s, to, 0.35); }
    if (button(ui.tr("nav.sym.zoom_out"), "nav.zoom_out")) { to.distance *= 2.0; viewer::flyTo(s, to, 0.35); }
    if (button(ui.tr("nav.sym.tilt_more"), "nav.tilt_more")) { to.pitchDeg += 15; viewer::flyTo(s, to, 0.35); }
    if (button(ui.tr("nav.sym.tilt_less"), "nav.tilt_less")) { to.pitchDeg -= 15; viewer::flyTo(s, to, 0.35); }
    if (button(ui.tr("nav.sym.rotate_left"), "nav.rotate_left")) { to.bearingDeg -= 22.5; viewer::flyTo(s, to, 0.35); }
    if (button(ui.tr("nav.sym.rotate_right"), "nav.rotate_right")) { to.bearingDeg += 22.5; viewer::flyTo(s, to, 0.35); }
    // North arrow doubles as the north-up button.
    ImVec2 p = ImGui::GetCursorScreenPos();
    if (ImGui::InvisibleButton("##north", ImVec2(b, b))) viewer::northUp(s);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ui.tr("nav.north_up"));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 c(p.x + b * 0.5f, p.y + b * 0.5f);
    const float a = static_cast<float>(-s.camera.bearingDeg * kPi / 180.0), r = b * 0.38f;
    auto rot = [&](float px, float py) {
      return ImVec2(c.x + px * std::cos(a) - py * std::sin(a), c.y + px * std::sin(a) + py * std::cos(a));
    };
    dl->AddCircleFilled(c, b * 0.48f, IM_COL32(255, 255, 255, 230));
    dl->AddTriangleFilled(rot(0, -r), rot(-r * 0.4f, 0), rot(r * 0.4f, 0), IM_COL32(200, 40, 40, 255));
    dl->AddTriangleFilled(rot(0, r), rot(-r * 0.4f, 0), rot(r * 0.4f, 0), IM_COL32(90, 90, 90, 255));
    const char* n = ui.tr("nav.north_letter");
    ImVec2 ts = ImGui::CalcTextSize(n);
    ImVec2 np = rot(0, -r - ts.y * 0.1f);
    dl->AddText(ImVec2(np.x - ts.x * 0.5f, np.y - ts.y), IM_COL32(200, 40, 40, 255), n);
    if (button(ui.tr("nav.sym.reset"), "nav.reset")) viewer::resetView(s);
  }
  ImGui::End();
}

}  // namespace

void drawMapLabels(UiContext& ui) {
  ImDrawList* bg = ImGui::GetBackgroundDrawList();
  ImFont* font = ImGui::GetFont();
  for (const PlacedLabel& l : ui.labels) {
    ImFont* f = l.large && ui.largeFont ? ui.largeFont : font;
    const float size = f->FontSize;
    ImVec2 ts = f->CalcTextSizeA(size, 1e9f, 0, l.text.c_str());
    haloText(bg, f, size, ImVec2(l.pos.x - ts.x * 0.5f, l.pos.y - ts.y * 0.5f), l.color, l.halo, l.text.c_str());
  }
}

void drawMapFurniture(UiContext& ui) {
  auto& s = ui.s;
  const float sc = ui.scale;
  ImDrawList* bg = ImGui::GetBackgroundDrawList();
  drawMapLabels(ui);
  if (!ui.hoverText.empty() && !ImGui::GetIO().WantCaptureMouse) ImGui::SetTooltip("%s", ui.hoverText.c_str());

  // Scale bar, bottom left above the status bar.
  if (s.hasData() && ui.metresPerPixel > 0) {
    const double maxPx = 160 * sc;
    const double len = niceLength(ui.metresPerPixel * maxPx);
    const float px = static_cast<float>(len / ui.metresPerPixel);
    const float x0 = 360 * sc, y0 = static_cast<float>(ui.viewport.y) - 46 * sc;
    bg->AddRectFilled(ImVec2(x0 - 6 * sc, y0 - 20 * sc), ImVec2(x0 + px + 6 * sc, y0 + 6 * sc), IM_COL32(255, 255, 255, 200), 3);
    bg->AddLine(ImVec2(x0, y0), ImVec2(x0 + px, y0), IM_COL32(30, 30, 30, 255), 2.0f * sc);
    bg->AddLine(ImVec2(x0, y0 - 6 * sc), ImVec2(x0, y0), IM_COL32(30, 30, 30, 255), 2.0f * sc);
    bg->AddLine(ImVec2(x0 + px, y0 - 6 * sc), ImVec2(x0 + px, y0), IM_COL32(30, 30, 30, 255), 2.0f * sc);
    char buf[64];
    if (len >= 1000) std::snprintf(buf, sizeof buf, "%g %s", len / 1000.0, ui.tr("unit.km"));
    else std::snprintf(buf, sizeof buf, "%g %s", len, ui.tr("unit.m"));
    bg->AddText(ImVec2(x0 + 2 * sc, y0 - 19 * sc), IM_COL32(30, 30, 30, 255), buf);
  }
  navButtons(ui);
}

}  // namespace ps::ui
