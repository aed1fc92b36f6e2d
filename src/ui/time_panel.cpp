// Time panel: occupancy playback over 2024Q1..2026Q4 (play / pause, speed,
// a quarter slider, "now") and the chart of occupancy over time for the
// current selection (app/viewer_timeline.h), scrubbable. Docked at the bottom
// centre, above the status bar; controls are finger-sized for the kiosk.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include <imgui.h>

#include "analysis/quarters.h"
#include "viewer/commands.h"
#include "viewer/timeline.h"
#include "ui/ui_context.h"
#include "viewer/layout_commands.h"

namespace ps::ui {
namespace {

constexpr double kLast = analysis::kQuarterCount - 1;
constexpr ImU32 kAccent = IM_COL32(213, 94, 0, 255);    // the playhead (Okabe–Ito vermillion)
constexpr ImU32 kCurve = IM_COL32(0, 114, 178, 255);    // the curve (Okabe–Ito blue)

std::string percent(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", v * 100.0);
  return buf;
}

// A round, finger-sized play / pause button drawn as shapes (no icon font).
bool playButton(bool playing, float size, const char* tip) {
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const bool pressed = ImGui::InvisibleButton("##play", ImVec2(size, size));
  const bool hot = ImGui::IsItemHovered();
  if (hot) ImGui::SetTooltip("%s", tip);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 c(p.x + size * 0.5f, p.y + size * 0.5f);
  dl->AddCircleFilled(c, size * 0.5f, hot ? IM_COL32(0, 94, 150, 255) : kCurve, 32);
  const float r = size * 0.22f;
  if (playing) {
    dl->AddRectFilled(ImVec2(c.x - r * 0.9f, c.y - r), ImVec2(c.x - r * 0.25f, c.y + r), IM_COL32_WHITE);
    dl->AddRectFilled(ImVec2(c.x + r * 0.25f, c.y - r), ImVec2(c.x + r * 0.9f, c.y + r), IM_COL32_WHITE);
  } else {
    dl->AddTriangleFilled(ImVec2(c.x - r * 0.7f, c.y - r), ImVec2(c.x - r * 0.7f, c.y + r), ImVec2(c.x + r, c.y),
                          IM_COL32_WHITE);
  }
  return pressed;
}

// The chart: occupancy against time, quarters on x, the playhead at the
// current time; a click or drag sets the time. Returns the time clicked.
std::optional<double> drawChart(UiContext& ui, const viewer::OccupancySeries& ts, ImVec2 size) {
  auto& s = ui.s;
  const float sc = ui.scale;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("##chart", size);
  std::optional<double> clicked;
  const float padL = 44 * sc, padR = 12 * sc, padT = 6 * sc, padB = 18 * sc;
  const ImVec2 a(p0.x + padL, p0.y + padT), b(p0.x + size.x - padR, p0.y + size.y - padB);
  if (ImGui::IsItemActive() && ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
    const float mx = ImGui::GetIO().MousePos.x;
    clicked = std::clamp(static_cast<double>((mx - a.x) / (b.x - a.x)) * kLast, 0.0, kLast);
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ui.tr("time.scrub_tip"));
  dl->AddRectFilled(p0, ImVec2(p0.x + size.x, p0.y + size.y), IM_COL32(255, 255, 255, 235), 4 * sc);

  // y range: the curve's span widened to whole tenths, so small changes show.
  double lo = 1, hi = 0;
  for (double v : ts.occupancy)
    if (std::isfinite(v)) lo = std::min(lo, v), hi = std::max(hi, v);
  if (lo > hi) lo = 0, hi = 1;
  lo = std::max(0.0, std::floor((lo - 0.02) * 10) / 10);
  hi = std::min(1.0, std::ceil((hi + 0.02) * 10) / 10);
  if (hi - lo < 0.1) hi = std::min(1.0, lo + 0.1), lo = hi - 0.1;
  auto X = [&](double t) { return a.x + static_cast<float>(t / kLast) * (b.x - a.x); };
  auto Y = [&](double v) { return b.y - static_cast<float>((v - lo) / (hi - lo)) * (b.y - a.y); };

  const ImU32 grid = IM_COL32(0, 0, 0, 28), text = IM_COL32(70, 76, 82, 255);
  for (int k = 0; k <= 2; ++k) {
    const double v = lo + (hi - lo) * k / 2.0;
    dl->AddLine(ImVec2(a.x, Y(v)), ImVec2(b.x, Y(v)), grid);
    const std::string lab = percent(v);
    const ImVec2 tsz = ImGui::CalcTextSize(lab.c_str());
    dl->AddText(ImVec2(a.x - tsz.x - 5 * sc, Y(v) - tsz.y * 0.5f), text, lab.c_str());
  }
  for (int q = 0; q < analysis::kQuarterCount; ++q) {
    const float x = X(q);
    const bool year = q % 4 == 0;
    dl->AddLine(ImVec2(x, b.y), ImVec2(x, b.y + (year ? 5 : 3) * sc), IM_COL32(0, 0, 0, 90));
    if (year) {
      dl->AddLine(ImVec2(x, a.y), ImVec2(x, b.y), grid);
      const std::string yl = analysis::quarterLabel(q).substr(0, 4);
      dl->AddText(ImVec2(x + 2 * sc, b.y + 2 * sc), text, yl.c_str());
    }
  }
  // The curve (gaps where no building counts).
  for (size_t i = 1; i < ts.t.size(); ++i) {
    const double v0 = ts.occupancy[i - 1], v1 = ts.occupancy[i];
    if (!std::isfinite(v0) || !std::isfinite(v1)) continue;
    dl->AddLine(ImVec2(X(ts.t[i - 1]), Y(v0)), ImVec2(X(ts.t[i]), Y(v1)), kCurve, 2.0f * sc);
  }
  for (int q = 0; q < analysis::kQuarterCount; ++q)
    if (const double v = viewer::timelineValueAt(ts, q); std::isfinite(v)) dl->AddCircleFilled(ImVec2(X(q), Y(v)), 2.5f * sc, kCurve);
  // Playhead.
  if (s.time.quarter) {
    const double t = *s.time.quarter;
    dl->AddLine(ImVec2(X(t), a.y), ImVec2(X(t), b.y), kAccent, 1.5f * sc);
    if (const double v = viewer::timelineValueAt(ts, t); std::isfinite(v)) {
      const ImVec2 c(X(t), Y(v));
      dl->AddCircleFilled(c, 4.5f * sc, kAccent);
      const std::string lab = percent(v);
      const ImVec2 tsz = ImGui::CalcTextSize(lab.c_str());
      const float tx = std::min(c.x + 6 * sc, b.x - tsz.x);
      dl->AddText(ImVec2(tx, std::max(a.y, c.y - tsz.y - 4 * sc)), IM_COL32(140, 60, 0, 255), lab.c_str());
    }
  }
  return clicked;
}

}  // namespace

void drawTimePanel(UiContext& ui) {
  auto& s = ui.s;
  if (!s.panels.time || !s.hasData()) return;
  viewer::updateTimeline(s);
  const viewer::OccupancySeries& ts = s.timeline;
  const float sc = ui.scale;
  const int flags = placePanel(ui, "panel.time");  // the slim bar at the bottom (ui/panel_layout.cpp)
  ImGui::SetNextWindowBgAlpha(0.94f);
  if (!ImGui::Begin(ui.label("panel.time").c_str(), &s.panels.time, flags)) {
    ImGui::End();
    return;
  }
  if (ts.layer < 0) {
    ImGui::TextDisabled("%s", ui.tr("time.no_data"));
    ImGui::End();
    return;
  }

  // Row 1: play, the quarter slider, now, speed.
  const float big = 44 * sc;
  if (playButton(s.time.playing, big, s.time.playing ? ui.tr("time.pause") : ui.tr("time.play")))
    viewer::setPlaying(s, !s.time.playing);
  ui.shown.push_back(s.time.playing ? ui.tr("time.pause") : ui.tr("time.play"));
  ImGui::SameLine();
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(8 * sc, (big - ImGui::GetFontSize()) * 0.5f));
  ImGui::PushStyleVar(ImGuiStyleVar_GrabMinSize, 22 * sc);
  const float speedW = 150 * sc, nowW = ImGui::CalcTextSize(ui.tr("time.now")).x + 24 * sc;
  const char* chartLabel = ui.tr("layout.time_chart");
  const float chartW = ImGui::CalcTextSize(chartLabel).x + ImGui::GetFrameHeight() + 24 * sc;
  ImGui::SetNextItemWidth(std::max(120 * sc, ImGui::GetContentRegionAvail().x - speedW - nowW - chartW -
                                                 3 * ImGui::GetStyle().ItemSpacing.x));
  float q = static_cast<float>(s.time.quarter.value_or(kLast));
  // The whole quarter reached; the map and the chart's playhead show the in-between.
  const std::string label = s.time.quarter ? analysis::quarterLabel(*s.time.wholeQuarter()) : std::string(ui.tr("time.now"));
  // A format without '%' is shown as is: the quarter's name instead of a number.
  std::string fmt;
  for (char c : label) fmt += c == '%' ? std::string("%%") : std::string(1, c);
  if (ImGui::SliderFloat("##quarter", &q, 0.0f, static_cast<float>(kLast), fmt.c_str(), ImGuiSliderFlags_NoInput)) {
    if (s.time.playing) viewer::setPlaying(s, false);
    // Dragging lands on whole quarters; playback shows the in-between.
    viewer::setQuarter(s, std::round(static_cast<double>(q)));
  }
  ImGui::SameLine();
  const bool isNow = !s.time.quarter;
  if (isNow) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
  if (ImGui::Button(ui.tr("time.now"), ImVec2(nowW, big))) viewer::setQuarter(s, std::nullopt);
  if (isNow) ImGui::PopStyleColor();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ui.tr("time.now_tip"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(speedW);
  static const double kSpeeds[] = {0.5, 1.0, 2.0, 4.0};
  char cur[48];
  std::snprintf(cur, sizeof cur, "%g %s", s.time.speed, trCount(ui, "time.speed_unit", s.time.speed));
  if (ImGui::BeginCombo("##speed", cur)) {
    for (double v : kSpeeds) {
      char item[48];
      std::snprintf(item, sizeof item, "%g %s", v, trCount(ui, "time.speed_unit", v));
      if (ImGui::Selectable(item, v == s.time.speed, 0, ImVec2(0, 32 * sc))) viewer::setPlaybackSpeed(s, v);
    }
    ImGui::EndCombo();
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ui.tr("time.speed"));
  // The chart folds away: the first screen shows a slim bar (ui/panel_layout.cpp).
  ImGui::SameLine();
  const bool expanded = s.layout.prefs.timeExpanded;
  const std::string chartButton = std::string(expanded ? "▼ " : "▲ ") + chartLabel + "###time.chart_toggle";
  ui.shown.push_back(chartLabel);
  if (ImGui::Button(chartButton.c_str(), ImVec2(chartW, big))) viewer::setTimeExpanded(s, !expanded);
  ImGui::PopStyleVar(2);
  if (!expanded) {
    ImGui::End();
    return;
  }

  // Row 2: what the chart stands for, then the chart.
  std::string scope = ui.tr(ts.scopeKey);
  if (!ts.scopeName.empty()) scope += ": " + ts.scopeName;
  const std::string count = substitute(trCount(ui, "time.buildings", static_cast<double>(ts.buildings)), {{"n", std::to_string(ts.buildings)}});
  ImGui::Text("%s · %s (%s)", ui.tr("time.chart"), scope.c_str(), count.c_str());
  ui.shown.push_back(ui.tr("time.chart"));
  if (s.data->layers[static_cast<size_t>(ts.layer)].spec->sample) {
    ImGui::SameLine();
    ImGui::TextColored(ImVec4(0.75f, 0.35f, 0.0f, 1.0f), "(%s)", ui.tr("time.sample"));
  }
  if (ts.t.empty()) {
    ImGui::TextDisabled("%s", ui.tr("time.no_buildings"));
  } else if (auto t = drawChart(ui, ts, ImVec2(ImGui::GetContentRegionAvail().x, 120 * sc))) {
    if (s.time.playing) viewer::setPlaying(s, false);
    viewer::setQuarter(s, *t);
  }
  ImGui::End();
}

}  // namespace ps::ui
