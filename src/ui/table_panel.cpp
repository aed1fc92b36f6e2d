// Attribute table: one layer at a time, sortable by any column, searchable,
// virtualised with ImGuiListClipper so 100k rows scroll smoothly; a click
// selects the row's feature and flies there.
#include <algorithm>
#include <cctype>
#include <cmath>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "viewer/commands.h"
#include "ui/ui_context.h"

namespace ps::ui {
namespace {

// Row order cache: rebuilt only when layer, sort, search text or data change.
struct RowOrder {
  int layer = -1;
  int sortColumn = -1;
  bool ascending = true;
  std::string search;
  uint64_t sceneRevision = 0;
  std::vector<uint32_t> rows;
};

bool containsCi(const std::string& hay, const std::string& needle) {
  auto it = std::search(hay.begin(), hay.end(), needle.begin(), needle.end(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
  });
  return it != hay.end();
}

}  // namespace

void drawTablePanel(UiContext& ui) {
  auto& s = ui.s;
  const float sc = ui.scale;
  if (!beginDataPanel(ui, "panel.table", &s.panels.table, glm::vec2(350 * sc, ui.viewport.y - 330 * sc),
                      glm::vec2(ui.viewport.x - 700 * sc, 290 * sc)))
    return;
  if (s.tableLayer < 0 || s.tableLayer >= static_cast<int>(s.data->layers.size())) {
    s.tableLayer = 0;
    for (size_t i = 0; i < s.data->layers.size(); ++i)
      if (s.data->layers[i].spec->kind == LayerKind::Extrusion) s.tableLayer = static_cast<int>(i);
  }
  const auto layerName = [&](size_t i) {
    const LayerSpec& l = *s.data->layers[i].spec;
    return s.lang == Lang::En && !l.titleEn.empty() ? l.titleEn : l.title.empty() ? l.id : l.title;
  };
  ImGui::SetNextItemWidth(220 * sc);
  if (ImGui::BeginCombo(ui.tr("table.layer"), layerName(static_cast<size_t>(s.tableLayer)).c_str())) {
    for (size_t i = 0; i < s.data->layers.size(); ++i)
      if (ImGui::Selectable(layerName(i).c_str(), static_cast<int>(i) == s.tableLayer)) s.tableLayer = static_cast<int>(i);
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  ImGui::SetNextItemWidth(240 * sc);
  ImGui::InputTextWithHint("##tsearch", ui.tr("table.search_hint"), &s.tableSearch);

  const uint32_t li = static_cast<uint32_t>(s.tableLayer);
  const FeatureTable& t = s.data->layers[li].table;
  const int ncols = static_cast<int>(std::min<size_t>(t.columns.size(), 63));
  static RowOrder order;
  if (ncols == 0) {
    ImGui::End();
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX |
                                ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersV |
                                ImGuiTableFlags_Resizable | ImGuiTableFlags_Reorderable | ImGuiTableFlags_Hideable;
  if (ImGui::BeginTable("##table", ncols, flags)) {
    ImGui::TableSetupScrollFreeze(1, 1);
    for (int c = 0; c < ncols; ++c) {
      const std::string label = fieldLabel(s, li, t.columns[static_cast<size_t>(c)].name);
      ImGui::TableSetupColumn(label.c_str(), ImGuiTableColumnFlags_WidthFixed, 120 * sc);
    }
    ImGui::TableHeadersRow();
    int sortCol = -1;
    bool asc = true;
    if (ImGuiTableSortSpecs* spec = ImGui::TableGetSortSpecs(); spec && spec->SpecsCount > 0) {
      sortCol = spec->Specs[0].ColumnIndex;
      asc = spec->Specs[0].SortDirection == ImGuiSortDirection_Ascending;
    }
    if (order.layer != s.tableLayer || order.sortColumn != sortCol || order.ascending != asc ||
        order.search != s.tableSearch || order.sceneRevision != s.sceneRevision) {
      order = {s.tableLayer, sortCol, asc, s.tableSearch, s.sceneRevision, {}};
      order.rows.reserve(t.size());
      for (uint32_t r = 0; r < t.size(); ++r) {
        if (!s.tableSearch.empty()) {
          bool hit = false;
          for (const Column& c : t.columns)
            if (!c.numeric() && containsCi(c.asString(r), s.tableSearch)) {
              hit = true;
              break;
            }
          if (!hit) continue;
        }
        order.rows.push_back(r);
      }
      if (sortCol >= 0 && sortCol < ncols) {
        const Column& c = t.columns[static_cast<size_t>(sortCol)];
        auto less = [&](uint32_t a, uint32_t b) {
          if (c.numeric()) {
            double x = c.asReal(a), y = c.asReal(b);
            if (std::isnan(x) || std::isnan(y)) return !std::isnan(x) && std::isnan(y);
            return x < y;
          }
          return c.asString(a) < c.asString(b);
        };
        if (asc) std::stable_sort(order.rows.begin(), order.rows.end(), less);
        else std::stable_sort(order.rows.begin(), order.rows.end(), [&](uint32_t a, uint32_t b) { return less(b, a); });
      }
    }
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(order.rows.size()));
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const uint32_t row = order.rows[static_cast<size_t>(i)];
        const viewer::FeatureRef ref{li, row};
        const bool selected = std::find(s.selection.begin(), s.selection.end(), ref) != s.selection.end();
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushID(static_cast<int>(row));
        if (ImGui::Selectable(formatValue(s, li, t.columns[0], row).c_str(), selected,
                              ImGuiSelectableFlags_SpanAllColumns)) {
          viewer::select(s, ref, ImGui::GetIO().KeyShift);
          viewer::flyToFeature(s, ref, ui.viewport);
        }
        ImGui::PopID();
        for (int c = 1; c < ncols; ++c) {
          ImGui::TableNextColumn();
          ImGui::TextUnformatted(formatValue(s, li, t.columns[static_cast<size_t>(c)], row).c_str());
        }
      }
    }
    ImGui::EndTable();
  }
  ImGui::End();
}

}  // namespace ps::ui
