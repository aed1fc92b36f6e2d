// Statistics (统计) and knowledge rings: the figures of `parkscape stats` per
// district, zone, ring, park, sector or sub-sector at the map's time, as a
// sortable table (every cell the CLI's text: app/viewer_stats.h), a totals
// line, a bar chart of one column and each row's sector mix in the sector
// palette. A row click selects the district / zone / park on the map and
// flies there; a ring row flies to its campus.
#include <algorithm>
#include <array>
#include <cmath>

#include <imgui.h>

#include "analysis/quarters.h"
#include "viewer/stats.h"
#include "core/sectors.h"
#include "ui/ui_context.h"

namespace ps::ui {
namespace {

using analysis::StatsBy;
constexpr auto kReadable = analysis::NumberStyle::Readable;

struct TabDef {
  StatsBy by;
  const char* key;
};
constexpr std::array<TabDef, 8> kTabs = {{{StatsBy::District, "stats.by.district"},
                                          {StatsBy::Zone, "stats.by.zone"},
                                          {StatsBy::Ring, "stats.by.ring"},
                                          {StatsBy::Park, "stats.by.park"},
                                          {StatsBy::Sector, "stats.by.sector"},
                                          {StatsBy::SubSector, "stats.by.subsector"},
                                          {StatsBy::Status, "stats.by.status"},
                                          {StatsBy::CarrierRole, "stats.by.carrier_role"}}};

// Columns the bar chart can show.
constexpr std::array<const char*, 6> kChartColumns = {"gfa_m2", "vacant_m2", "occupied_m2", "occupancy", "vacancy", "parks"};

ImU32 rgbColour(uint32_t rgb, int alpha = 255) {
  return IM_COL32((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, alpha);
}

std::string_view sectorName(const Sector& s, Lang l) { return l == Lang::En ? s.en : s.zh; }

// Column header in the UI language: stats.col.<name>; share_<sector> by the sector's name.
std::string columnHeader(const viewer::ViewerState& s, const std::string& name) {
  if (name.rfind("share_", 0) == 0)
    if (const Sector* sec = findSector(name.substr(6)))
      return substitute(s.tr("stats.col.share"), {{"sector", std::string(sectorName(*sec, s.lang))}});
  const std::string key = "stats.col." + name;
  return s.strings.has(key) ? s.tr(key) : name;
}

double cellNumber(const analysis::StatsTable& t, size_t column, size_t row) {
  const analysis::StatsColumn& c = t.columns[column];
  return c.kind == analysis::CellKind::Text || row >= c.number.size() ? NAN : c.number[row];
}

void swatch(ImU32 colour, float size) {
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float y = p.y + (ImGui::GetTextLineHeight() - size) * 0.5f;
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, y), ImVec2(p.x + size, y + size), colour, 2.0f);
  ImGui::Dummy(ImVec2(size, ImGui::GetTextLineHeight()));
}

// The grouping tabs. ss.by may change outside (the View menu, the replay): the
// tab is then selected for it, and a tab the user clicks changes ss.by.
void groupingTabs(UiContext& ui, viewer::StatsSession& ss) {
  static std::optional<StatsBy> lastVisible;
  std::optional<StatsBy> visible;
  if (ImGui::BeginTabBar("##stats_by")) {
    for (const TabDef& tab : kTabs) {
      const ImGuiTabItemFlags f = tab.by == ss.by && lastVisible != ss.by ? ImGuiTabItemFlags_SetSelected : 0;
      if (ImGui::BeginTabItem(ui.label(tab.key).c_str(), nullptr, f)) {
        visible = tab.by;
        ImGui::EndTabItem();
      }
    }
    ImGui::EndTabBar();
  }
  // Only a change away from a tab that was in step with ss.by is the user's click.
  if (visible && lastVisible && *lastVisible == ss.by && *visible != ss.by)
    viewer::statsSetBy(ui.s, *visible, ss.mergeRings);
  lastVisible = visible;
}

void header(UiContext& ui, viewer::StatsSession& ss) {
  auto& s = ui.s;
  const std::string when = ss.quarter ? analysis::quarterLabel(*ss.quarter) : std::string(ui.tr("stats.now"));
  if (ui.largeFont) ImGui::PushFont(ui.largeFont);
  ImGui::TextUnformatted(substitute(ui.tr("stats.at"), {{"time", when}}).c_str());
  if (ui.largeFont) ImGui::PopFont();
  if (const auto* b = s.data->find("buildings"); b && b->spec->sample) {
    ImGui::SameLine();
    ImGui::TextColored(ImVec4(0.75f, 0.35f, 0.0f, 1.0f), "%s", ui.tr("layers.sample_tag"));
  }
  if (s.time.playing) {
    ImGui::SameLine();
    ImGui::TextDisabled("%s", ui.tr("stats.playing"));
  }
  if (ss.by == StatsBy::Ring) {
    bool merge = ss.mergeRings;
    if (ImGui::Checkbox(ui.tr("stats.merge_rings"), &merge)) viewer::statsSetBy(s, ss.by, merge);
    ImGui::SameLine();
    ImGui::TextDisabled("(?)");
    if (ImGui::IsItemHovered()) {
      ImGui::BeginTooltip();
      ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
      ImGui::TextUnformatted(ui.tr("stats.ring_note"));
      ImGui::PopTextWrapPos();
      ImGui::EndTooltip();
    }
  }
}

// Whether the table row stands for something selected on the map.
bool rowSelected(const viewer::ViewerState& s, size_t tableRow) {
  if (auto f = viewer::statsRowFeature(s, tableRow))
    return std::find(s.selection.begin(), s.selection.end(), *f) != s.selection.end();
  return false;
}

void statsTable(UiContext& ui, viewer::StatsSession& ss, float height) {
  auto& s = ui.s;
  const float sc = ui.scale;
  const analysis::StatsTable& t = ss.table;
  const viewer::StatsGrid& g = ss.grid;
  const int ncols = static_cast<int>(std::min<size_t>(g.columns.size(), 63));
  if (ncols == 0) return;
  const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_SortTristate | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_ScrollX | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                                ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_Resizable |
                                ImGuiTableFlags_SizingFixedFit;
  // One table id per grouping: ImGui keeps each one's widths and sort apart.
  const std::string id = std::string("##stats_") + analysis::statsByName(ss.by);
  if (!ImGui::BeginTable(id.c_str(), ncols, flags, ImVec2(0, height))) return;
  ImGui::TableSetupScrollFreeze(1, 1);
  for (int c = 0; c < ncols; ++c) {
    const analysis::StatsColumn& col = t.columns[g.columns[static_cast<size_t>(c)]];
    // By ring the name column is the university's.
    const std::string head = c == 0 && ss.by == StatsBy::Ring ? std::string(ui.tr("stats.col.university"))
                             : c == 0 ? std::string(ui.tr("stats.col.name"))
                                      : columnHeader(s, col.name);
    const std::string label = head + "##" + col.name;
    // The name column has a set width; the others fit their header and cells.
    ImGui::TableSetupColumn(label.c_str(), ImGuiTableColumnFlags_WidthFixed | (c == 0 ? ImGuiTableColumnFlags_NoHide : 0),
                            c == 0 ? 150 * sc : 0.0f);
  }
  ImGui::TableHeadersRow();
  if (ImGuiTableSortSpecs* spec = ImGui::TableGetSortSpecs(); spec && spec->SpecsDirty) {
    int column = -1;
    bool descending = false;
    if (spec->SpecsCount > 0 && static_cast<size_t>(spec->Specs[0].ColumnIndex) < g.columns.size()) {
      column = static_cast<int>(g.columns[spec->Specs[0].ColumnIndex]);
      descending = spec->Specs[0].SortDirection == ImGuiSortDirection_Descending;
    }
    spec->SpecsDirty = false;
    viewer::statsSetSort(s, column, descending);
  }
  const int dominant = t.findColumn("dominant_sector");
  const int keyCol = t.findColumn("key");
  const int timingCol = t.findColumn(s.lang == Lang::En ? "timing_en" : "timing_zh");  // the seed's timing (sectors)
  for (size_t i = 0; i < ss.grid.rows.size(); ++i) {
    const size_t row = ss.grid.rows[i];
    ImGui::TableNextRow();
    ImGui::PushID(static_cast<int>(row));
    for (int c = 0; c < ncols; ++c) {
      ImGui::TableSetColumnIndex(c);
      const size_t tc = ss.grid.columns[static_cast<size_t>(c)];
      const std::string& cell = ss.grid.cells[i][static_cast<size_t>(c)];
      if (c == 0) {
        if (ImGui::Selectable(cell.empty() ? "—" : cell.c_str(), rowSelected(s, row),
                              ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap))
          viewer::statsActivateRow(s, row, ui.viewport);
        if (ImGui::IsItemHovered() && keyCol >= 0) {
          ImGui::BeginTooltip();
          ImGui::TextUnformatted(t.columns[static_cast<size_t>(keyCol)].text[row].c_str());
          if (timingCol >= 0) ImGui::TextUnformatted(t.columns[static_cast<size_t>(timingCol)].text[row].c_str());
          ImGui::TextDisabled("%s", ui.tr(ss.by == StatsBy::Ring ? "stats.click_ring" : "stats.click_row"));
          ImGui::EndTooltip();
        }
      } else if (static_cast<int>(tc) == dominant && !cell.empty()) {
        // The sector id the CLI prints, drawn as its colour and name.
        if (const Sector* sec = findSector(cell)) {
          swatch(rgbColour(sec->rgb), 10 * sc);
          ImGui::SameLine(0, 4 * sc);
          ImGui::TextUnformatted(std::string(sectorName(*sec, s.lang)).c_str());
        } else {
          ImGui::TextUnformatted(cell.c_str());
        }
      } else if (t.columns[tc].kind != analysis::CellKind::Text) {
        // Numbers right-aligned, as in an atlas table.
        const float w = ImGui::CalcTextSize(cell.c_str()).x;
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, ImGui::GetColumnWidth() - w));
        ImGui::TextUnformatted(cell.c_str());
      } else {
        ImGui::TextUnformatted(cell.c_str());
      }
    }
    ImGui::PopID();
  }
  // Totals line.
  ImGui::TableNextRow();
  ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, IM_COL32(220, 226, 234, 255));
  for (int c = 0; c < ncols; ++c) {
    ImGui::TableSetColumnIndex(c);
    if (c == 0) {
      const bool overlap = ss.by == StatsBy::Zone || ss.by == StatsBy::Ring;
      ImGui::TextUnformatted(ui.tr(overlap ? "stats.total_overlap" : "stats.total"));
      if (overlap && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ui.tr("stats.total_overlap_note"));
      continue;
    }
    const std::string& cell = ss.grid.totals[static_cast<size_t>(c)];
    const float w = ImGui::CalcTextSize(cell.c_str()).x;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, ImGui::GetColumnWidth() - w));
    ImGui::TextUnformatted(cell.c_str());
  }
  ImGui::EndTable();
}

