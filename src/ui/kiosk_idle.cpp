// "Still there?" and the attract loop's overlay.
#include <string>

#include <imgui.h>

#include "ui/kiosk_ui.h"
#include "viewer/kiosk_session.h"

namespace ps::ui {

void drawKioskIdle(UiContext& ui) {
  viewer::KioskSession& k = *ui.s.kiosk;
  const ImVec2 vp(static_cast<float>(ui.viewport.x), static_cast<float>(ui.viewport.y));
  if (k.attract) {
    // A full-screen catcher: the touch that ends the loop presses nothing beneath it.
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(vp);
    ImGui::SetNextWindowBgAlpha(0.0f);
    ImGui::Begin("##kiosk.attract", nullptr, kioskWindowFlags() | ImGuiWindowFlags_NoBringToFrontOnFocus);
    const char* text = ui.tr("kiosk.touch_to_explore");
    ui.shown.push_back(text);
    if (ui.largeFont) ImGui::PushFont(ui.largeFont);
    const ImVec2 sz = ImGui::CalcTextSize(text);
    const ImVec2 at((vp.x - sz.x) * 0.5f, vp.y * 0.82f);
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x - 32, at.y - 20), ImVec2(at.x + sz.x + 32, at.y + sz.y + 20),
                                              IM_COL32(20, 30, 45, 200), 16);
    ImGui::GetWindowDrawList()->AddText(at, IM_COL32(255, 255, 255, 255), text);
    if (ui.largeFont) ImGui::PopFont();
    ImGui::End();
    return;
  }
  if (k.idle.phase() != kiosk::IdlePhase::Countdown) return;
  ImGui::SetNextWindowPos(ImVec2(vp.x * 0.5f, vp.y * 0.45f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowBgAlpha(0.96f);
  ImGui::Begin("##kiosk.countdown", nullptr, kioskWindowFlags() | ImGuiWindowFlags_AlwaysAutoResize);
  if (ui.largeFont) ImGui::PushFont(ui.largeFont);
  ImGui::TextUnformatted(ui.tr("kiosk.still_there"));
  if (ui.largeFont) ImGui::PopFont();
  ui.shown.push_back(ui.tr("kiosk.still_there"));
  ImGui::TextUnformatted(substitute(ui.tr("kiosk.returning"), {{"n", std::to_string(k.idle.countdownLeft(ui.s.now))}}).c_str());
  // Any touch carries on (kioskInput); the button says so.
  kioskButton(ui, "continue", ui.tr("kiosk.continue"), 360 * ui.scale / 1.6f, 0);
  ImGui::End();
}

}  // namespace ps::ui
