// Inspector: the selected feature's attributes as scene/field_display shows
// them (labels, units, %, enums in the UI language; internal columns hidden).
#include <imgui.h>

#include "viewer/commands.h"
#include "viewer/measure.h"
#include "ui/ui_context.h"

namespace ps::ui {

void drawInspectorPanel(UiContext& ui) {
  auto& s = ui.s;
  const float sc = ui.scale;
  const int flags = placePanel(ui, "panel.inspector");
  if (!ImGui::Begin(ui.label("panel.inspector").c_str(), &s.panels.inspector, flags)) {
    ImGui::End();
    return;
  }
  if (!s.hasData() || s.selection.empty()) {
    ImGui::TextWrapped("%s", ui.tr("inspector.empty"));
    ImGui::End();
    return;
  }
  static size_t current = 0;
  if (current >= s.selection.size()) current = s.selection.size() - 1;
  if (s.selection.size() > 1) {
    ImGui::TextUnformatted(substitute(ui.tr("inspector.n_selected"), {{"n", std::to_string(s.selection.size())}}).c_str());
    if (ImGui::BeginCombo("##which", featureName(s, s.selection[current]).c_str())) {
      for (size_t i = 0; i < s.selection.size(); ++i)
        if (ImGui::Selectable((featureName(s, s.selection[i]) + "##" + std::to_string(i)).c_str(), i == current)) current = i;
      ImGui::EndCombo();
    }
  } else {
    current = 0;
  }
  const viewer::FeatureRef f = s.selection[current];
  const auto& L = s.data->layers[f.layer];
  const LayerSpec& spec = *L.spec;
  if (ui.largeFont) ImGui::PushFont(ui.largeFont);
  ImGui::TextWrapped("%s", featureName(s, f).c_str());
  if (ui.largeFont) ImGui::PopFont();
  const std::string layerTitle = s.lang == Lang::En && !spec.titleEn.empty() ? spec.titleEn : spec.title;
  ImGui::TextDisabled("%s", layerTitle.c_str());
  if (spec.sample) {
    ImGui::SameLine();
    ImGui::TextColored(ImVec4(0.75f, 0.35f, 0.0f, 1.0f), "%s", ui.tr("layers.sample_tag"));
  }
  if (ImGui::Button(ui.tr("inspector.fly_to"))) viewer::flyToFeature(s, f, ui.viewport);
  ImGui::SameLine();
  if (ImGui::Button(ui.tr("inspector.clear"))) viewer::select(s, std::nullopt, false);
  // The nearest campus, lead zone and named cluster (viewer/nearest.h).
  if (s.nearest.of == f && !s.nearest.items.empty()) {
    sectionTitle(ui.tr("nearest.title"));
    for (const viewer::NearestItem& it : s.nearest.items) {
      const std::string d = it.inside ? std::string(ui.tr("nearest.inside")) : viewer::lengthText(it.metres);
      ImGui::TextDisabled("%s", ui.tr(it.kindKey));
      ImGui::SameLine();
      ImGui::TextWrapped("%s · %s", featureName(s, it.target).c_str(), d.c_str());
    }
  }

  if (ImGui::BeginTable("##attrs", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY)) {
    ImGui::TableSetupColumn(ui.tr("inspector.field"), ImGuiTableColumnFlags_WidthFixed, 130 * sc);
    ImGui::TableSetupColumn(ui.tr("inspector.value"));
    for (const Column& c : L.table.columns) {
      if (fieldHidden(s, f.layer, c.name)) continue;
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      const std::string label = fieldLabel(s, f.layer, c.name);
      ImGui::TextUnformatted(label.c_str());
      if (label != c.name && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", c.name.c_str());
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", formatValue(s, f.layer, c, f.row).c_str());
    }
    ImGui::EndTable();
  }
  ImGui::End();
}

}  // namespace ps::ui