// Sector mix as a stacked bar (shares of GFA, sector palette) with a tooltip per segment.
void sectorMixBar(UiContext& ui, const analysis::StatsTable& t, size_t row, float width, float height) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float y0 = p.y + (ImGui::GetTextLineHeight() - height) * 0.5f;
  ImGui::Dummy(ImVec2(width, ImGui::GetTextLineHeight()));
  const bool hovered = ImGui::IsItemHovered();
  const float mx = ImGui::GetIO().MousePos.x;
  dl->AddRectFilled(ImVec2(p.x, y0), ImVec2(p.x + width, y0 + height), IM_COL32(232, 234, 237, 255));
  float x = p.x;
  for (const Sector& sec : sectors()) {
    const int c = t.findColumn("share_" + std::string(sec.id));
    if (c < 0) continue;
    const double share = cellNumber(t, static_cast<size_t>(c), row);
    if (!std::isfinite(share) || share <= 0) continue;
    const float w = static_cast<float>(share) * width;
    dl->AddRectFilled(ImVec2(x, y0), ImVec2(x + w, y0 + height), rgbColour(sec.rgb));
    if (x > p.x) dl->AddLine(ImVec2(x, y0), ImVec2(x, y0 + height), IM_COL32(255, 255, 255, 220));  // segment edge
    if (hovered && mx >= x && mx < x + w) {
      ImGui::BeginTooltip();
      swatch(rgbColour(sec.rgb), 10 * ui.scale);
      ImGui::SameLine();
      ImGui::Text("%s  %.1f %%", std::string(sectorName(sec, ui.s.lang)).c_str(), share * 100.0);
      ImGui::TextDisabled("%s %s", columnHeader(ui.s, t.columns[static_cast<size_t>(c)].name).c_str(),
                          analysis::formatCell(t, static_cast<size_t>(c), row, kReadable).c_str());
      ImGui::EndTooltip();
    }
    x += w;
  }
}

