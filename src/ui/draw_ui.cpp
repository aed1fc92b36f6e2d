#include <imgui.h>

#include "ui/siting_panel.h"
#include "ui/ui_context.h"
#include "viewer/siting.h"
#include "viewer/story_session.h"

namespace ps::ui {

void drawUi(UiContext& ui) {
  ui.shown.clear();
  beginLayout(ui);
  drawMainMenu(ui);
  drawMapFurniture(ui);
  if (ui.s.panels.search) drawSearchPanel(ui);
  if (ui.s.hasData()) drawSidebarTabs(ui);
  if (ui.s.panels.layers) drawLayersPanel(ui);
  if (ui.s.panels.filters) drawFilterPanel(ui);
  if (ui.s.panels.inspector) drawInspectorPanel(ui);
  if (ui.s.panels.legend) drawLegendPanel(ui);
  if (ui.s.panels.time) drawTimePanel(ui);
  if (ui.s.panels.table) drawTablePanel(ui);
  if (ui.s.panels.stats) drawStatsPanel(ui);
  if (ui.s.panels.overlays) drawOverlayPanel(ui);
  drawMeasurePanel(ui);
  drawStatusBar(ui);
}

namespace {

// The "View" menu gains the siting window (appended to the menu drawMainMenu made).
void sitingMenuItem(UiContext& ui) {
  if (ImGui::BeginMainMenuBar()) {
    if (ImGui::BeginMenu((std::string(ui.s.tr("menu.view")) + "###menu.view").c_str())) {
      ImGui::MenuItem(ui.s.tr("panel.siting"), nullptr, &ui.s.panels.siting);
      ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
  }
}

void drawSitingWindow(UiContext& ui) {
  viewer::sitingMapSync(ui.s);
  viewer::SitingSession* ss = viewer::sitingForPanel(ui.s);
  if (!ss) return;
  // In the sidebar (ui/panel_layout.cpp).
  placePanel(ui, "panel.siting");
  const SitingPanelOutput o = drawSitingPanel(ss->ui, ss->result ? &*ss->result : nullptr);
  viewer::sitingHandle(ui.s, o, ui.viewport);
}

}  // namespace

void drawViewerUi(UiContext& ui) {
  if (viewer::presenting(ui.s)) {
    drawStoryPresenter(ui);
    return;
  }
  drawUi(ui);
  sitingMenuItem(ui);
  drawSitingWindow(ui);
  drawStoriesPanel(ui);
  drawFilmPanel(ui);
  drawImportDialog(ui);
}

}  // namespace ps::ui
