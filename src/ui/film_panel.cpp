// File → Export film…: the open story as an MP4, made by `parkscape film` in
// the background (viewer/film_session.h). The window is not modal: the map
// stays usable while the film is made; a progress bar with the frames done,
// the time left and Cancel.
#include <cstdio>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "ui/ui_context.h"
#include "viewer/film_session.h"
#include "viewer/story_session.h"

namespace ps::ui {

namespace {

struct SizePreset {
  int w, h;
  const char* name;
};
constexpr SizePreset kSizes[] = {{1280, 720, "1280 × 720 (720p)"},
                                 {1920, 1080, "1920 × 1080 (1080p)"},
                                 {3840, 2160, "3840 × 2160 (4K)"}};
constexpr int kFps[] = {24, 25, 30, 60};

std::string clockText(double seconds) {
  const int s = static_cast<int>(seconds + 0.5);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%d:%02d", s / 60, s % 60);
  return buf;
}

}  // namespace

void drawFilmPanel(UiContext& ui) {
  auto& s = ui.s;
  auto& f = s.film;
  if (!f.open || !s.hasData()) return;
  ImGui::SetNextWindowSize(ImVec2(460 * ui.scale, 0), ImGuiCond_Appearing);
  // Over the middle of the map, not over the search and sidebar it would otherwise open on.
  ImGui::SetNextWindowPos(ImVec2(static_cast<float>(ui.viewport.x) * 0.5f, static_cast<float>(ui.viewport.y) * 0.35f),
                          ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (!ImGui::Begin(ui.label("film.title").c_str(), &f.open, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::End();
    return;
  }
  const bool hasStory = s.story && s.story->player && !s.story->player->story().steps.empty();
  if (!hasStory) {
    ImGui::TextWrapped("%s", ui.tr("film.no_story"));
    ImGui::End();
    return;
  }
  if (f.out.empty()) f.out = viewer::proposedFilmPath(s);
  const auto& st = s.story->player->story();
  const std::string& title = s.lang == Lang::En && !st.titleEn.empty() ? st.titleEn : st.title;
  ImGui::Text("%s: %s", ui.tr("film.story"), title.c_str());
  ImGui::TextDisabled("%s", substitute(ui.tr("film.story_length"),
                                       {{"steps", std::to_string(st.steps.size())},
                                        {"time", clockText(s.story->player->totalDuration())}})
                                .c_str());
  ImGui::BeginDisabled(f.running);
  int preset = 1;
  for (int i = 0; i < 3; ++i)
    if (kSizes[i].w == f.width && kSizes[i].h == f.height) preset = i;
  ImGui::SetNextItemWidth(220 * ui.scale);
  if (ImGui::BeginCombo(ui.label("film.size").c_str(), kSizes[preset].name)) {
    for (int i = 0; i < 3; ++i)
      if (ImGui::Selectable(kSizes[i].name, i == preset)) f.width = kSizes[i].w, f.height = kSizes[i].h;
    ImGui::EndCombo();
  }
  ImGui::SetNextItemWidth(220 * ui.scale);
  if (ImGui::BeginCombo(ui.label("film.fps").c_str(), std::to_string(f.fps).c_str())) {
    for (int v : kFps)
      if (ImGui::Selectable(std::to_string(v).c_str(), v == f.fps)) f.fps = v;
    ImGui::EndCombo();
  }
  ImGui::TextUnformatted(ui.tr("film.out"));
  ImGui::SetNextItemWidth(-1);
  ImGui::InputText("##film_out", &f.out);
  ImGui::TextDisabled("%s", ui.tr("film.language_note"));
  ImGui::EndDisabled();
  ImGui::Separator();
  if (f.running) {
    const float frac = f.frameCount > 0 ? static_cast<float>(f.framesDone) / static_cast<float>(f.frameCount) : 0.0f;
    std::string overlay = std::to_string(f.framesDone) + " / " + std::to_string(f.frameCount);
    if (f.framesDone > 0 && f.frameCount > 0) {
      const double eta = f.elapsed / f.framesDone * (f.frameCount - f.framesDone);
      overlay += "  ·  " + substitute(ui.tr("film.eta"), {{"time", clockText(eta)}});
    }
    ImGui::ProgressBar(frac, ImVec2(-1, 0), overlay.c_str());
    if (ImGui::Button(ui.label("film.cancel").c_str())) ui.req.cancelFilm = true;
  } else {
    if (ImGui::Button(ui.label("film.start").c_str())) ui.req.startFilm = true;
    if (!f.result.empty()) {
      if (f.failed) ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(190, 30, 30, 255));
      ImGui::TextWrapped("%s", f.result.c_str());
      if (f.failed) ImGui::PopStyleColor();
    }
  }
  ImGui::End();
}

}  // namespace ps::ui
