#include <imgui.h>

#include "ui/ui_context.h"

namespace ps::ui {

void drawUi(UiContext& ui) {
  ui.shown.clear();
  drawMainMenu(ui);
  drawMapFurniture(ui);
  if (ui.s.panels.search) drawSearchPanel(ui);
  if (ui.s.panels.layers) drawLayersPanel(ui);
  if (ui.s.panels.filters) drawFilterPanel(ui);
  if (ui.s.panels.inspector) drawInspectorPanel(ui);
  if (ui.s.panels.legend) drawLegendPanel(ui);
  if (ui.s.panels.time) drawTimePanel(ui);
  if (ui.s.panels.table) drawTablePanel(ui);
  if (ui.s.panels.stats) drawStatsPanel(ui);
  if (ui.s.panels.overlays) drawOverlayPanel(ui);
  drawStatusBar(ui);
}

}  // namespace ps::ui
