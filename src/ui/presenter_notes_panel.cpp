// The presenter's own screen (viewer/presenter_window.h): the step on air and
// its notes, what comes next, and the clocks, large enough to read from a
// lectern. One ImGui window filling the presenter window; reads only.
#include <string>

#include <imgui.h>

#include "ui/ui_context.h"
#include "viewer/presenter_notes.h"

namespace ps::ui {

void drawPresenterNotes(const viewer::PresenterNotes& n, const viewer::ViewerState& s, glm::dvec2 size, float scale) {
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(static_cast<float>(size.x), static_cast<float>(size.y)));
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(30, 33, 38, 255));
  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(236, 238, 240, 255));
  ImGui::Begin("##presenter_notes", nullptr, flags);
  ImFont* large = ImGui::GetIO().Fonts->Fonts.Size > 1 ? ImGui::GetIO().Fonts->Fonts[1] : nullptr;
  const ImU32 dim = IM_COL32(160, 166, 174, 255), accent = IM_COL32(255, 196, 87, 255);
  if (!n.valid) {
    ImGui::TextUnformatted(s.tr("presenter.not_presenting"));
    ImGui::End();
    ImGui::PopStyleColor(2);
    return;
  }
  // Clocks: step n of m, time since the start, time on this step.
  if (large) ImGui::PushFont(large);
  ImGui::TextUnformatted(substitute(s.tr("presenter.step"), {{"n", std::to_string(n.step + 1)},
                                                             {"count", std::to_string(n.stepCount)}})
                             .c_str());
  const std::string clocks = substitute(s.tr("presenter.clocks"), {{"elapsed", viewer::presenterClock(n.elapsed)},
                                                                   {"step", viewer::presenterClock(n.stepElapsed)},
                                                                   {"length", viewer::presenterClock(n.stepLength)}});
  ImGui::SameLine(ImGui::GetWindowWidth() - ImGui::CalcTextSize(clocks.c_str()).x - 16 * scale);
  ImGui::TextUnformatted(clocks.c_str());
  if (large) ImGui::PopFont();
  if (n.blank) {
    ImGui::PushStyleColor(ImGuiCol_Text, accent);
    ImGui::TextUnformatted(s.tr("presenter.blanked"));
    ImGui::PopStyleColor();
  }
  ImGui::Separator();
  // On air: title, caption lines.
  ImGui::PushStyleColor(ImGuiCol_Text, dim);
  ImGui::TextUnformatted(s.tr("presenter.on_air"));
  ImGui::PopStyleColor();
  if (large) ImGui::PushFont(large);
  ImGui::TextWrapped("%s", n.title.c_str());
  if (large) ImGui::PopFont();
  for (const std::string& l : n.lines) ImGui::TextWrapped("%s", l.c_str());
  ImGui::Spacing();
  // Notes: the largest block.
  ImGui::PushStyleColor(ImGuiCol_Text, dim);
  ImGui::TextUnformatted(s.tr("presenter.notes"));
  ImGui::PopStyleColor();
  const float nextH = 110 * scale;
  ImGui::BeginChild("##notes", ImVec2(0, std::max(80.0f * scale, ImGui::GetContentRegionAvail().y - nextH)), true);
  if (large) ImGui::PushFont(large);
  ImGui::TextWrapped("%s", n.notes.empty() ? s.tr("presenter.no_notes") : n.notes.c_str());
  if (large) ImGui::PopFont();
  ImGui::EndChild();
  // Next.
  ImGui::PushStyleColor(ImGuiCol_Text, dim);
  ImGui::TextUnformatted(s.tr(n.hasNext ? "presenter.next" : "presenter.last_step"));
  ImGui::PopStyleColor();
  if (n.hasNext) {
    ImGui::PushStyleColor(ImGuiCol_Text, accent);
    ImGui::TextWrapped("%s", n.nextTitle.c_str());
    ImGui::PopStyleColor();
    if (!n.nextLine.empty()) ImGui::TextWrapped("%s", n.nextLine.c_str());
  }
  ImGui::SetCursorPosY(ImGui::GetWindowHeight() - ImGui::GetTextLineHeightWithSpacing() - 8 * scale);
  ImGui::PushStyleColor(ImGuiCol_Text, dim);
  ImGui::TextUnformatted(s.tr("presenter.keys"));
  ImGui::PopStyleColor();
  ImGui::End();
  ImGui::PopStyleColor(2);
}

}  // namespace ps::ui
