// Overlay settings: the parameters of every derived layer of the scene
// (hexbin, clusters, choropleth, ring_stats), changed through
// app/viewer_overlays.h and recomputed live. Sliders commit when released
// (a recompute per drag frame would stutter); the - / + buttons beside them
// step and commit at once, for fingers on the kiosk's touch screen.
// Editing a hidden layer shows it; nothing else is hidden.
#include <algorithm>
#include <cmath>
#include <string>

#include <imgui.h>

#include "viewer/commands.h"
#include "viewer/overlays.h"
#include "core/sectors.h"
#include "ui/ui_context.h"

namespace ps::ui {
namespace {

const char* sectorName(const Sector& sec, Lang l) { return (l == Lang::Zh ? sec.zh : sec.en).data(); }

// A slider whose value is committed on release (or by its - / + buttons).
// The value being dragged lives in ImGui's per-window storage; while the
// slider is not held it follows the layer's value (a replay may change it).
bool committedSlider(UiContext& ui, const char* id, const char* labelKey, double current, double lo, double hi,
                     double step, const char* fmt, double& out) {
  ImGui::PushID(id);
  ImGui::TextUnformatted(ui.tr(labelKey));
  ImGuiStorage* st = ImGui::GetStateStorage();
  const ImGuiID draftId = ImGui::GetID("draft");
  float* v = st->GetFloatRef(draftId, static_cast<float>(current));
  const float button = ImGui::GetFrameHeight();
  bool commit = false;
  if (ImGui::Button("-", ImVec2(button, button))) {
    out = std::max(lo, current - step);
    commit = true;
  }
  ImGui::SameLine();
  ImGui::SetNextItemWidth(std::max(80.0f, ImGui::GetContentRegionAvail().x - button - ImGui::GetStyle().ItemSpacing.x));
  ImGui::SliderFloat("##v", v, static_cast<float>(lo), static_cast<float>(hi), fmt, ImGuiSliderFlags_AlwaysClamp);
  if (ImGui::IsItemDeactivatedAfterEdit()) {
    out = std::round(*v / step) * step;
    commit = true;
  } else if (!ImGui::IsItemActive()) {
    *v = static_cast<float>(current);
  }
  ImGui::SameLine();
  if (ImGui::Button("+", ImVec2(button, button))) {
    out = std::min(hi, current + step);
    commit = true;
  }
  ImGui::PopID();
  return commit && out != current;
}

// Sector combo (names in the UI language, with their colour); true when changed.
bool sectorCombo(UiContext& ui, const char* id, std::string& sectorId) {
  const Sector* cur = findSector(sectorId);
  if (!cur) cur = &sectors()[0];
  bool changed = false;
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo(id, sectorName(*cur, ui.s.lang))) {
    for (const Sector& sec : sectors()) {
      const ImVec4 c(((sec.rgb >> 16) & 0xff) / 255.0f, ((sec.rgb >> 8) & 0xff) / 255.0f, (sec.rgb & 0xff) / 255.0f, 1);
      ImGui::ColorButton("##swatch", c, ImGuiColorEditFlags_NoTooltip, ImVec2(ImGui::GetFontSize(), ImGui::GetFontSize()));
      ImGui::SameLine();
      if (ImGui::Selectable(sectorName(sec, ui.s.lang), &sec == cur)) {
        sectorId = std::string(sec.id);
        changed = true;
      }
    }
    ImGui::EndCombo();
  }
  return changed;
}

// Two radio buttons; true when the choice changed.
bool choice(UiContext& ui, const char* keyA, const char* keyB, bool& isA) {
  int v = isA ? 0 : 1;
  bool changed = ImGui::RadioButton(ui.tr(keyA), &v, 0);
  ImGui::SameLine();
  changed |= ImGui::RadioButton(ui.tr(keyB), &v, 1);
  isA = v == 0;
  return changed;
}

bool hexbinControls(UiContext& ui, DerivedSpec& d) {
  bool commit = committedSlider(ui, "hex", "overlay.hex_size", d.hexSize, DerivedLimits::kHexMin,
                                DerivedLimits::kHexMax, 250, "%.0f", d.hexSize);
  ImGui::TextUnformatted(ui.tr("overlay.height_by"));
  bool gfa = !d.heightByCount;
  if (choice(ui, "overlay.by_gfa", "overlay.by_count", gfa)) d.heightByCount = !gfa, commit = true;
  ImGui::TextUnformatted(ui.tr("overlay.color_by"));
  bool dominant = d.shareOf.empty();
  if (choice(ui, "overlay.dominant", "overlay.share", dominant)) {
    d.shareOf = dominant ? std::string() : std::string(sectors()[0].id);
    commit = true;
  }
  if (!dominant && sectorCombo(ui, "##share", d.shareOf)) commit = true;
  return commit;
}

bool clusterControls(UiContext& ui, DerivedSpec& d) {
  bool commit = committedSlider(ui, "eps", "overlay.eps", d.eps, DerivedLimits::kEpsMin, DerivedLimits::kEpsMax, 50,
                                "%.0f", d.eps);
  double mp = d.minPoints;
  if (committedSlider(ui, "minpts", "overlay.min_points", mp, DerivedLimits::kMinPointsMin,
                      DerivedLimits::kMinPointsMax, 1, "%.0f", mp)) {
    d.minPoints = static_cast<int>(std::lround(mp));
    commit = true;
  }
  ImGui::TextUnformatted(ui.tr("overlay.hull"));
  if (choice(ui, "overlay.concave", "overlay.convex", d.concave)) commit = true;
  return commit;
}

bool choroplethControls(UiContext& ui, DerivedSpec& d) {
  bool commit = false;
  static const char* const kMetrics[] = {"gfa", "vacant", "vacancy", "parks", "buildings", "share"};
  static const char* const kKeys[] = {"overlay.metric_gfa",   "overlay.metric_vacant",    "overlay.metric_vacancy",
                                      "overlay.metric_parks", "overlay.metric_buildings", "overlay.metric_share"};
  const bool share = d.metric.rfind("share:", 0) == 0;
  size_t cur = 0;
  for (size_t i = 0; i < std::size(kMetrics); ++i)
    if ((share && i + 1 == std::size(kMetrics)) || d.metric == kMetrics[i]) cur = i;
  ImGui::TextUnformatted(ui.tr("overlay.metric"));
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo("##metric", ui.tr(kKeys[cur]))) {
    for (size_t i = 0; i < std::size(kMetrics); ++i)
      if (ImGui::Selectable(ui.tr(kKeys[i]), i == cur) && i != cur) {
        d.metric = i + 1 == std::size(kMetrics) ? "share:" + std::string(sectors()[0].id) : kMetrics[i];
        commit = true;
      }
    ImGui::EndCombo();
  }
  if (d.metric.rfind("share:", 0) == 0) {
    std::string sec = d.metric.substr(6);
    if (sectorCombo(ui, "##metric_sector", sec)) d.metric = "share:" + sec, commit = true;
  }
  double k = d.classes;
  if (committedSlider(ui, "classes", "overlay.classes", k, DerivedLimits::kClassesMin, DerivedLimits::kClassesMax, 1,
                      "%.0f", k)) {
    d.classes = static_cast<int>(std::lround(k));
    commit = true;
  }
  ImGui::TextUnformatted(ui.tr("overlay.method"));
  if (choice(ui, "overlay.quantile", "overlay.equal_interval", d.quantile)) commit = true;
  return commit;
}

