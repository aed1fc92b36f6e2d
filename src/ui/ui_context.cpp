#include "ui/ui_context.h"


#include <imgui.h>


namespace ps::ui {

bool beginDataPanel(UiContext& ui, std::string_view key, bool* open, glm::vec2 pos, glm::vec2 size) {
  ImGui::SetNextWindowPos(ImVec2(pos.x, pos.y), ImGuiCond_FirstUseEver);
  ImGui::SetNextWindowSize(ImVec2(size.x, size.y), ImGuiCond_FirstUseEver);
  const int flags = placePanel(ui, key);  // the layout's place, where it has one
  const bool shown = ImGui::Begin(ui.label(key).c_str(), open, flags);
  afterPanelBegin(ui, key);
  if (!shown) {
    ImGui::End();
    return false;
  }
  if (!ui.s.hasData()) {
    ImGui::TextDisabled("%s", ui.tr("layers.empty"));
    ImGui::End();
    return false;
  }
  return true;
}

const char* trCount(const UiContext& ui, std::string_view key, double n) {
  if (n == 1) {
    const std::string one = std::string(key) + "_one";
    if (ui.s.strings.has(one)) return ui.tr(one);
  }
  return ui.tr(key);
}

void sectionTitle(const char* text) {
  ImGui::Spacing();
  ImGui::TextDisabled("%s", text);
  ImGui::Separator();
}

}  // namespace ps::ui
