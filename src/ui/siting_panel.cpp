#include "ui/siting_panel.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>

#include <imgui.h>

#include "core/data_path.h"
#include "ui/file_picker.h"
#include "viewer/siting_rows.h"

namespace ps::ui {
namespace {

using siting::Criterion;
using siting::kCriterionCount;

// One colour per criterion for the contribution bars (Okabe–Ito, then greys).
ImU32 criterionColour(size_t c) {
  static const ImU32 k[] = {IM_COL32(0, 114, 178, 255),   IM_COL32(230, 159, 0, 255),  IM_COL32(0, 158, 115, 255),
                            IM_COL32(204, 121, 167, 255), IM_COL32(86, 180, 233, 255), IM_COL32(213, 94, 0, 255),
                            IM_COL32(240, 228, 66, 255),  IM_COL32(120, 120, 120, 255), IM_COL32(160, 160, 160, 255),
                            IM_COL32(90, 90, 90, 255),    IM_COL32(190, 190, 190, 255), IM_COL32(60, 60, 60, 255)};
  return k[c % (sizeof k / sizeof k[0])];
}

// Texts come from the viewer's table; without one (headless tests) the key shows.
const char* tr(const SitingState& s, const char* key) {
  return s.strings ? s.strings->tr(key, s.english ? Lang::En : Lang::Zh) : key;
}

std::string label(const SitingState& s, Criterion c) {
  return std::string(s.english ? siting::criterionEn(c) : siting::criterionZh(c));
}

// A horizontal bar split into the criteria's contributions (score 0..100).
void contributionBar(const siting::ResultRow& row, float width, float height) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 p = ImGui::GetCursorScreenPos();
  dl->AddRectFilled(p, ImVec2(p.x + width, p.y + height), IM_COL32(225, 225, 225, 255), 3.0f);
  float x = p.x;
  for (size_t c = 0; c < kCriterionCount; ++c) {
    float w = static_cast<float>(row.contribution[c] / 100.0) * width;
    if (w <= 0) continue;
    dl->AddRectFilled(ImVec2(x, p.y), ImVec2(x + w, p.y + height), criterionColour(c));
    x += w;
  }
  ImGui::Dummy(ImVec2(width, height));
}

// Where the picker opens: the demand file, found as the viewer finds it (the
// working directory, then the data folder: core/data_path.h).
std::string resolveDemandFile(const std::string& p) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (p.empty() || fs::path(p).is_absolute() || fs::exists(p, ec)) return p;
  const fs::path alt = fs::path(ps::dataDir()) / p;
  return fs::exists(alt, ec) ? alt.string() : p;
}

// ImGui 1.86 has no SeparatorText.
void sectionTitle(const char* text) {
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::TextUnformatted(text);
}

// The strongest request wins: loading implies evaluating implies re-ranking.
struct Requests {
  SitingPanelOutput& out;
  void operator()(SitingRequest r) const {
    if (out.request == SitingRequest::None || static_cast<int>(r) < static_cast<int>(out.request)) out.request = r;
  }
};

// [SECTION] Demand file: its name, the file, a picker to choose another
void demandSection(SitingState& st, const Requests& request) {
  static FilePicker picker;
  const std::string& name = st.english && !st.demand.nameEn.empty() ? st.demand.nameEn : st.demand.name;
  if (!name.empty()) ImGui::TextWrapped("%s", name.c_str());
  const std::string file = std::filesystem::path(st.demandPath).filename().string();
  ImGui::TextDisabled("%s", file.c_str());
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", st.demandPath.c_str());
  ImGui::SameLine();
  const float w = ImGui::CalcTextSize(tr(st, "siting.browse")).x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - w));
  if (ImGui::Button(tr(st, "siting.browse"))) openFilePicker(picker, resolveDemandFile(st.demandPath), false, {".toml"});
  const auto chosen = drawFilePicker(picker, "##demand_picker", tr(st, "siting.browse_prompt"), 1.0f,
                                     [&](const char* key) { return tr(st, key); });
  if (chosen) {
    st.demandPath = *chosen;
    request(SitingRequest::LoadDemand);
  }
  if (!st.error.empty()) ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s", st.error.c_str());
}

