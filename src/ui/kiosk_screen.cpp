// The visitor's screen: title, the seven sectors (colour + name) with the
// chosen sector's figures, and the bottom bar (near universities, vacant
// space, find a park, language, home).
#include <algorithm>

#include <imgui.h>

#include "core/sectors.h"
#include "ui/kiosk_ui.h"
#include "viewer/kiosk_session.h"
#include "viewer/story_session.h"

namespace ps::ui {
namespace {

using viewer::KioskSession;

ImU32 sectorColor(const Sector& sec, float alpha = 1.0f) {
  return ImGui::ColorConvertFloat4ToU32(ImVec4(((sec.rgb >> 16) & 255) / 255.0f, ((sec.rgb >> 8) & 255) / 255.0f,
                                               (sec.rgb & 255) / 255.0f, alpha));
}

float targetPx(const UiContext& ui) { return std::max(ui.s.kiosk->targetPx, 48.0f * ui.scale / 1.6f); }

void drawTitle(UiContext& ui) {
  const float w = static_cast<float>(ui.viewport.x);
  ImGui::SetNextWindowPos(ImVec2(w * 0.5f, 24), ImGuiCond_Always, ImVec2(0.5f, 0));
  ImGui::SetNextWindowBgAlpha(0.85f);
  ImGui::Begin("##kiosk.title", nullptr, kioskWindowFlags() | ImGuiWindowFlags_AlwaysAutoResize);
  if (ui.largeFont) ImGui::PushFont(ui.largeFont);
  ImGui::TextUnformatted(ui.tr("kiosk.title"));
  if (ui.largeFont) ImGui::PopFont();
  ImGui::TextDisabled("%s", ui.tr("kiosk.hint"));
  ui.shown.push_back(ui.tr("kiosk.title"));
  ImGui::End();
}

// The chosen sector's figures, beside its button.
void sectorFigures(UiContext& ui, const KioskSession& k, ImVec2 at) {
  auto it = k.sectorFigures.find(k.sector);
  if (it == k.sectorFigures.end()) return;
  const viewer::KioskSectorFigures& f = it->second;
  const std::string unit = ui.tr("kiosk.unit_area");
  ImGui::SetNextWindowPos(at, ImGuiCond_Always);
  ImGui::SetNextWindowBgAlpha(0.92f);
  ImGui::Begin("##kiosk.figures", nullptr, kioskWindowFlags() | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoInputs);
  const Sector* sec = findSector(k.sector);
  if (sec) ImGui::TextUnformatted(std::string(ui.s.lang == Lang::En ? sec->en : sec->zh).c_str());
  ImGui::Separator();
  ImGui::Text("%s  %.0f", ui.tr("kiosk.parks"), f.parks);
  ImGui::Text("%s  %.0f", ui.tr("kiosk.buildings"), f.buildings);
  ImGui::Text("%s  %s %s", ui.tr("kiosk.floor_area"), viewer::kioskArea(f.gfa, ui.s.lang).c_str(), unit.c_str());
  if (f.gfa > 0) ImGui::Text("%s  %.1f %%", ui.tr("kiosk.vacancy"), 100.0 * f.vacant / f.gfa);
  ImGui::TextDisabled("%s", ui.tr("kiosk.sample_mark"));
  ImGui::End();
}

void drawSectors(UiContext& ui) {
  KioskSession& k = *ui.s.kiosk;
  const float h = targetPx(ui) * 1.15f, w = 330 * ui.scale / 1.6f;
  const float top = std::max(170.0f, 30.0f * static_cast<float>(k.pxPerMm));  // below the admin corner
  ImGui::SetNextWindowPos(ImVec2(24, top), ImGuiCond_Always);
  ImGui::SetNextWindowBgAlpha(0.88f);
  ImGui::Begin("##kiosk.sectors", nullptr, kioskWindowFlags() | ImGuiWindowFlags_AlwaysAutoResize);
  ImVec2 figuresAt(-1, -1);
  ImGui::TextUnformatted(ui.tr("kiosk.sectors"));
  ui.shown.push_back(ui.tr("kiosk.sectors"));
  for (const Sector& sec : sectors()) {
    const std::string id(sec.id);
    const std::string name(ui.s.lang == Lang::En ? sec.en : sec.zh);
    ImVec2 p = ImGui::GetCursorScreenPos();
    if (kioskButton(ui, "sector:" + id, ("      " + name + "##" + id).c_str(), w, h, k.sector == id))
      viewer::kioskShowSector(ui.s, id, ui.viewport);
    const float r = h * 0.22f;
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + h * 0.45f, p.y + h * 0.5f), r, sectorColor(sec));
    if (k.sector == id) figuresAt = ImVec2(p.x + w + 40, p.y);
  }
  ImGui::End();
  if (figuresAt.x >= 0) sectorFigures(ui, k, figuresAt);
}