bool ringControls(UiContext& ui, DerivedSpec& d) {
  return ImGui::Checkbox(ui.tr("overlay.merge"), &d.mergeRings);
}

}  // namespace

void drawOverlayPanel(UiContext& ui) {
  auto& s = ui.s;
  const float sc = ui.scale;
  // Left of the inspector, clear of the layers, filters and legend panels.
  ImGui::SetNextWindowPos(ImVec2(static_cast<float>(ui.viewport.x) - 730 * sc, 34 * sc), ImGuiCond_FirstUseEver);
  ImGui::SetNextWindowSize(ImVec2(350 * sc, std::min(640 * sc, static_cast<float>(ui.viewport.y) - 80 * sc)),
                           ImGuiCond_FirstUseEver);
  if (!ImGui::Begin(ui.label("panel.overlays").c_str(), &s.panels.overlays)) {
    ImGui::End();
    return;
  }
  const std::vector<uint32_t> layers = viewer::derivedLayers(s);
  if (layers.empty()) {
    ImGui::TextWrapped("%s", ui.tr("overlay.none"));
    ImGui::End();
    return;
  }
  // Touch-sized: tall frames and wide grabs.
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(10 * sc, 9 * sc));
  ImGui::PushStyleVar(ImGuiStyleVar_GrabMinSize, 28 * sc);
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8 * sc, 8 * sc));
  for (uint32_t li : layers) {
    const LayerSpec& spec = s.data->scene.layers[li];
    const std::string& title = s.lang == Lang::En && !spec.titleEn.empty() ? spec.titleEn : spec.title;
    ImGui::PushID(static_cast<int>(li));
    if (ImGui::CollapsingHeader((title + "###hdr").c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
      bool visible = spec.visible;
      if (ImGui::Checkbox(ui.tr("overlay.show"), &visible)) viewer::setLayerVisible(s, li, visible);
      ImGui::SameLine();
      ImGui::TextDisabled("%s", substitute(ui.tr("overlay.features"),
                                           {{"n", std::to_string(s.data->layers[li].table.size())}}).c_str());
      DerivedSpec d = spec.derived;
      bool commit = false;
      switch (d.kind) {
        case DerivedKind::Hexbin: commit = hexbinControls(ui, d); break;
        case DerivedKind::Clusters: commit = clusterControls(ui, d); break;
        case DerivedKind::Choropleth: commit = choroplethControls(ui, d); break;
        case DerivedKind::RingStats: commit = ringControls(ui, d); break;
        case DerivedKind::None: break;
      }
      if (commit) {
        try {
          viewer::setDerivedParams(s, li, d);
          // Feedback on the map: the edited layer shows; nothing else is hidden.
          if (!s.data->scene.layers[li].visible) viewer::setLayerVisible(s, li, true);
        } catch (const std::exception& e) {
          viewer::toast(s, e.what(), true);
        }
      }
    }
    ImGui::PopID();
  }
  ImGui::PopStyleVar(3);
  ImGui::End();
}

}  // namespace ps::ui