// [SECTION] Explanation of the selected candidate
void explanationSection(SitingState& st, const siting::SitingResult& result) {
  const int n = static_cast<int>(result.rows.size());
  if (st.selected >= 0 && st.selected < n) {
    const siting::ResultRow& row = result.rows[static_cast<size_t>(st.selected)];
    sectionTitle(tr(st, "siting.why"));
    ImGui::Text("#%d  %s  %s", row.rank, row.id.c_str(), row.park.c_str());
    ImGui::TextWrapped("%s", (st.english ? row.explanationEn : row.explanationZh).c_str());
    for (size_t c = 0; c < kCriterionCount; ++c) {
      if (!result.demand.criteria[c].enabled) continue;
      ImGui::ColorButton("##k", ImGui::ColorConvertU32ToFloat4(criterionColour(c)),
                         ImGuiColorEditFlags_NoTooltip, ImVec2(14, 14));
      ImGui::SameLine();
      ImGui::Text("%-18s %+6.1f", label(st, siting::criterionAt(c)).c_str(), row.contribution[c]);
    }
  }
}

// [SECTION] Results: score bars, ties, exclusions
void resultsSection(SitingState& st, const siting::SitingResult* result, const Requests& request) {
  sectionTitle(tr(st, "siting.results"));
  if (!result) {
    ImGui::TextDisabled("%s", tr(st, "siting.nothing"));
  } else if (result->rows.empty()) {
    ImGui::TextWrapped("%s", (st.english ? result->noneMessageEn : result->noneMessageZh).c_str());
  } else {
    const std::string counts = substitute(tr(st, "siting.counts"), {{"candidates", std::to_string(result->candidates)},
                                                                    {"passing", std::to_string(result->passing)}});
    ImGui::TextUnformatted(counts.c_str());
    int n = static_cast<int>(result->rows.size());
    if (ImGui::Button(tr(st, "siting.previous"), ImVec2(150, 0)) && n > 0) {
      st.selected = st.selected <= 0 ? n - 1 : st.selected - 1;
      request(SitingRequest::FlyTo);
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(st, "siting.next"), ImVec2(150, 0)) && n > 0) {
      st.selected = (st.selected + 1) % n;
      request(SitingRequest::FlyTo);
    }
    // Rows that can be told apart (viewer/siting_rows.h): rank, score, the bar,
    // the name less what every listed name shares, the id; the full name in a tooltip.
    const viewer::SitingRowTexts texts = viewer::sitingRowTexts(*result, st.english);
    if (!texts.shared.empty()) {
      std::string shared = texts.shared;
      while (!shared.empty() && shared.back() == ' ') shared.pop_back();
      ImGui::TextDisabled("%s", substitute(tr(st, "siting.shared_prefix"), {{"prefix", shared}}).c_str());
    }
    ImGui::BeginChild("rows", ImVec2(0, 300), true);
    const ImGuiTableFlags tf = ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg;
    if (ImGui::BeginTable("##results", 5, tf)) {
      const float avail = ImGui::GetContentRegionAvail().x;
      const float barW = std::max(60.0f, avail * 0.22f);
      const float idW = ImGui::CalcTextSize("P000-00-00").x;
      ImGui::TableSetupColumn("##rank", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("10=").x);
      ImGui::TableSetupColumn("##score", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("100.0").x);
      ImGui::TableSetupColumn("##bar", ImGuiTableColumnFlags_WidthFixed, barW);
      ImGui::TableSetupColumn("##name", ImGuiTableColumnFlags_WidthStretch);
      ImGui::TableSetupColumn("##id", ImGuiTableColumnFlags_WidthFixed, idW);
      const float rowH = ImGui::GetTextLineHeight() + 8;
      for (int r = 0; r < n; ++r) {
        const siting::ResultRow& row = result->rows[static_cast<size_t>(r)];
        const viewer::SitingRowText& t = texts.rows[static_cast<size_t>(r)];
        ImGui::PushID(r);
        ImGui::TableNextRow(ImGuiTableRowFlags_None, rowH);
        ImGui::TableSetColumnIndex(0);
        if (ImGui::Selectable(t.rank.c_str(), st.selected == r,
                              ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap, ImVec2(0, rowH - 4))) {
          st.selected = r;
          request(SitingRequest::FlyTo);
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("#%s  %s\n%s  %s", t.rank.c_str(), t.full.c_str(), t.id.c_str(), t.score.c_str());
        ImGui::TableSetColumnIndex(1);
        ImGui::TextUnformatted(t.score.c_str());
        ImGui::TableSetColumnIndex(2);
        contributionBar(row, barW, rowH - 8);
        ImGui::TableSetColumnIndex(3);
        const float nameW = ImGui::GetContentRegionAvail().x;
        const std::string shown = viewer::elideMiddle(t.name, nameW, [](std::string_view v) {
          return ImGui::CalcTextSize(v.data(), v.data() + v.size()).x;
        });
        ImGui::TextUnformatted(shown.c_str());
        ImGui::TableSetColumnIndex(4);
        ImGui::TextDisabled("%s", t.id.c_str());
        ImGui::PopID();
      }
      ImGui::EndTable();
    }
    ImGui::EndChild();
    if (result->ties) ImGui::TextDisabled("%s", tr(st, "siting.ties"));
    explanationSection(st, *result);
  }
}