void drawBottomBar(UiContext& ui) {
  KioskSession& k = *ui.s.kiosk;
  const auto& c = k.profile.controls;
  const float h = targetPx(ui) * 1.3f, w = 250 * ui.scale / 1.6f;
  ImGui::SetNextWindowPos(ImVec2(static_cast<float>(ui.viewport.x) * 0.5f, static_cast<float>(ui.viewport.y) - 24),
                          ImGuiCond_Always, ImVec2(0.5f, 1));
  ImGui::SetNextWindowBgAlpha(0.88f);
  ImGui::Begin("##kiosk.bar", nullptr, kioskWindowFlags() | ImGuiWindowFlags_AlwaysAutoResize);
  bool first = true;
  auto next = [&] {
    if (!first) ImGui::SameLine();
    first = false;
  };
  if (c.rings) {
    next();
    if (kioskButton(ui, "rings", ui.tr("kiosk.near_universities"), w, h, k.rings)) viewer::kioskSetRings(ui.s, !k.rings);
  }
  if (c.vacant) {
    next();
    if (kioskButton(ui, "vacant", ui.tr("kiosk.vacant_space"), w, h, k.vacant)) viewer::kioskSetVacant(ui.s, !k.vacant);
  }
  if (c.search) {
    next();
    if (kioskButton(ui, "find", ui.tr("kiosk.find_park"), w, h, k.searchOpen)) k.searchOpen = !k.searchOpen;
  }
  if (c.language && k.profile.languages.size() > 1) {
    for (Lang l : k.profile.languages) {
      next();
      const char* text = ui.tr(l == Lang::Zh ? "lang.chinese" : "lang.english");
      if (kioskButton(ui, std::string("lang:") + langCode(l), text, w * 0.6f, h, ui.s.lang == l))
        viewer::kioskSetLanguage(ui.s, l);
    }
  }
  if (c.home) {
    next();
    if (kioskButton(ui, "home", ui.tr("kiosk.home"), w * 0.7f, h)) viewer::kioskHome(ui.s);
  }
  ImGui::End();
}

void drawSampleNote(UiContext& ui) {
  if (!ui.s.kiosk->profile.sampleData) return;
  ImGui::SetNextWindowPos(ImVec2(static_cast<float>(ui.viewport.x) - 24, 24), ImGuiCond_Always, ImVec2(1, 0));
  ImGui::SetNextWindowBgAlpha(0.7f);
  ImGui::Begin("##kiosk.sample", nullptr, kioskWindowFlags() | ImGuiWindowFlags_AlwaysAutoResize |
                                              ImGuiWindowFlags_NoInputs);
  ImGui::TextUnformatted(ui.tr("kiosk.sample_data"));
  ui.shown.push_back(ui.tr("kiosk.sample_data"));
  ImGui::End();
}

}  // namespace

int kioskWindowFlags() {
  return ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
         ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoScrollbar;
}

bool kioskButton(UiContext& ui, const std::string& id, const char* text, float w, float h, bool active) {
  const float t = targetPx(ui);
  w = std::max(w, t);
  h = std::max(h, t);
  ImVec2 p = ImGui::GetCursorScreenPos();
  if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
  bool pressed = ImGui::Button(text, ImVec2(w, h));
  if (active) ImGui::PopStyleColor();
  ui.s.kiosk->buttons[id] = glm::vec4(p.x, p.y, w, h);
  return pressed;
}

void drawKioskControls(UiContext& ui) {
  drawTitle(ui);
  if (ui.s.kiosk->profile.controls.sectors) drawSectors(ui);
  drawBottomBar(ui);
  drawSampleNote(ui);
}

void drawKioskUi(UiContext& ui) {
  ui.shown.clear();
  if (!ui.s.kiosk) return;
  ui.s.kiosk->buttons.clear();
  ImGuiStyle& st = ImGui::GetStyle();
  st.FrameRounding = st.WindowRounding = 10;
  st.FramePadding = ImVec2(14, 10);
  st.ItemSpacing = ImVec2(12, 12);
  st.WindowPadding = ImVec2(16, 16);
  if (ui.s.kiosk->attract) {
    if (viewer::presenting(ui.s)) drawStoryPresenter(ui);  // the attract story's caption card and dots
    drawKioskIdle(ui);  // the attract overlay: the map turns behind it
    return;
  }
  drawKioskControls(ui);
  if (ui.s.kiosk->card) drawKioskCard(ui);
  if (ui.s.kiosk->searchOpen) drawKioskParkList(ui);
  drawKioskIdle(ui);
  drawKioskAdmin(ui);
}

}  // namespace ps::ui
