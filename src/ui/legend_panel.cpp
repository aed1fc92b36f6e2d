// Legend: live, generated from the same style rules the map uses
// (scene/style_eval.h legendFor), with units and "sample data" marks.
#include <vector>

#include <imgui.h>

#include "viewer/style.h"
#include "scene/point_shape.h"
#include "scene/style_eval.h"
#include "ui/ui_context.h"

namespace ps::ui {

namespace {

// A point layer's symbol as the map draws it (scene/point_shape.h): the light
// ring, then the colour inset by the ring's width. Concave symbols (star,
// plus, cross) are fans from the centre, which sees all of their outline.
void drawSymbol(ImDrawList* dl, PointShape shape, ImVec2 centre, float r, ImU32 color) {
  std::vector<glm::vec2> poly;
  std::vector<ImVec2> pts;
  auto fill = [&](float inset, ImU32 c) {
    pointShapePolygon(shape, glm::vec2(centre.x, centre.y), r, inset, true, poly);
    pts.assign(poly.size(), ImVec2());
    for (size_t i = 0; i < poly.size(); ++i) pts[i] = ImVec2(poly[i].x, poly[i].y);
    if (pointShapeConvex(shape)) {
      dl->AddConvexPolyFilled(pts.data(), static_cast<int>(pts.size()), c);
      return;
    }
    for (size_t i = 0; i < pts.size(); ++i) dl->AddTriangleFilled(centre, pts[i], pts[(i + 1) % pts.size()], c);
  };
  fill(0.0f, IM_COL32(255, 255, 255, 242));
  fill(pointOutlineWidthPx(shape, r), color);
}

}  // namespace

void drawLegendPanel(UiContext& ui) {
  auto& s = ui.s;
  const float sc = ui.scale;
  if (!beginDataPanel(ui, "panel.legend", &s.panels.legend, glm::vec2(ui.viewport.x - 300 * sc - 10 * sc, ui.viewport.y - 380 * sc),
                      glm::vec2(300 * sc, 300 * sc)))
    return;
  const float sw = 14 * sc;
  for (size_t k = s.order.size(); k-- > 0;) {
    const uint32_t li = s.order[k];
    const LayerSpec& spec = s.data->scene.layers[li];
    if (!spec.visible || spec.kind == LayerKind::Label || !viewer::layerInRange(spec, s.camera.distance)) continue;
    const FeatureTable& t = s.data->layers[li].table;
    const std::string title = s.lang == Lang::En && !spec.titleEn.empty() ? spec.titleEn : spec.title;
    ImGui::TextUnformatted(title.c_str());
    if (spec.sample) {
      ImGui::SameLine();
      ImGui::TextColored(ImVec4(0.75f, 0.35f, 0.0f, 1.0f), "%s", ui.tr("layers.sample_tag"));
    }
    if (spec.approximate) {
      ImGui::SameLine();
      ImGui::TextColored(ImVec4(0.45f, 0.45f, 0.45f, 1.0f), "%s", ui.tr("legend.approximate"));
    }
    ImGui::Indent(8 * sc);
    std::vector<LegendEntry> entries = legendFor(spec, t);
    const std::string unitKey = viewer::unitKeyFor(spec, spec.style.colorField);
    if (spec.style.colorMode == ColorMode::Ramp && !entries.empty()) {
      // A continuous bar with its end values and unit.
      ImDrawList* dl = ImGui::GetWindowDrawList();
      ImVec2 p = ImGui::GetCursorScreenPos();
      const float w = 200 * sc, h = 12 * sc;
      for (size_t i = 0; i + 1 < entries.size(); ++i) {
        float x0 = p.x + w * static_cast<float>(i) / static_cast<float>(entries.size() - 1);
        float x1 = p.x + w * static_cast<float>(i + 1) / static_cast<float>(entries.size() - 1);
        auto c0 = entries[i].color, c1 = entries[i + 1].color;
        dl->AddRectFilledMultiColor(ImVec2(x0, p.y), ImVec2(x1, p.y + h), IM_COL32(c0.r, c0.g, c0.b, 255),
                                    IM_COL32(c1.r, c1.g, c1.b, 255), IM_COL32(c1.r, c1.g, c1.b, 255),
                                    IM_COL32(c0.r, c0.g, c0.b, 255));
      }
      ImGui::Dummy(ImVec2(w, h));
      std::string unit = unitKey.empty() ? "" : std::string(" ") + ui.tr(unitKey);
      ImGui::Text("%s%s", entries.front().label.c_str(), unit.c_str());
      ImGui::SameLine(w - ImGui::CalcTextSize(entries.back().label.c_str()).x);
      ImGui::Text("%s", entries.back().label.c_str());
      ImGui::TextDisabled("%s", spec.style.colorField.c_str());
    } else {
      for (const LegendEntry& e : entries) {
        if (spec.kind == LayerKind::Point) {
          const ImVec2 p = ImGui::GetCursorScreenPos();
          ImGui::Dummy(ImVec2(sw, sw));
          drawSymbol(ImGui::GetWindowDrawList(), e.shape, ImVec2(p.x + sw * 0.5f, p.y + sw * 0.5f), sw * 0.5f,
                     IM_COL32(e.color.r, e.color.g, e.color.b, 255));
        } else {
          ImGui::ColorButton("##sw", ImVec4(e.color.r / 255.f, e.color.g / 255.f, e.color.b / 255.f, 1.0f),
                             ImGuiColorEditFlags_NoTooltip, ImVec2(sw, sw));
        }
        ImGui::SameLine();
        std::string text = s.lang == Lang::En && !e.labelEn.empty() ? e.labelEn : e.label;
        if (const std::string key = "category." + text; s.strings.has(key)) text = ui.tr(key);
        if (spec.style.colorMode == ColorMode::Single || text.empty())
          ImGui::TextUnformatted(title.c_str());
        else if (e.count)
          ImGui::Text("%s (%zu)", text.c_str(), e.count);
        else
          ImGui::TextUnformatted(text.c_str());
      }
    }
    if (spec.kind == LayerKind::Extrusion)
      ImGui::TextDisabled("%s", substitute(ui.tr("legend.height"), {{"field", spec.fields.height.empty() ? spec.fields.floors : spec.fields.height},
                                                                     {"scale", std::to_string(spec.style.heightScale).substr(0, 4)}}).c_str());
    ImGui::Unindent(8 * sc);
    ImGui::Spacing();
  }
  ImGui::End();
}

}  // namespace ps::ui
