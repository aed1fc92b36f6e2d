// The Stories panel (View → 故事): build a story from the map. Add the view on
// screen as a step, reorder, duplicate, delete, edit the captions (zh + en),
// notes and timing, preview a step, play from a step in the presenter's mode,
// save (atomically, never over a bundled story). Edits go through
// viewer/story_edit.h; capturing the camera and saving are requests the viewer
// carries out (they need the projector and the file system).
#include <string>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "ui/ui_context.h"
#include "viewer/story_edit.h"
#include "viewer/story_session.h"

namespace ps::ui {
namespace {

std::string stepLabel(const UiContext& ui, const story::Step& st, int i) {
  const bool en = ui.s.lang == Lang::En && !st.caption.titleEn.empty();
  std::string title = en ? st.caption.titleEn : st.caption.title;
  if (title.empty()) title = ui.tr("story.untitled_step");
  return std::to_string(i + 1) + ". " + title + "###step" + std::to_string(i);
}

// Lines of a caption edited as one text, one line per row.
bool editLines(const char* label, std::vector<std::string>& lines) {
  std::string text;
  for (size_t i = 0; i < lines.size(); ++i) text += (i ? "\n" : "") + lines[i];
  if (!ImGui::InputTextMultiline(label, &text, ImVec2(-1, ImGui::GetTextLineHeight() * 4))) return false;
  lines.clear();
  size_t start = 0;
  while (start <= text.size() && lines.size() < story::StoryLimits::kMaxLines) {
    const size_t end = text.find('\n', start);
    lines.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return true;
}

// The selected step's captions, notes and timing; true when changed.
bool editStepFields(UiContext& ui, story::Step& st) {
  bool changed = false;
  changed |= ImGui::InputText(ui.label("story.title_zh").c_str(), &st.caption.title);
  changed |= ImGui::InputText(ui.label("story.title_en").c_str(), &st.caption.titleEn);
  ImGui::TextUnformatted(ui.tr("story.lines_zh"));
  changed |= editLines("##lines_zh", st.caption.lines);
  ImGui::TextUnformatted(ui.tr("story.lines_en"));
  changed |= editLines("##lines_en", st.caption.linesEn);
  ImGui::TextUnformatted(ui.tr("story.notes"));
  changed |= ImGui::InputTextMultiline("##notes", &st.notes, ImVec2(-1, ImGui::GetTextLineHeight() * 3));
  float fly = static_cast<float>(st.fly), hold = static_cast<float>(st.hold);
  const float maxS = static_cast<float>(story::StoryLimits::kMaxSeconds);
  if (ImGui::SliderFloat(ui.label("story.fly_s").c_str(), &fly, -1.0f, 30.0f, fly < 0 ? "—" : "%.1f s")) {
    st.fly = fly < 0 ? -1.0 : std::min(fly, maxS);
    changed = true;
  }
  if (ImGui::SliderFloat(ui.label("story.hold_s").c_str(), &hold, -1.0f, 60.0f, hold < 0 ? "—" : "%.1f s")) {
    st.hold = hold < 0 ? -1.0 : std::min(hold, maxS);
    changed = true;
  }
  return changed;
}

void stepButtons(UiContext& ui, int i, int n) {
  if (ImGui::Button(ui.label("story.preview").c_str())) viewer::goToStep(ui.s, i);
  ImGui::SameLine();
  if (ImGui::Button(ui.label("story.play_from_here").c_str())) viewer::startPresenting(ui.s, i);
  ImGui::SameLine();
  if (ImGui::ArrowButton("##up", ImGuiDir_Up) && i > 0) viewer::editStep(ui.s, i, viewer::StepEdit::MoveUp);
  ImGui::SameLine();
  if (ImGui::ArrowButton("##down", ImGuiDir_Down) && i + 1 < n) viewer::editStep(ui.s, i, viewer::StepEdit::MoveDown);
  ImGui::SameLine();
  if (ImGui::Button(ui.label("story.duplicate").c_str())) viewer::editStep(ui.s, i, viewer::StepEdit::Duplicate);
  ImGui::SameLine();
  if (ImGui::Button(ui.label("story.delete").c_str())) viewer::editStep(ui.s, i, viewer::StepEdit::Delete);
  if (ImGui::Button(ui.label("story.replace_view").c_str())) ui.req.storyCapture = viewer::StoryCapture{i, true};
}

}  // namespace

void drawStoriesPanel(UiContext& ui) {
  if (!ui.s.panels.stories || !ui.s.data || viewer::presenting(ui.s)) return;
  ImGui::SetNextWindowSize(ImVec2(440, 560), ImGuiCond_FirstUseEver);
  if (!ImGui::Begin(ui.label("panel.stories").c_str(), &ui.s.panels.stories)) {
    ImGui::End();
    return;
  }
  story::Story st = viewer::editableStory(ui.s);
  const int n = static_cast<int>(st.steps.size());
  const int cur = ui.s.story ? ui.s.story->step : 0;
  if (!ui.s.story) {  // no step yet: the title waits for the first one
    if (ImGui::Button(ui.label("story.add_view").c_str())) ui.req.storyCapture = viewer::StoryCapture{0, false};
    ImGui::TextWrapped("%s", ui.tr("story.empty_hint"));
    ImGui::End();
    return;
  }
  viewer::StorySession& ss = *ui.s.story;
  // Text is edited in buffers and committed when no field is active, so typing
  // does not reopen the story at every key.
  if (!ss.titleBuffer) ss.titleBuffer = std::make_pair(st.title, st.titleEn);
  ImGui::InputText(ui.label("story.story_title_zh").c_str(), &ss.titleBuffer->first);
  ImGui::InputText(ui.label("story.story_title_en").c_str(), &ss.titleBuffer->second);
  if (ImGui::Button(ui.label("story.add_view").c_str())) ui.req.storyCapture = viewer::StoryCapture{n == 0 ? 0 : cur + 1, false};
  ImGui::SameLine();
  if (ImGui::Button(ui.label("story.play").c_str()) && n > 0) viewer::startPresenting(ui.s, 0);
  ImGui::SameLine();
  if (ImGui::Button(ui.label("story.save").c_str()) && n > 0) ui.req.saveStory = viewer::proposedStoryPath(ui.s);
  ImGui::SameLine();
  if (ImGui::Button(ui.label("menu.export_film").c_str()) && n > 0) ui.s.film.open = true;
  ImGui::TextDisabled("%s", ui.s.story && !ui.s.story->path.empty() ? ui.s.story->path.c_str() : ui.tr("story.unsaved"));
  ImGui::Separator();
  if (ImGui::BeginChild("##steps", ImVec2(0, 150), true)) {
    for (int i = 0; i < n; ++i)
      if (ImGui::Selectable(stepLabel(ui, st.steps[i], i).c_str(), i == cur)) viewer::goToStep(ui.s, i);  // same session
  }
  ImGui::EndChild();
  if (n == 0) {
    ImGui::TextWrapped("%s", ui.tr("story.empty_hint"));
  } else {
    story::Step step = ss.stepBuffer && ss.bufferStep == cur ? *ss.stepBuffer : st.steps[cur];
    stepButtons(ui, cur, n);
    if (ui.s.story.get() != &ss) {  // an edit reopened (or closed) the story: its session is gone
      ImGui::End();
      return;
    }
    ImGui::Separator();
    if (editStepFields(ui, step)) {
      ss.stepBuffer = step;
      ss.bufferStep = cur;
    }
  }
  ImGui::End();
  if (ImGui::IsAnyItemActive() || !ui.s.story || ui.s.story.get() != &ss) return;
  if (ss.titleBuffer && (ss.titleBuffer->first != st.title || ss.titleBuffer->second != st.titleEn)) {
    const auto t = *ss.titleBuffer;
    viewer::setStoryTitle(ui.s, t.first, t.second);
  } else if (ss.stepBuffer && ss.bufferStep < n) {
    story::Step edited = *ss.stepBuffer;
    const int at = ss.bufferStep;
    ss.stepBuffer.reset();
    viewer::replaceStep(ui.s, at, std::move(edited));
  }
}

}  // namespace ps::ui
