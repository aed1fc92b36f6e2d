// The visitor's card (a tapped park or building) and the park list (search
// by picking: no keyboard at a kiosk).
#include <algorithm>

#include <imgui.h>

#include "core/sectors.h"
#include "ui/kiosk_ui.h"
#include "viewer/kiosk_session.h"

namespace ps::ui {

void drawKioskCard(UiContext& ui) {
  viewer::KioskSession& k = *ui.s.kiosk;
  const viewer::KioskCard c = viewer::kioskCard(ui.s, *k.card);
  const float w = 520 * ui.scale / 1.6f;
  ImGui::SetNextWindowPos(ImVec2(static_cast<float>(ui.viewport.x) - 24, 170), ImGuiCond_Always, ImVec2(1, 0));
  ImGui::SetNextWindowSize(ImVec2(w, 0));
  ImGui::SetNextWindowBgAlpha(0.94f);
  ImGui::Begin("##kiosk.card", nullptr, kioskWindowFlags() | ImGuiWindowFlags_AlwaysAutoResize);
  if (ui.largeFont) ImGui::PushFont(ui.largeFont);
  ImGui::TextWrapped("%s", c.name.c_str());
  if (ui.largeFont) ImGui::PopFont();
  ui.shown.push_back(c.name);
  ImGui::TextDisabled("%s", c.layerTitle.c_str());
  ImGui::Separator();
  if (const Sector* sec = c.sectorId.empty() ? nullptr : findSector(c.sectorId)) {
    const ImVec4 col(((sec->rgb >> 16) & 255) / 255.0f, ((sec->rgb >> 8) & 255) / 255.0f, (sec->rgb & 255) / 255.0f, 1);
    ImGui::Text("%s", ui.tr("kiosk.sector"));
    ImGui::SameLine();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float r = ImGui::GetTextLineHeight() * 0.35f;
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + r, p.y + ImGui::GetTextLineHeight() * 0.5f), r,
                                                ImGui::ColorConvertFloat4ToU32(col));
    ImGui::Dummy(ImVec2(2.5f * r, ImGui::GetTextLineHeight()));
    ImGui::SameLine();
    ImGui::TextUnformatted(std::string(ui.s.lang == Lang::En ? sec->en : sec->zh).c_str());
  }
  const std::string unit = ui.tr("kiosk.unit_area");
  if (c.gfa >= 0) ImGui::Text("%s  %s %s", ui.tr("kiosk.floor_area"), viewer::kioskArea(c.gfa, ui.s.lang).c_str(), unit.c_str());
  if (c.vacant >= 0) ImGui::Text("%s  %s %s", ui.tr("kiosk.vacant_area"), viewer::kioskArea(c.vacant, ui.s.lang).c_str(), unit.c_str());
  if (c.gfa > 0 && c.vacant >= 0) ImGui::Text("%s  %.1f %%", ui.tr("kiosk.vacancy"), 100.0 * c.vacant / c.gfa);
  if (c.sample) {
    ImGui::TextColored(ImVec4(0.75f, 0.35f, 0.1f, 1), "%s", ui.tr("kiosk.sample_mark"));
    ui.shown.push_back(ui.tr("kiosk.sample_mark"));
  }
  ImGui::Spacing();
  if (kioskButton(ui, "card_close", ui.tr("kiosk.close"), w - 32, 0)) viewer::kioskCloseCard(ui.s);
  ImGui::End();
}

void drawKioskParkList(UiContext& ui) {
  const float w = 640 * ui.scale / 1.6f, h = static_cast<float>(ui.viewport.y) * 0.62f;
  ImGui::SetNextWindowPos(ImVec2(static_cast<float>(ui.viewport.x) * 0.5f, static_cast<float>(ui.viewport.y) * 0.45f),
                          ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(w, h));
  ImGui::Begin("##kiosk.parks", nullptr, kioskWindowFlags() & ~ImGuiWindowFlags_NoScrollbar);
  ImGui::TextUnformatted(ui.tr("kiosk.pick_park"));
  ui.shown.push_back(ui.tr("kiosk.pick_park"));
  const auto parks = viewer::kioskParkList(ui.s);
  const float rowH = ui.s.kiosk->targetPx;
  ImGui::BeginChild("##kiosk.parklist", ImVec2(0, h - rowH * 2.6f), false);
  for (size_t i = 0; i < parks.size(); ++i) {
    const std::string label = parks[i].second + "##park" + std::to_string(i);
    if (kioskButton(ui, "park:" + std::to_string(i), label.c_str(), ImGui::GetContentRegionAvail().x, rowH))
      viewer::kioskPickPark(ui.s, parks[i].first, ui.viewport);
  }
  ImGui::EndChild();
  if (kioskButton(ui, "parks_close", ui.tr("kiosk.close"), ImGui::GetContentRegionAvail().x, 0))
    ui.s.kiosk->searchOpen = false;
  ImGui::End();
}

}  // namespace ps::ui
