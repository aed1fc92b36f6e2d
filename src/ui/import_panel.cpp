// The import dialog (viewer/import.h): the layers of the files dropped or
// opened, each with its geometry, count and CRS, an outline preview, the field
// role guessed for each role with its reason (changeable from a list), the
// sector value mapping with the values left unmatched, and OK / Cancel.
// Reads the viewer's model only; every change goes through viewer/import.h.
#include <algorithm>
#include <cmath>
#include <string>

#include <imgui.h>

#include "core/sectors.h"
#include "scene/field_roles.h"
#include "ui/ui_context.h"
#include "viewer/import.h"

namespace ps::ui {
namespace {

// The layer's outlines fitted into a box (no GL: ImGui's draw list).
void drawPreview(const FeatureTable& t, float size) {
  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(p0, ImVec2(p0.x + size, p0.y + size), IM_COL32(240, 242, 245, 255));
  ImGui::Dummy(ImVec2(size, size));
  const auto& c = t.geom.coords;
  if (c.empty()) return;
  glm::dvec2 lo = c[0], hi = c[0];
  for (const glm::dvec2& p : c)
    if (std::isfinite(p.x) && std::isfinite(p.y)) {
      lo = glm::dvec2(std::min(lo.x, p.x), std::min(lo.y, p.y));
      hi = glm::dvec2(std::max(hi.x, p.x), std::max(hi.y, p.y));
    }
  const double span = std::max({hi.x - lo.x, hi.y - lo.y, 1e-9});
  const double k = (size - 8) / span;
  auto at = [&](const glm::dvec2& p) {
    return ImVec2(p0.x + 4 + static_cast<float>((p.x - lo.x) * k), p0.y + size - 4 - static_cast<float>((p.y - lo.y) * k));
  };
  std::vector<ImVec2> pts;
  const size_t rings = std::min<size_t>(t.geom.ringCount(), 5000);
  for (size_t r = 0; r < rings; ++r) {
    pts.clear();
    for (uint32_t i = t.geom.ringCoord[r]; i < t.geom.ringCoord[r + 1]; ++i) pts.push_back(at(c[i]));
    if (pts.size() == 1) dl->AddCircleFilled(pts[0], 2.0f, IM_COL32(40, 90, 160, 255));
    else dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), IM_COL32(40, 90, 160, 255), ImDrawFlags_Closed, 1.0f);
  }
}

void drawLayerList(UiContext& ui, viewer::ImportSession& im) {
  for (size_t li = 0; li < im.layers.size(); ++li) {
    const viewer::ImportLayer& l = im.layers[li];
    const data::InspectedLayer& in = im.inspected(l);
    ImGui::PushID(static_cast<int>(li));
    bool include = l.include;
    if (ImGui::Checkbox("##include", &include)) viewer::setImportInclude(ui.s, li, include);
    ImGui::SameLine();
    const std::string text = in.name + "  (" + std::to_string(in.table.size()) + ")";
    if (ImGui::Selectable(text.c_str(), im.current == static_cast<int>(li))) im.current = static_cast<int>(li);
    ImGui::PopID();
  }
  for (const std::string& e : im.errors) ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s", e.c_str());
}

void drawRoles(UiContext& ui, size_t li, const viewer::ImportLayer& l, const data::InspectedLayer& in) {
  sectionTitle(ui.tr("import.roles"));
  const auto roles = fieldRoleTable();
  for (size_t ri = 0; ri < roles.size(); ++ri) {
    const FieldRoleDef& d = roles[ri];
    const std::string& field = l.roles.*d.member;
    ImGui::PushID(static_cast<int>(ri));
    ImGui::SetNextItemWidth(150 * ui.scale);
    const char* label = d.labelKey ? ui.tr(d.labelKey) : d.key;
    if (ImGui::BeginCombo(label, field.empty() ? ui.tr("import.none") : field.c_str())) {
      if (ImGui::Selectable(ui.tr("import.none"), field.empty())) viewer::setImportRole(ui.s, li, d.key, "");
      for (const Column& c : in.table.columns)
        if (ImGui::Selectable(c.name.c_str(), c.name == field)) viewer::setImportRole(ui.s, li, d.key, c.name);
      ImGui::EndCombo();
    }
    if (ri < l.reasons.size() && !field.empty()) {
      ImGui::SameLine(300 * ui.scale);
      ImGui::TextDisabled("%s", l.reasons[ri].c_str());
    }
    ImGui::PopID();
  }
  for (const std::string& n : in.guesses.notes) ImGui::TextDisabled("%s", n.c_str());
}

