// The measure tool's result box (viewer/measure.h): mode, the geodesic
// length / area in m, km, m², 公顷 and 亩, and how to draw. Shown at the top
// of the free map area while the tool is on; the drawing itself is the map's.
#include <string>

#include <imgui.h>

#include "viewer/measure.h"
#include "ui/ui_context.h"

namespace ps::ui {

void drawMeasurePanel(UiContext& ui) {
  auto& s = ui.s;
  const viewer::MeasureState& m = s.measure;
  if (!m.active || !s.hasData()) return;
  const float sc = ui.scale;
  const viewer::LayoutRect& map = s.layout.current.map;
  const float top = static_cast<float>(map.empty() ? 40.0 * sc : map.y + 8.0 * sc);
  const float cx = static_cast<float>(map.empty() ? ui.viewport.x * 0.5 : map.centre().x);
  ImGui::SetNextWindowPos(ImVec2(cx, top), ImGuiCond_Always, ImVec2(0.5f, 0.0f));
  ImGui::SetNextWindowBgAlpha(0.92f);
  const ImGuiWindowFlags f = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                             ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoMove;
  if (!ImGui::Begin(ui.label("measure.title").c_str(), nullptr, f)) {
    ImGui::End();
    return;
  }
  const bool area = m.mode == viewer::MeasureMode::Area;
  ImGui::TextUnformatted(ui.tr("measure.title"));
  ImGui::SameLine();
  if (ImGui::RadioButton(ui.tr("measure.mode_distance"), !area)) viewer::measureSetMode(s, viewer::MeasureMode::Distance);
  ImGui::SameLine();
  if (ImGui::RadioButton(ui.tr("measure.mode_area"), area)) viewer::measureSetMode(s, viewer::MeasureMode::Area);
  ImGui::SameLine();
  if (ImGui::SmallButton(ui.tr("measure.undo"))) viewer::measureRemoveLast(s);
  ImGui::SameLine();
  if (ImGui::SmallButton(ui.tr("measure.close"))) viewer::measureCancel(s);
  ImGui::Separator();
  if (!m.geodesic) {
    ImGui::TextUnformatted(ui.tr("measure.no_lonlat"));
  } else if (area) {
    const bool closed = m.points.size() >= 3;
    ImGui::Text("%s  %s", ui.tr("measure.area"), closed ? viewer::measureAreaText(s).c_str() : "—");
    ImGui::Text("%s  %s", ui.tr("measure.perimeter"), closed ? viewer::measureLengthText(s).c_str() : "—");
  } else {
    ImGui::Text("%s  %s", ui.tr("measure.length"), m.points.size() >= 2 ? viewer::measureLengthText(s).c_str() : "—");
    if (m.points.size() >= 3) {
      ImGui::SameLine();
      ImGui::TextDisabled("%s %s", ui.tr("measure.last_leg"), viewer::measureLastLegText(s).c_str());
    }
  }
  ImGui::TextDisabled("%s", substitute(ui.tr(m.finished ? "measure.points_done" : "measure.points"),
                                       {{"n", std::to_string(m.points.size())}}).c_str());
  if (!m.finished) ImGui::TextDisabled("%s", ui.tr("measure.hint"));
  ImGui::TextDisabled("%s", ui.tr("measure.geodesic_note"));
  ImGui::End();
}

}  // namespace ps::ui