// [SECTION] Criteria: hard flag, weight slider (what-if), colour key
void criteriaSection(SitingState& st, const Requests& request) {
  sectionTitle(tr(st, "siting.criteria"));
  for (size_t c = 0; c < kCriterionCount; ++c) {
    siting::CriterionSpec& spec = st.demand.criteria[c];
    if (!spec.enabled) continue;
    ImGui::PushID(static_cast<int>(c));
    ImGui::ColorButton("##key", ImGui::ColorConvertU32ToFloat4(criterionColour(c)),
                       ImGuiColorEditFlags_NoTooltip | ImGuiColorEditFlags_NoDragDrop, ImVec2(20, 20));
    ImGui::SameLine();
    if (ImGui::Checkbox(tr(st, "siting.hard"), &spec.hard)) request(SitingRequest::Reevaluate);
    ImGui::SameLine();
    float w = static_cast<float>(st.weights[c]);
    ImGui::SetNextItemWidth(-1);
    std::string fmtLabel = label(st, siting::criterionAt(c)) + "  %.2f";
    if (ImGui::SliderFloat("##w", &w, 0.0f, 5.0f, fmtLabel.c_str())) {
      st.weights[c] = w;
      request(SitingRequest::Rerank);
    }
    ImGui::PopID();
  }
  if (ImGui::SliderInt(tr(st, "siting.top"), &st.top, 1, 50)) request(SitingRequest::Rerank);
  if (ImGui::Button(tr(st, "siting.reset_weights"))) {
    st.weights = siting::demandWeights(st.demand);
    request(SitingRequest::Rerank);
  }
}

// [SECTION] Export
void exportSection(const SitingState& st, const siting::SitingResult* result, const Requests& request, SitingPanelOutput& out) {
  if (result && !result->rows.empty()) {
    sectionTitle(tr(st, "siting.export"));
    for (const char* ext : {".csv", ".gpkg", ".geojson"}) {
      if (ImGui::Button(ext, ImVec2(120, 0))) {
        request(SitingRequest::Export);
        out.exportExt = ext;
      }
      ImGui::SameLine();
    }
    ImGui::NewLine();
  }
}

}  // namespace

SitingPanelOutput drawSitingPanel(SitingState& st, const siting::SitingResult* result) {
  SitingPanelOutput out;
  const Requests request{out};
  // Big, touch-friendly controls: generous padding and spacing.
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(12, 10));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(10, 10));
  ImGui::PushStyleVar(ImGuiStyleVar_GrabMinSize, 24.0f);
  // Placed and sized by the caller (the viewer's sidebar, ui/panel_layout.cpp).
  if (!ImGui::Begin((std::string(tr(st, "panel.siting")) + "###siting").c_str(), st.open)) {
    ImGui::End();
    ImGui::PopStyleVar(3);
    return out;
  }
  demandSection(st, request);
  resultsSection(st, result, request);
  criteriaSection(st, request);
  exportSection(st, result, request, out);
  ImGui::End();
  ImGui::PopStyleVar(3);
  return out;
}

}  // namespace ps::ui