void drawSectorValues(UiContext& ui, size_t li, const viewer::ImportLayer& l, const data::InspectedLayer& in) {
  if (l.roles.sector.empty()) return;
  const Column* col = in.table.column(l.roles.sector);
  if (!col) return;
  sectionTitle(ui.tr("import.sector_values"));
  const SectorValueMapping m = mapSectorValues(*col, 60);
  for (size_t k = 0; k < m.values.size(); ++k) {
    const SectorValue& v = m.values[k];
    auto it = l.proposal.sectorValues.find(v.value);
    const std::string mapped = it != l.proposal.sectorValues.end() ? it->second : v.sector;
    const Sector* sec = findSector(mapped);
    ImGui::PushID(static_cast<int>(k));
    ImGui::SetNextItemWidth(150 * ui.scale);
    const std::string shown = sec ? std::string(ui.s.lang == Lang::En ? sec->en : sec->zh) : ui.tr("import.unmatched");
    if (ImGui::BeginCombo((v.value + " (" + std::to_string(v.count) + ")").c_str(), shown.c_str())) {
      if (ImGui::Selectable(ui.tr("import.unmatched"), !sec)) viewer::setImportSectorValue(ui.s, li, v.value, "");
      for (const Sector& s : sectors())
        if (ImGui::Selectable(std::string(ui.s.lang == Lang::En ? s.en : s.zh).c_str(), sec == &s))
          viewer::setImportSectorValue(ui.s, li, v.value, std::string(s.id));
      ImGui::EndCombo();
    }
    if (!sec) {
      ImGui::SameLine();
      ImGui::TextColored(ImVec4(0.75f, 0.35f, 0.0f, 1.0f), "%s", ui.tr("import.unmatched"));
    }
    ImGui::PopID();
  }
}

void drawLayerDetail(UiContext& ui, viewer::ImportSession& im) {
  if (im.layers.empty()) return;
  const size_t li = static_cast<size_t>(std::clamp(im.current, 0, static_cast<int>(im.layers.size()) - 1));
  const viewer::ImportLayer& l = im.layers[li];
  const data::InspectedLayer& in = im.inspected(l);
  ImGui::TextUnformatted((im.sources[l.source].path + " · " + in.name).c_str());
  if (!in.error.empty()) {
    ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s", in.error.c_str());
    return;
  }
  std::string types;
  for (const auto& [k, n] : in.report.geometryTypes) types += (types.empty() ? "" : ", ") + k + " " + std::to_string(n);
  ImGui::Text("%s: %zu  %s", ui.tr("import.features"), in.table.size(), types.c_str());
  if (in.crs.empty()) ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s: %s", ui.tr("import.no_crs"), in.crsNote.c_str());
  else ImGui::Text("CRS: %s %s  (%s)", in.crs.c_str(), in.crsName.c_str(), in.crsNote.c_str());
  ImGui::Text("%s: %s  %s", ui.tr("import.kind"), layerKindName(l.proposal.kind),
              l.proposal.style.colorField == "sector" ? ui.tr("import.by_sector") : "");
  drawPreview(in.table, 140 * ui.scale);
  drawRoles(ui, li, l, in);
  drawSectorValues(ui, li, l, in);
}

}  // namespace

void drawImportDialog(UiContext& ui) {
  if (!ui.s.import) return;
  viewer::ImportSession& im = *ui.s.import;
  const float sc = ui.scale;
  ImGui::SetNextWindowSize(ImVec2(900 * sc, 620 * sc), ImGuiCond_FirstUseEver);
  ImGui::SetNextWindowPos(ImVec2(static_cast<float>(ui.viewport.x) * 0.5f, static_cast<float>(ui.viewport.y) * 0.5f),
                          ImGuiCond_FirstUseEver, ImVec2(0.5f, 0.5f));
  bool open = true;
  if (!ImGui::Begin(ui.label("import.title").c_str(), &open)) {
    ImGui::End();
    return;
  }
  ImGui::BeginChild("layers", ImVec2(220 * sc, -40 * sc), true);
  drawLayerList(ui, im);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("detail", ImVec2(0, -40 * sc), true);
  drawLayerDetail(ui, im);
  ImGui::EndChild();
  const bool any = std::any_of(im.layers.begin(), im.layers.end(), [](const viewer::ImportLayer& l) { return l.include; });
  if (!any) ImGui::BeginDisabled();
  if (ImGui::Button(ui.tr("import.ok"), ImVec2(120 * sc, 0))) ui.req.importOk = true;
  if (!any) ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button(ui.tr("import.cancel"), ImVec2(120 * sc, 0))) open = false;
  ImGui::End();
  if (!open) viewer::cancelImport(ui.s);
}

}  // namespace ps::ui