// A chart row's label: the name; by ring also campus and radius, since one
// university has several rings.
std::string chartLabel(const UiContext& ui, const viewer::StatsSession& ss, size_t displayRow) {
  const std::vector<std::string>& cells = ss.grid.cells[displayRow];
  std::string label = cells.empty() ? std::string() : cells[0];
  if (ss.by != StatsBy::Ring) return label;
  const int campus = ss.table.findColumn("campus"), radius = ss.table.findColumn("radius_m");
  const size_t row = ss.grid.rows[displayRow];
  if (campus >= 0) label += " · " + ss.table.columns[static_cast<size_t>(campus)].text[row];
  if (radius >= 0)
    label += " · " + analysis::formatCell(ss.table, static_cast<size_t>(radius), row, kReadable) + " " + ui.tr("unit.m");
  return label;
}

void charts(UiContext& ui, viewer::StatsSession& ss) {
  auto& s = ui.s;
  const float sc = ui.scale;
  const analysis::StatsTable& t = ss.table;
  sectionTitle(ui.tr("stats.charts"));
  // Which column the bars show.
  ImGui::SetNextItemWidth(170 * sc);
  if (ImGui::BeginCombo(ui.tr("stats.chart_column"), columnHeader(s, ss.chartColumn).c_str())) {
    for (const char* name : kChartColumns)
      if (t.findColumn(name) >= 0 && ImGui::Selectable(columnHeader(s, name).c_str(), ss.chartColumn == name))
        ss.chartColumn = name;
    ImGui::EndCombo();
  }
  // Palette key for the sector mix.
  ImGui::SameLine(0, 18 * sc);
  for (const Sector& sec : sectors()) {
    swatch(rgbColour(sec.rgb), 10 * sc);
    ImGui::SameLine(0, 3 * sc);
    ImGui::TextUnformatted(std::string(sectorName(sec, s.lang)).c_str());
    ImGui::SameLine(0, 9 * sc);
  }
  ImGui::NewLine();

  const int vc = t.findColumn(ss.chartColumn);
  if (vc < 0) return;
  double maxValue = 0;
  for (double v : t.columns[static_cast<size_t>(vc)].number)
    if (std::isfinite(v)) maxValue = std::max(maxValue, v);
  const bool rate = t.columns[static_cast<size_t>(vc)].kind == analysis::CellKind::Rate;
  if (rate) maxValue = std::max(maxValue, 1e-9);  // shares: the bar's full width is the largest row, not 100 %
  const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable("##stats_chart", 3, flags, ImVec2(0, ImGui::GetContentRegionAvail().y))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(ui.tr(ss.by == StatsBy::Ring ? "stats.col.ring" : "stats.col.name"),
                          ImGuiTableColumnFlags_WidthFixed, (ss.by == StatsBy::Ring ? 290 : 150) * sc);
  ImGui::TableSetupColumn(columnHeader(s, ss.chartColumn).c_str(), ImGuiTableColumnFlags_WidthStretch, 1.1f);
  ImGui::TableSetupColumn(ui.tr("stats.sector_mix"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableHeadersRow();
  const float barH = ImGui::GetTextLineHeight() * 0.72f;
  for (size_t i = 0; i < ss.grid.rows.size(); ++i) {
    const size_t row = ss.grid.rows[i];
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::PushID(static_cast<int>(row));
    const std::string name = chartLabel(ui, ss, i);
    if (ImGui::Selectable(name.empty() ? "—" : name.c_str(), rowSelected(s, row), ImGuiSelectableFlags_SpanAllColumns |
                                                                                      ImGuiSelectableFlags_AllowItemOverlap))
      viewer::statsActivateRow(s, row, ui.viewport);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", name.c_str());  // long ring labels are clipped
    ImGui::PopID();
    // The bar, with the cell's own text (the table's digits) after it.
    ImGui::TableSetColumnIndex(1);
    const double v = cellNumber(t, static_cast<size_t>(vc), row);
    const std::string text = analysis::formatCell(t, static_cast<size_t>(vc), row, kReadable);
    const float textW = ImGui::CalcTextSize("0,000,000,000").x;
    const float full = std::max(20.0f, ImGui::GetContentRegionAvail().x - textW);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float y0 = p.y + (ImGui::GetTextLineHeight() - barH) * 0.5f;
    const float w = std::isfinite(v) && maxValue > 0 ? static_cast<float>(v / maxValue) * full : 0.0f;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, y0), ImVec2(p.x + std::max(w, 1.0f), y0 + barH),
                                              IM_COL32(74, 106, 138, 255), 1.5f);
    ImGui::Dummy(ImVec2(w, ImGui::GetTextLineHeight()));
    ImGui::SameLine(0, 6 * sc);
    ImGui::TextUnformatted(text.empty() ? "—" : text.c_str());
    ImGui::TableSetColumnIndex(2);
    sectorMixBar(ui, t, row, std::max(20.0f, ImGui::GetContentRegionAvail().x - 4 * sc), barH);
  }
  ImGui::EndTable();
}

}  // namespace

void drawStatsPanel(UiContext& ui) {
  auto& s = ui.s;
  const float sc = ui.scale;
  // Ends above the time panel (docked at the bottom), which says what time the figures are at.
  if (!beginDataPanel(ui, "panel.stats", &s.panels.stats, glm::vec2(ui.viewport.x - 800 * sc, 36 * sc),
                      glm::vec2(780 * sc, std::max(420.0f * sc, static_cast<float>(ui.viewport.y) - 300 * sc))))
    return;
  viewer::statsRefresh(s);
  viewer::StatsSession& ss = viewer::statsSession(s);
  groupingTabs(ui, ss);
  header(ui, ss);
  if (!ss.error.empty()) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1.0f), "%s", ss.error.c_str());
    ImGui::PopTextWrapPos();
  } else if (ss.table.rowCount() == 0) {
    ImGui::TextDisabled("%s", ui.tr("stats.empty"));
  } else {
    statsTable(ui, ss, std::max(160.0f * sc, ImGui::GetContentRegionAvail().y * 0.5f));
    charts(ui, ss);
  }
  ImGui::End();
}

}  // namespace ps::ui
