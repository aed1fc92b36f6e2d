// Layers: visibility, opacity, order, and style (colour by a field,
// categorical or ramp; height by a field with a scale).
#include <imgui.h>

#include "viewer/commands.h"
#include "ui/ui_context.h"

namespace ps::ui {
namespace {

std::string layerTitle(const viewer::ViewerState& s, const LayerSpec& l) {
  if (s.lang == Lang::En && !l.titleEn.empty()) return l.titleEn;
  return l.title.empty() ? l.id : l.title;
}

void styleEditor(UiContext& ui, uint32_t li) {
  auto& s = ui.s;
  const LayerSpec& spec = s.data->scene.layers[li];
  const FeatureTable& t = s.data->layers[li].table;
  // Drill-down: sector <-> sub-sector colouring in one touch (sub-sectors are
  // shades of their sector's colour, so the map still reads by sector).
  if (!spec.fields.sector.empty() && !spec.fields.subSector.empty() && t.column(spec.fields.subSector)) {
    const bool bySub = spec.style.colorMode == ColorMode::Category && spec.style.colorField == spec.fields.subSector;
    const bool bySector = spec.style.colorMode == ColorMode::Category && spec.style.colorField == spec.fields.sector;
    const ImVec2 sz(0, 30 * ui.scale);
    if (bySector) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    if (ImGui::Button(ui.tr("style.by_sector"), sz)) viewer::setColorBy(s, li, ColorMode::Category, spec.fields.sector);
    if (bySector) ImGui::PopStyleColor();
    ImGui::SameLine();
    if (bySub) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    if (ImGui::Button(ui.tr("style.by_sub_sector"), sz)) viewer::setColorBy(s, li, ColorMode::Category, spec.fields.subSector);
    if (bySub) ImGui::PopStyleColor();
  }
  const char* modes[] = {ui.tr("style.single"), ui.tr("style.category"), ui.tr("style.ramp")};
  int mode = static_cast<int>(spec.style.colorMode);
  ImGui::SetNextItemWidth(140 * ui.scale);
  if (ImGui::Combo(ui.tr("style.color_mode"), &mode, modes, 3)) {
    std::string field = spec.style.colorField;
    if (field.empty() && !t.columns.empty()) field = !spec.fields.sector.empty() ? spec.fields.sector : t.columns[0].name;
    viewer::setColorBy(s, li, static_cast<ColorMode>(mode), field);
  }
  if (spec.style.colorMode != ColorMode::Single) {
    ImGui::SetNextItemWidth(140 * ui.scale);
    if (ImGui::BeginCombo(ui.tr("style.color_field"), spec.style.colorField.c_str())) {
      for (const Column& c : t.columns) {
        if (spec.style.colorMode == ColorMode::Ramp && !c.numeric()) continue;
        if (ImGui::Selectable(c.name.c_str(), c.name == spec.style.colorField))
          viewer::setColorBy(s, li, spec.style.colorMode, c.name);
      }
      ImGui::EndCombo();
    }
  }
  if (spec.kind == LayerKind::Extrusion) {
    ImGui::SetNextItemWidth(140 * ui.scale);
    const char* none = ui.tr("style.height_default");
    if (ImGui::BeginCombo(ui.tr("style.height_field"), spec.fields.height.empty() ? none : spec.fields.height.c_str())) {
      if (ImGui::Selectable(none, spec.fields.height.empty())) viewer::setHeightBy(s, li, "", spec.style.heightScale);
      for (const Column& c : t.columns)
        if (c.numeric() && ImGui::Selectable(c.name.c_str(), c.name == spec.fields.height))
          viewer::setHeightBy(s, li, c.name, spec.style.heightScale);
      ImGui::EndCombo();
    }
    float scale = spec.style.heightScale;
    ImGui::SetNextItemWidth(140 * ui.scale);
    if (ImGui::SliderFloat(ui.tr("style.height_scale"), &scale, 0.0f, 5.0f, "%.2f×"))
      viewer::setHeightBy(s, li, spec.fields.height, scale);
  }
}

}  // namespace

void drawLayersPanel(UiContext& ui) {
  auto& s = ui.s;
  const float sc = ui.scale;
  if (!beginDataPanel(ui, "panel.layers", &s.panels.layers, glm::vec2(10 * sc, 150 * sc),
                      glm::vec2(330 * sc, 330 * sc)))
    return;
  // Top of the list = drawn last = on top, as in QGIS.
  for (size_t k = s.order.size(); k-- > 0;) {
    const uint32_t li = s.order[k];
    const LayerSpec& spec = s.data->scene.layers[li];
    ImGui::PushID(static_cast<int>(li));
    bool vis = spec.visible;
    if (ImGui::Checkbox("##vis", &vis)) viewer::setLayerVisible(s, li, vis);
    ImGui::SameLine();
    const std::string title = layerTitle(s, spec);
    const float titleX = ImGui::GetCursorPosX() + ImGui::GetTreeNodeToLabelSpacing();
    bool open = ImGui::TreeNodeEx("##layer", ImGuiTreeNodeFlags_SpanAvailWidth, "%s", title.c_str());
    // The sample tag beside the title when it fits left of ▲▼, else on its own line below: never under the buttons.
    const float arrowsX = ImGui::GetWindowContentRegionMax().x - 2 * ImGui::GetFrameHeight() - 4;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const bool tagBeside = titleX + ImGui::CalcTextSize(title.c_str()).x + gap +
                               ImGui::CalcTextSize(ui.tr("layers.sample_tag")).x + gap <= arrowsX;
    if (spec.sample && tagBeside) {
      ImGui::SameLine();
      ImGui::TextColored(ImVec4(0.75f, 0.35f, 0.0f, 1.0f), "%s", ui.tr("layers.sample_tag"));
    }
    ImGui::SameLine(arrowsX);
    if (ImGui::ArrowButton("##up", ImGuiDir_Up)) viewer::moveLayer(s, li, +1);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ui.tr("layers.raise"));
    ImGui::SameLine();
    if (ImGui::ArrowButton("##down", ImGuiDir_Down)) viewer::moveLayer(s, li, -1);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ui.tr("layers.lower"));
    if (spec.sample && !tagBeside) {
      ImGui::SetCursorPosX(titleX);
      ImGui::TextColored(ImVec4(0.75f, 0.35f, 0.0f, 1.0f), "%s", ui.tr("layers.sample_tag"));
    }
    if (open) {
      float op = spec.style.opacity;
      ImGui::SetNextItemWidth(140 * sc);
      if (ImGui::SliderFloat(ui.tr("layers.opacity"), &op, 0.0f, 1.0f, "%.2f")) viewer::setLayerOpacity(s, li, op);
      styleEditor(ui, li);
      if (li < s.visibleCount.size()) {
        const size_t total = s.data->layers[li].table.size();
        const char* text = trCount(ui, "layers.count", static_cast<double>(total));
        ImGui::TextDisabled("%s", substitute(text, {{"n", std::to_string(s.visibleCount[li])}, {"total", std::to_string(total)}})
                                      .c_str());
      }
      ImGui::TreePop();
    }
    ImGui::PopID();
  }
  ImGui::End();
}

}  // namespace ps::ui
