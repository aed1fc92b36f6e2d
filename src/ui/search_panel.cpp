// Search: districts, parks, clusters, universities by Chinese name, English
// name or pinyin initials; Enter or a click selects the hit and flies there.
#include <imgui.h>
#include <imgui_stdlib.h>

#include "viewer/commands.h"
#include "ui/ui_context.h"

namespace ps::ui {

void drawSearchPanel(UiContext& ui) {
  auto& s = ui.s;
  const float sc = ui.scale;
  ImGui::SetNextWindowPos(ImVec2(10 * sc, 34 * sc), ImGuiCond_FirstUseEver);
  ImGui::SetNextWindowSize(ImVec2(330 * sc, 0), ImGuiCond_FirstUseEver);
  if (!ImGui::Begin(ui.label("panel.search").c_str(), &s.panels.search, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::End();
    return;
  }
  ImGui::SetNextItemWidth(310 * sc);
  std::string text = s.searchText;
  bool enter = ImGui::InputTextWithHint("##search", ui.tr("search.hint"), &text, ImGuiInputTextFlags_EnterReturnsTrue);
  if (text != s.searchText) viewer::runSearch(s, text);
  if (enter && !s.searchHits.empty()) viewer::pickSearchHit(s, 0, ui.viewport);
  if (!s.searchText.empty()) {
    if (s.searchHits.empty()) {
      ImGui::TextDisabled("%s", ui.tr("search.none"));
    } else {
      ImGui::BeginChild("##hits", ImVec2(310 * sc, std::min<float>(static_cast<float>(s.searchHits.size()), 8.0f) *
                                                    ImGui::GetTextLineHeightWithSpacing() + 8 * sc));
      for (size_t i = 0; i < s.searchHits.size(); ++i) {
        const auto& h = s.searchHits[i];
        const std::string& primary = s.lang == Lang::En && !h.nameEn.empty() ? h.nameEn : h.name;
        const std::string& secondary = s.lang == Lang::En ? h.name : h.nameEn;
        std::string line = primary + (secondary.empty() || secondary == primary ? "" : "  " + secondary) + "##hit" +
                           std::to_string(i);
        if (ImGui::Selectable(line.c_str())) viewer::pickSearchHit(s, i, ui.viewport);
        ImGui::SameLine(250 * sc);
        ImGui::TextDisabled("%s", ui.tr(h.kindKey));
      }
      ImGui::EndChild();
    }
  }
  ImGui::End();
}

}  // namespace ps::ui
