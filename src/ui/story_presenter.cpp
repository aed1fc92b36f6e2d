// The presenter's mode over the map: every panel hidden; the map labels, the
// caption card (title, lines, the sample-data note, the time of a play range),
// the step dots and the step's pinned texts (labels, callout). B blanks the
// screen. The same card as `parkscape render --story` burns into pictures
// (map/story_card.h), drawn here with ImGui.
#include <algorithm>
#include <cmath>

#include <imgui.h>

#include "analysis/quarters.h"
#include "ui/ui_context.h"
#include "viewer/story_session.h"

namespace ps::ui {
namespace {

constexpr ImU32 kInk = IM_COL32(34, 40, 49, 255);
constexpr ImU32 kMuted = IM_COL32(70, 80, 90, 255);
constexpr ImU32 kPanel = IM_COL32(255, 255, 255, 235);
constexpr ImU32 kAccent = IM_COL32(0, 114, 178, 255);
constexpr ImU32 kSample = IM_COL32(190, 60, 40, 255);
constexpr ImU32 kDotOff = IM_COL32(150, 158, 166, 255);

void pinnedTexts(UiContext& ui, const viewer::StoryMarks& marks, ImDrawList* dl) {
  const float sc = ui.scale;
  const glm::dvec2 vp = ui.viewport;
  for (const viewer::StoryNote& n : marks.notes) {
    const auto p = ui.s.camera.worldToScreen(glm::dvec3(n.anchor, 0.0), vp.x, vp.y);
    if (!p || p->x < 0 || p->y < 0 || p->x > vp.x || p->y > vp.y) continue;
    const ImVec2 a(static_cast<float>(p->x), static_cast<float>(p->y));
    const ImVec2 ts = ImGui::CalcTextSize(n.text.c_str());
    if (!n.callout) {
      dl->AddCircleFilled(a, 3.5f * sc, kInk);
      dl->AddText(ImVec2(a.x - ts.x * 0.5f, a.y - ts.y - 6 * sc), kInk, n.text.c_str());
      continue;
    }
    const float pad = 8 * sc;
    const bool left = a.x + 70 * sc + ts.x + 2 * pad > vp.x;
    const ImVec2 b0(left ? a.x - 70 * sc - ts.x - 2 * pad : a.x + 70 * sc, std::max(4.0f, a.y - 80 * sc - ts.y - 2 * pad));
    const ImVec2 b1(b0.x + ts.x + 2 * pad, b0.y + ts.y + 2 * pad);
    dl->AddLine(a, ImVec2(left ? b1.x : b0.x, b1.y), kInk, 2.0f * sc);
    dl->AddCircleFilled(a, 5 * sc, kAccent);
    dl->AddRectFilled(b0, b1, kPanel, 3 * sc);
    dl->AddRect(b0, b1, kAccent, 3 * sc, 0, 1.5f * sc);
    dl->AddText(ImVec2(b0.x + pad, b0.y + pad), kInk, n.text.c_str());
  }
}

void captionCard(UiContext& ui, const viewer::StorySession& ss, ImDrawList* dl) {
  const float sc = ui.scale;
  const bool en = ui.s.lang == Lang::En;
  const story::Caption& c = ss.frame.caption;
  const std::string& title = en && !c.titleEn.empty() ? c.titleEn : c.title;
  std::vector<std::string> lines = en && !c.linesEn.empty() ? c.linesEn : c.lines;
  if (ss.frame.quarter) {
    const int q = std::clamp(static_cast<int>(std::floor(*ss.frame.quarter + 1e-9)), 0, analysis::kQuarterCount - 1);
    lines.push_back(std::string(ui.tr("story.time")) + " " + analysis::quarterLabel(q));
  }
  const bool sample = std::any_of(ui.s.data->layers.begin(), ui.s.data->layers.end(),
                                  [](const data::LoadedLayer& l) { return l.spec->sample; });
  const std::string note = sample && ss.player->story().sampleNote ? ui.tr("story.sample_note") : "";
  ImFont* big = ui.largeFont ? ui.largeFont : ImGui::GetFont();
  const float wrap = std::min(static_cast<float>(ui.viewport.x) * 0.45f, 720 * sc);
  const float pad = 18 * sc, margin = 28 * sc;
  ImVec2 tsz = big->CalcTextSizeA(big->FontSize * 1.3f, 1e9f, wrap, title.c_str());
  float w = tsz.x, h = tsz.y + 8 * sc;
  std::vector<ImVec2> sizes;
  for (const std::string& l : lines) {
    sizes.push_back(ImGui::CalcTextSize(l.c_str(), nullptr, false, wrap));
    w = std::max(w, sizes.back().x);
    h += sizes.back().y + 2 * sc;
  }
  const ImVec2 nsz = note.empty() ? ImVec2(0, 0) : ImGui::CalcTextSize(note.c_str(), nullptr, false, wrap);
  w = std::max(w, nsz.x);
  h += note.empty() ? 0 : nsz.y + 8 * sc;
  const float dots = ss.player->stepCount() > 1 ? 36 * sc : 0;
  const ImVec2 p0(margin, static_cast<float>(ui.viewport.y) - margin - dots - h - 2 * pad);
  dl->AddRectFilled(p0, ImVec2(p0.x + w + 2 * pad + 6 * sc, p0.y + h + 2 * pad), kPanel, 4 * sc);
  dl->AddRectFilled(p0, ImVec2(p0.x + 6 * sc, p0.y + h + 2 * pad), kAccent);
  float y = p0.y + pad;
  const float x = p0.x + pad + 6 * sc;
  dl->AddText(big, big->FontSize * 1.3f, ImVec2(x, y), kInk, title.c_str(), nullptr, wrap);
  y += tsz.y + 8 * sc;
  for (size_t i = 0; i < lines.size(); ++i) {
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(x, y), kMuted, lines[i].c_str(), nullptr, wrap);
    y += sizes[i].y + 2 * sc;
  }
  if (!note.empty())
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(x, y + 6 * sc), kSample, note.c_str(), nullptr, wrap);
  ui.shown.push_back(title);
  // Step dots, centred at the bottom.
  const int n = ss.player->stepCount();
  if (n > 1) {
    const float r = 5 * sc, gap = 18 * sc, total = gap * static_cast<float>(n - 1);
    const float cx0 = static_cast<float>(ui.viewport.x) * 0.5f - total * 0.5f;
    const float cy = static_cast<float>(ui.viewport.y) - margin - dots * 0.5f;
    dl->AddRectFilled(ImVec2(cx0 - 2 * r, cy - 2 * r), ImVec2(cx0 + total + 2 * r, cy + 2 * r), IM_COL32(255, 255, 255, 170), 2 * r);
    for (int i = 0; i < n; ++i) {
      const ImVec2 dot(cx0 + gap * static_cast<float>(i), cy);
      if (i == ss.step) dl->AddCircleFilled(dot, r * 1.4f, kAccent);
      else dl->AddCircleFilled(dot, r, kDotOff);
    }
  }
}

}  // namespace

void drawStoryPresenter(UiContext& ui) {
  ui.shown.clear();
  const viewer::StorySession& ss = *ui.s.story;
  ImDrawList* dl = ImGui::GetBackgroundDrawList();
  if (ss.blank) {
    ImGui::GetForegroundDrawList()->AddRectFilled(ImVec2(0, 0), ImVec2(static_cast<float>(ui.viewport.x), static_cast<float>(ui.viewport.y)),
                                                  IM_COL32(0, 0, 0, 255));
    return;
  }
  if (!ui.s.hasData()) return;
  drawMapLabels(ui);
  pinnedTexts(ui, ss.marks[static_cast<size_t>(ss.step)], dl);
  captionCard(ui, ss, dl);
}

}  // namespace ps::ui
