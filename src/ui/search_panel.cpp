// Search: districts, parks, clusters, universities by Chinese name, English
// name or pinyin initials; Enter or a click selects the hit and flies there.
#include <algorithm>
#include <string>
#include <vector>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "viewer/commands.h"
#include "ui/ui_context.h"

namespace ps::ui {

namespace {

// Name (the other language's name after it, clipped by its column) and kind
// in a column of their own (viewer::search already names each place once).
void drawHits(UiContext& ui, float width) {
  auto& s = ui.s;
  const float sc = ui.scale;
  float kindW = 0;
  for (const auto& h : s.searchHits) kindW = std::max(kindW, ImGui::CalcTextSize(ui.tr(h.kindKey)).x);
  const float rows = std::min<float>(static_cast<float>(s.searchHits.size()), 8.0f);
  const ImGuiTableFlags tf = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("##hits", 2, tf, ImVec2(width, rows * ImGui::GetFrameHeightWithSpacing() + 8 * sc))) return;
  ImGui::TableSetupColumn("name", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("kind", ImGuiTableColumnFlags_WidthFixed, kindW);
  for (size_t i = 0; i < s.searchHits.size(); ++i) {
    const auto& h = s.searchHits[i];
    const std::string& primary = s.lang == Lang::En && !h.nameEn.empty() ? h.nameEn : h.name;
    const std::string& secondary = s.lang == Lang::En ? h.name : h.nameEn;
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    const std::string id = primary + "##hit" + std::to_string(i);
    if (ImGui::Selectable(id.c_str(), false, ImGuiSelectableFlags_SpanAllColumns)) viewer::pickSearchHit(s, i, ui.viewport);
    if (!secondary.empty() && secondary != primary) {
      ImGui::SameLine();
      ImGui::TextDisabled("%s", secondary.c_str());
    }
    ImGui::TableSetColumnIndex(1);
    ImGui::TextDisabled("%s", ui.tr(h.kindKey));
  }
  ImGui::EndTable();
}

}  // namespace

void drawSearchPanel(UiContext& ui) {
  auto& s = ui.s;
  const int flags = placePanel(ui, "panel.search");
  if (!ImGui::Begin(ui.label("panel.search").c_str(), &s.panels.search, flags)) {
    ImGui::End();
    return;
  }
  const float fieldW = static_cast<float>(s.layout.current.search.w) - 2 * ImGui::GetStyle().WindowPadding.x;
  ImGui::SetNextItemWidth(fieldW);
  std::string text = s.searchText;
  bool enter = ImGui::InputTextWithHint("##search", ui.tr("search.hint"), &text, ImGuiInputTextFlags_EnterReturnsTrue);
  if (text != s.searchText) viewer::runSearch(s, text);
  if (enter && !s.searchHits.empty()) viewer::pickSearchHit(s, 0, ui.viewport);
  // The results close once one is chosen and reopen when the text changes.
  if (!s.searchText.empty() && s.layout.searchListOpen) {
    if (s.searchHits.empty()) {
      ImGui::TextDisabled("%s", ui.tr("search.none"));
    } else {
      drawHits(ui, fieldW);
    }
  }
  ImGui::End();
}

}  // namespace ps::ui
