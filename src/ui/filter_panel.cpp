// Filters: sector and sub-sector checkboxes, range sliders for GFA,
// occupancy and floors; filtered features fade or hide (GPU flags only).
#include <imgui.h>

#include "viewer/commands.h"
#include "core/sectors.h"
#include "ui/ui_context.h"

namespace ps::ui {
namespace {

void rangeRow(UiContext& ui, const char* which, const char* labelKey, viewer::RangeFilter r, float displayMul) {
  auto& s = ui.s;
  ImGui::PushID(which);
  bool on = r.enabled;
  if (r.max <= r.min) {
    ImGui::BeginDisabled();
    ImGui::Checkbox(ui.tr(labelKey), &on);
    ImGui::EndDisabled();
    ImGui::PopID();
    return;
  }
  if (ImGui::Checkbox(ui.tr(labelKey), &on)) viewer::setRange(s, which, on, r.lo, r.hi);
  if (on) {
    float lo = static_cast<float>(r.lo * displayMul), hi = static_cast<float>(r.hi * displayMul);
    float mn = static_cast<float>(r.min * displayMul), mx = static_cast<float>(r.max * displayMul);
    ImGui::SetNextItemWidth(260 * ui.scale);
    if (ImGui::DragFloatRange2("##range", &lo, &hi, (mx - mn) / 300.0f, mn, mx, "%.0f", "%.0f",
                               ImGuiSliderFlags_AlwaysClamp))
      viewer::setRange(s, which, true, lo / displayMul, hi / displayMul);
  }
  ImGui::PopID();
}

}  // namespace

void drawFilterPanel(UiContext& ui) {
  auto& s = ui.s;
  const float sc = ui.scale;
  if (!beginDataPanel(ui, "panel.filters", &s.panels.filters, glm::vec2(10 * sc, 490 * sc),
                      glm::vec2(330 * sc, 420 * sc)))
    return;
  int mode = s.filter.hide ? 1 : 0;
  if (ImGui::RadioButton(ui.tr("filter.fade"), &mode, 0)) viewer::setFilterHides(s, false);
  ImGui::SameLine();
  if (ImGui::RadioButton(ui.tr("filter.hide"), &mode, 1)) viewer::setFilterHides(s, true);
  ImGui::SameLine();
  if (ImGui::SmallButton(ui.tr("filter.clear"))) viewer::clearFilters(s);

  sectionTitle(ui.tr("filter.sectors"));
  for (const Sector& sec : sectors()) {
    const std::string id(sec.id);
    ImGui::PushID(id.c_str());
    bool on = !s.filter.hiddenSectors.count(id);
    ImVec4 col(((sec.rgb >> 16) & 0xFF) / 255.0f, ((sec.rgb >> 8) & 0xFF) / 255.0f, (sec.rgb & 0xFF) / 255.0f, 1.0f);
    ImGui::ColorButton("##c", col, ImGuiColorEditFlags_NoTooltip, ImVec2(14 * sc, 14 * sc));
    ImGui::SameLine();
    const std::string name(s.lang == Lang::Zh ? sec.zh : sec.en);
    if (ImGui::Checkbox("##on", &on)) viewer::setSectorVisible(s, id, on);
    ImGui::SameLine();
    bool open = ImGui::TreeNode("##subs", "%s", name.c_str());
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(ui.tr("filter.only")).x - 12 * sc);
    if (ImGui::SmallButton(ui.tr("filter.only"))) viewer::soloSector(s, id);
    if (open) {
      for (const SubSector& ss : sec.subSectors) {
        const std::string sid(ss.id);
        bool subOn = !s.filter.hiddenSubSectors.count(sid);
        std::string label = std::string(s.lang == Lang::Zh ? ss.zh : ss.en) + " (" +
                            (s.lang == Lang::Zh ? horizonZh(ss.horizon) : horizonEn(ss.horizon)).data() + ")##" + sid;
        if (ss.horizon == Horizon::Unspecified) label = std::string(s.lang == Lang::Zh ? ss.zh : ss.en) + "##" + sid;
        if (ImGui::Checkbox(label.c_str(), &subOn)) viewer::setSubSectorVisible(s, sid, subOn);
      }
      ImGui::TreePop();
    }
    ImGui::PopID();
  }
  sectionTitle(ui.tr("filter.ranges"));
  rangeRow(ui, "gfa", "filter.gfa", s.filter.gfa, 1.0f);
  rangeRow(ui, "occupancy", "filter.occupancy", s.filter.occupancy, 100.0f);
  rangeRow(ui, "floors", "filter.floors", s.filter.floors, 1.0f);
  ImGui::End();
}

}  // namespace ps::ui
