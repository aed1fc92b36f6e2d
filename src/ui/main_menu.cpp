// Menu bar: file (open, save, recent), view (panels, camera), language.
#include <imgui.h>

#include <filesystem>

#include "viewer/commands.h"
#include "viewer/measure.h"
#include "viewer/stats.h"
#include "ui/file_picker.h"
#include "ui/ui_context.h"
#include "viewer/save_target.h"

namespace ps::ui {

void drawMainMenu(UiContext& ui) {
  auto& s = ui.s;
  bool openDialog = s.openDialog, saveDialog = false;  // s.openDialog: Ctrl+O
  s.openDialog = false;
  if (ImGui::BeginMainMenuBar()) {
    if (ImGui::BeginMenu(ui.label("menu.file").c_str())) {
      if (ImGui::MenuItem(ui.tr("menu.open"), "Ctrl+O")) openDialog = true;
      if (ImGui::MenuItem(ui.tr("menu.save"), "Ctrl+S", false, s.hasData())) ui.req.save = s.scenePath;
      if (ImGui::MenuItem(ui.tr("menu.save_as"), nullptr, false, s.hasData())) saveDialog = true;
      if (ImGui::BeginMenu(ui.tr("menu.recent"), !s.recent.empty())) {
        for (const std::string& r : s.recent)
          if (ImGui::MenuItem(r.c_str())) ui.req.open = r;
        ImGui::EndMenu();
      }
      ImGui::Separator();
      if (ImGui::MenuItem(ui.tr("menu.export_film"), nullptr, false, s.hasData())) s.film.open = true;
      ImGui::Separator();
      if (ImGui::MenuItem(ui.tr("menu.quit"))) ui.req.quit = true;
      ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(ui.label("menu.view").c_str())) {
      ImGui::MenuItem(ui.tr("panel.search"), nullptr, &s.panels.search);
      ImGui::MenuItem(ui.tr("panel.layers"), nullptr, &s.panels.layers);
      ImGui::MenuItem(ui.tr("panel.filters"), nullptr, &s.panels.filters);
      ImGui::MenuItem(ui.tr("panel.inspector"), nullptr, &s.panels.inspector);
      ImGui::MenuItem(ui.tr("panel.stories"), nullptr, &s.panels.stories);
      ImGui::MenuItem(ui.tr("panel.legend"), nullptr, &s.panels.legend);
      ImGui::MenuItem(ui.tr("panel.table"), nullptr, &s.panels.table);
      ImGui::MenuItem(ui.tr("panel.stats"), nullptr, &s.panels.stats);
      // The ring panel is the statistics window grouped by knowledge ring.
      if (ImGui::MenuItem(ui.tr("panel.rings"), nullptr, false, s.hasData())) {
        s.panels.stats = true;
        viewer::statsSetBy(s, analysis::StatsBy::Ring, viewer::statsSession(s).mergeRings);
      }
      ImGui::MenuItem(ui.tr("panel.time"), nullptr, &s.panels.time);
      ImGui::MenuItem(ui.tr("panel.overlays"), nullptr, &s.panels.overlays);
      ImGui::Separator();
      const bool measuring = s.measure.active;
      if (ImGui::MenuItem(ui.tr("menu.measure_distance"), "M", measuring && s.measure.mode == viewer::MeasureMode::Distance,
                          s.hasData()))
        viewer::measureToggle(s, viewer::MeasureMode::Distance);
      if (ImGui::MenuItem(ui.tr("menu.measure_area"), "Shift+M", measuring && s.measure.mode == viewer::MeasureMode::Area,
                          s.hasData()))
        viewer::measureToggle(s, viewer::MeasureMode::Area);
      ImGui::Separator();
      if (ImGui::MenuItem(ui.tr("nav.reset"), "R")) viewer::resetView(s);
      if (ImGui::MenuItem(ui.tr("nav.north_up"), "N")) viewer::northUp(s);
      if (ImGui::MenuItem(ui.tr("menu.fullscreen"), "F11", s.fullscreen)) ui.req.toggleFullscreen = true;
      ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(ui.label("menu.language").c_str())) {
      // Each language names itself, so anyone can find their way back.
      if (ImGui::MenuItem(ui.tr("lang.chinese"), nullptr, s.lang == Lang::Zh)) viewer::setLanguage(s, Lang::Zh);
      if (ImGui::MenuItem(ui.tr("lang.english"), nullptr, s.lang == Lang::En)) viewer::setLanguage(s, Lang::En);
      ImGui::EndMenu();
    }
    if (s.hasData()) {
      const std::string& t = s.lang == Lang::En && !s.data->scene.titleEn.empty() ? s.data->scene.titleEn : s.data->scene.title;
      ImGui::SameLine(ImGui::GetWindowWidth() * 0.5f - ImGui::CalcTextSize(t.c_str()).x * 0.5f);
      ImGui::TextUnformatted(t.c_str());
    }
    ImGui::EndMainMenuBar();
  }
  // The file picker (ui/file_picker.h): Open lists scenes and GIS files;
  // Save-as starts on the proposed new file in the user's folder.
  static FilePicker openPicker, savePicker;
  if (openDialog)
    openFilePicker(openPicker, s.scenePath.empty() ? std::string() : std::filesystem::path(s.scenePath).parent_path().string(),
                   false, {".toml", ".gpkg", ".geojson", ".json", ".shp", ".fgb", ".kml", ".csv", ".gml"});
  if (saveDialog) {
    const std::string proposed = viewer::proposedSavePath(s.scenePath);
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(proposed).parent_path(), ec);
    openFilePicker(savePicker, proposed, true, {".toml"});
  }
  const TrFn tr = [&](const char* key) { return ui.tr(key); };
  if (auto p = drawFilePicker(openPicker, "##open_dialog", ui.tr("dialog.open_prompt"), ui.scale, tr)) ui.req.open = *p;
  if (auto p = drawFilePicker(savePicker, "##save_dialog", ui.tr("dialog.save_prompt"), ui.scale, tr)) ui.req.save = *p;
}

}  // namespace ps::ui
