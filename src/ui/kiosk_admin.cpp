// The admin keypad (after the long press in a corner) and the admin panel:
// exit, home language, idle times, the last errors.
#include <algorithm>
#include <cmath>
#include <string>

#include <imgui.h>

#include "ui/kiosk_ui.h"
#include "viewer/kiosk_session.h"

namespace ps::ui {
namespace {

using viewer::KioskSession;

void keypad(UiContext& ui, KioskSession& k) {
  const float key = std::max(k.targetPx * 1.3f, 72.0f);
  ImGui::SetNextWindowPos(ImVec2(static_cast<float>(ui.viewport.x) * 0.5f, static_cast<float>(ui.viewport.y) * 0.5f),
                          ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowBgAlpha(0.97f);
  ImGui::Begin("##kiosk.keypad", nullptr, kioskWindowFlags() | ImGuiWindowFlags_AlwaysAutoResize);
  ImGui::TextUnformatted(ui.tr("kiosk.admin_pin"));
  ui.shown.push_back(ui.tr("kiosk.admin_pin"));
  ImGui::Text("%s", std::string(k.pinEntry.size(), '*').append(k.pinEntry.empty() ? " " : "").c_str());
  if (ui.s.now < k.pinLockedUntil) {
    const int left = static_cast<int>(std::ceil(k.pinLockedUntil - ui.s.now));
    ImGui::TextColored(ImVec4(0.8f, 0.2f, 0.1f, 1), "%s", substitute(ui.tr("kiosk.pin_locked"), {{"n", std::to_string(left)}}).c_str());
  } else if (k.pinFailures > 0) {
    ImGui::TextColored(ImVec4(0.8f, 0.2f, 0.1f, 1), "%s", substitute(ui.tr("kiosk.pin_wrong"), {{"n", std::to_string(k.pinFailures)}}).c_str());
  }
  static const char keys[] = "123456789<0=";
  for (int i = 0; i < 12; ++i) {
    if (i % 3) ImGui::SameLine();
    const char c = keys[i];
    std::string label = c == '<' ? "<" : c == '=' ? std::string(ui.tr("kiosk.ok")) : std::string(1, c);
    if (kioskButton(ui, std::string("key:") + c, (label + "##key" + c).c_str(), key, key)) viewer::kioskKeypad(ui.s, c);
  }
  if (kioskButton(ui, "keypad_cancel", ui.tr("kiosk.cancel"), key * 3 + ImGui::GetStyle().ItemSpacing.x * 2, 0))
    viewer::kioskCloseAdmin(ui.s);
  ImGui::End();
}

void idleTime(UiContext& ui, KioskSession& k, const char* key, double& value, double lo, double hi, double step) {
  ImGui::Text("%s: %.0f", ui.tr(key), value);
  ImGui::SameLine();
  const std::string id(key);
  if (kioskButton(ui, id + ":minus", ("-##" + id).c_str(), k.targetPx, 0)) value = std::max(lo, value - step);
  ImGui::SameLine();
  if (kioskButton(ui, id + ":plus", ("+##" + id).c_str(), k.targetPx, 0)) value = std::min(hi, value + step);
}

void panel(UiContext& ui, KioskSession& k) {
  ImGui::SetNextWindowPos(ImVec2(static_cast<float>(ui.viewport.x) * 0.5f, static_cast<float>(ui.viewport.y) * 0.5f),
                          ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(760 * ui.scale / 1.6f, 0));
  ImGui::SetNextWindowBgAlpha(0.97f);
  ImGui::Begin("##kiosk.admin", nullptr, kioskWindowFlags() | ImGuiWindowFlags_AlwaysAutoResize);
  ImGui::TextUnformatted(ui.tr("kiosk.admin"));
  ui.shown.push_back(ui.tr("kiosk.admin"));
  ImGui::TextDisabled("%s", k.profile.path.c_str());
  ImGui::TextDisabled("%s", substitute(ui.tr("kiosk.target_size"), {{"mm", std::to_string(static_cast<int>(k.profile.display.minTargetMm))},
                                                                     {"px", std::to_string(static_cast<int>(k.targetPx))}}).c_str());
  ImGui::Separator();
  ImGui::TextUnformatted(ui.tr("kiosk.home_language"));
  for (size_t i = 0; i < k.profile.languages.size(); ++i) {
    const Lang l = k.profile.languages[i];
    if (i) ImGui::SameLine();
    if (kioskButton(ui, std::string("home_lang:") + langCode(l), ui.tr(l == Lang::Zh ? "lang.chinese" : "lang.english"),
                    160, 0, i == 0)) {
      std::rotate(k.profile.languages.begin(), k.profile.languages.begin() + static_cast<long>(i), k.profile.languages.begin() + static_cast<long>(i) + 1);
      viewer::kioskSetLanguage(ui.s, l);
    }
  }
  kiosk::IdleTimes t = k.idle.times();
  idleTime(ui, k, "kiosk.idle_after", t.countdownAfterS, 10, 3600, 10);
  idleTime(ui, k, "kiosk.countdown", t.countdownS, 3, 120, 5);
  k.idle.setTimes(t);
  k.profile.idle = t;
  ImGui::Text("%s: %s", ui.tr("kiosk.attract"),
              k.profile.attractStory.empty() ? ui.tr("kiosk.attract_orbit") : k.profile.attractStory.c_str());
  ImGui::Separator();
  ImGui::TextUnformatted(ui.tr("kiosk.last_errors"));
  if (k.errors.empty()) ImGui::TextDisabled("%s", ui.tr("kiosk.no_errors"));
  for (auto it = k.errors.rbegin(); it != k.errors.rend() && it - k.errors.rbegin() < 6; ++it) ImGui::TextWrapped("%s", it->c_str());
  ImGui::Separator();
  if (kioskButton(ui, "admin_exit", ui.tr("kiosk.exit"), 260, 0)) {
    k.exit = true;
    ui.req.quit = true;
  }
  ImGui::SameLine();
  if (kioskButton(ui, "admin_close", ui.tr("kiosk.close"), 260, 0)) viewer::kioskCloseAdmin(ui.s);
  ImGui::End();
}

}  // namespace

void drawKioskAdmin(UiContext& ui) {
  KioskSession& k = *ui.s.kiosk;
  if (k.admin == KioskSession::Admin::Keypad) keypad(ui, k);
  else if (k.admin == KioskSession::Admin::Panel) panel(ui, k);
}

}  // namespace ps::ui
