// Legend: live, the exports' model (viewer/legend_model -> map/legend_groups:
// the sectors once at the head, then one collapsible group per layer, line
// layers as lines, dashed where the map dashes them), with units, the sample
// and approximate marks and one footnote for them.
#include <algorithm>
#include <cmath>
#include <vector>

#include <imgui.h>

#include "viewer/legend_model.h"
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

// A symbol with a fill other than solid (scene/point_shape.h PointFill), as
// the map's shader draws it: a band of the colour inside the edge, then the
// lower half (half) or light (hollow); dotted breaks the band into dashes.
void drawFilledSymbol(ImDrawList* dl, PointShape shape, PointFill fillKind, ImVec2 centre, float r, ImU32 color) {
  if (fillKind == PointFill::Solid) return drawSymbol(dl, shape, centre, r, color);
  const float ring = pointOutlineWidthPx(shape, r), band = pointFillBandPx(r);
  std::vector<glm::vec2> poly;
  std::vector<ImVec2> pts;
  auto polygon = [&](float inset) {
    pointShapePolygon(shape, glm::vec2(centre.x, centre.y), r, inset, true, poly);
    pts.assign(poly.size(), ImVec2());
    for (size_t i = 0; i < poly.size(); ++i) pts[i] = ImVec2(poly[i].x, poly[i].y);
  };
  auto fillPts = [&](ImU32 c) {
    if (pts.size() < 3) return;
    for (size_t i = 0; i < pts.size(); ++i) dl->AddTriangleFilled(centre, pts[i], pts[(i + 1) % pts.size()], c);
  };
  const ImU32 light = IM_COL32(255, 255, 255, 242);
  polygon(0.0f);
  fillPts(light);
  if (fillKind == PointFill::Dotted) {
    // Dashes along the middle of the band: 8 of them, 55 % ink.
    polygon(ring + band * 0.5f);
    float perim = 0;
    for (size_t i = 0; i < pts.size(); ++i) {
      const ImVec2 a = pts[i], b = pts[(i + 1) % pts.size()];
      perim += std::hypot(b.x - a.x, b.y - a.y);
    }
    const float period = perim / kPointFillDots, ink = period * 0.55f;
    float at = 0;
    for (size_t i = 0; i < pts.size(); ++i) {
      const ImVec2 a = pts[i], b = pts[(i + 1) % pts.size()];
      const float len = std::hypot(b.x - a.x, b.y - a.y);
      for (float t = 0; t < len;) {
        const float phase = std::fmod(at + t, period), step = phase < ink ? std::min(ink - phase, len - t) : std::min(period - phase, len - t);
        if (phase < ink)
          dl->AddLine(ImVec2(a.x + (b.x - a.x) * t / len, a.y + (b.y - a.y) * t / len),
                      ImVec2(a.x + (b.x - a.x) * (t + step) / len, a.y + (b.y - a.y) * (t + step) / len), color, band);
        t += std::max(step, 0.01f);
      }
      at += len;
    }
    return;
  }
  polygon(ring);
  fillPts(color);
  polygon(ring + band);
  fillPts(light);
  if (fillKind == PointFill::Half) {
    // The lower half of the inner polygon (screen y down: below the centre).
    std::vector<ImVec2> lower;
    for (size_t i = 0; i < pts.size(); ++i) {
      const ImVec2 a = pts[i], b = pts[(i + 1) % pts.size()];
      const bool ina = a.y >= centre.y, inb = b.y >= centre.y;
      if (ina) lower.push_back(a);
      if (ina != inb) lower.push_back(ImVec2(a.x + (b.x - a.x) * (centre.y - a.y) / (b.y - a.y), centre.y));
    }
    if (lower.size() >= 3) dl->AddConvexPolyFilled(lower.data(), static_cast<int>(lower.size()), color);
  }
}

ImU32 col(glm::u8vec4 c, float a = 1.0f) { return IM_COL32(c.r, c.g, c.b, static_cast<int>(c.a * a)); }

// A straight line, dashed (dash, gap in pixels) when dash > 0.
void dashedLine(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 c, float w, float dash, float gap) {
  const float dx = b.x - a.x, dy = b.y - a.y, len = std::sqrt(dx * dx + dy * dy);
  if (len <= 0) return;
  if (dash <= 0) {
    dl->AddLine(a, b, c, w);
    return;
  }
  for (float t = 0; t < len; t += dash + gap) {
    const float t1 = std::min(len, t + dash);
    dl->AddLine(ImVec2(a.x + dx * t / len, a.y + dy * t / len), ImVec2(a.x + dx * t1 / len, a.y + dy * t1 / len), c, w);
  }
}

// One colour of a block as the map draws its kind: a point symbol, a line
// (dashed where the map dashes it), or a fill framed by its outline.
void drawSwatch(const map::LegendBlock& b, glm::u8vec4 c, PointShape shape, float sw, float sc, PointFill fill = PointFill::Solid) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(sw, sw));
  const float dash = b.dashed ? 3.0f * sc : 0.0f, gap = 2.0f * sc;
  if (b.kind == LayerKind::Point) {
    drawFilledSymbol(dl, shape, fill, ImVec2(p.x + sw * 0.5f, p.y + sw * 0.5f), sw * 0.5f, IM_COL32(c.r, c.g, c.b, 255));
  } else if (b.kind == LayerKind::Line) {
    const float y = p.y + sw * 0.5f;
    dashedLine(dl, ImVec2(p.x, y), ImVec2(p.x + sw, y), col(c, std::max(0.6f, b.opacity)), std::max(1.5f, b.lineWidth * sc), dash, gap);
  } else {
    dl->AddRectFilled(p, ImVec2(p.x + sw, p.y + sw), col({c.r, c.g, c.b, 255}, std::max(0.35f, b.opacity)));
    if (b.outline) {
      const glm::u8vec4 o{b.outline->r, b.outline->g, b.outline->b, std::max<uint8_t>(b.outline->a, 200)};
      const float w = std::max(1.0f, b.lineWidth * sc * 0.8f), h = w * 0.5f;
      const ImVec2 q[4] = {ImVec2(p.x + h, p.y + h), ImVec2(p.x + sw - h, p.y + h), ImVec2(p.x + sw - h, p.y + sw - h),
                           ImVec2(p.x + h, p.y + sw - h)};
      for (int i = 0; i < 4; ++i) dashedLine(dl, q[i], q[(i + 1) % 4], col(o), w, dash, gap);
    }
  }
}

}  // namespace

void drawLegendPanel(UiContext& ui) {
  auto& s = ui.s;
  const float sc = ui.scale;
  if (!beginDataPanel(ui, "panel.legend", &s.panels.legend, glm::vec2(ui.viewport.x - 300 * sc - 10 * sc, ui.viewport.y - 380 * sc),
                      glm::vec2(300 * sc, 300 * sc)))
    return;
  const float sw = 13 * sc;
  const bool en = s.lang == Lang::En;
  const std::vector<map::LegendBlock> blocks = viewer::legendOfState(s);
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(6 * sc, 2 * sc));
  ImGui::PushStyleVar(ImGuiStyleVar_IndentSpacing, 14 * sc);
  for (size_t bi = 0; bi < blocks.size(); ++bi) {
    const map::LegendBlock& b = blocks[bi];
    const LayerSpec* spec = b.layer >= 0 ? s.data->layers[static_cast<size_t>(b.layer)].spec : nullptr;
    ImGui::PushID(static_cast<int>(bi));
    // The group's own swatch (no entries) or palette strip sits before its title.
    if (b.sharedPalette && !b.palette.empty()) {
      ImDrawList* dl = ImGui::GetWindowDrawList();
      const ImVec2 p = ImGui::GetCursorScreenPos();
      const float n = static_cast<float>(b.palette.size());
      for (size_t q = 0; q < b.palette.size(); ++q)
        dl->AddRectFilled(ImVec2(p.x + sw * q / n, p.y + 3 * sc), ImVec2(p.x + sw * (q + 1) / n + 1, p.y + 3 * sc + sw),
                          col(b.palette[q].color));
      ImGui::Dummy(ImVec2(sw, sw));
      ImGui::SameLine();
    } else if (b.entries.empty()) {
      ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 3 * sc);
      drawSwatch(b, b.color, spec ? spec->style.shape : PointShape::Circle, sw, sc);
      ImGui::SameLine();
      ImGui::SetCursorPosY(ImGui::GetCursorPosY() - 3 * sc);
    }
    // Groups with entries collapse (open at first); a single symbol is one row.
    bool open = false;
    if (b.entries.empty()) ImGui::TextUnformatted(b.title.c_str());
    else open = ImGui::TreeNodeEx("##group", ImGuiTreeNodeFlags_DefaultOpen | ImGuiTreeNodeFlags_SpanAvailWidth, "%s", b.title.c_str());
    if (b.sample || b.approximate) {
      ImGui::SameLine(0, 2 * sc);
      const std::string marks = map::legendMarks(b).substr(1);
      ImGui::TextColored(b.sample ? ImVec4(0.75f, 0.35f, 0.0f, 1.0f) : ImVec4(0.45f, 0.45f, 0.45f, 1.0f), "%s", marks.c_str());
    }
    if (!b.note.empty() && (open || b.entries.empty())) {
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextDisabled("%s", b.note.c_str());
      ImGui::PopTextWrapPos();
    }
    if (open) {
      const std::string unitKey = spec ? viewer::unitKeyFor(*spec, spec->style.colorField) : "";
      if (b.ramp && b.entries.size() >= 2) {
        // A continuous bar with its end values and unit.
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float w = 200 * sc, h = 12 * sc;
        const auto& entries = b.entries;
        for (size_t i = 0; i + 1 < entries.size(); ++i) {
          const float x0 = p.x + w * static_cast<float>(i) / static_cast<float>(entries.size() - 1);
          const float x1 = p.x + w * static_cast<float>(i + 1) / static_cast<float>(entries.size() - 1);
          const ImU32 c0 = col(entries[i].color), c1 = col(entries[i + 1].color);
          dl->AddRectFilledMultiColor(ImVec2(x0, p.y), ImVec2(x1, p.y + h), c0, c1, c1, c0);
        }
        ImGui::Dummy(ImVec2(w, h));
        const std::string unit = unitKey.empty() ? "" : std::string(" ") + ui.tr(unitKey);
        ImGui::Text("%s%s", entries.front().label.c_str(), unit.c_str());
        ImGui::SameLine(w - ImGui::CalcTextSize(entries.back().label.c_str()).x);
        ImGui::Text("%s", entries.back().label.c_str());
        if (spec) ImGui::TextDisabled("%s", spec->style.colorField.c_str());
      } else {
        for (const LegendEntry& e : b.entries) {
          drawSwatch(b, e.color, e.shape, sw, sc, e.fill);
          ImGui::SameLine();
          std::string text = en && !e.labelEn.empty() ? e.labelEn : e.label;
          if (const std::string key = "category." + text; s.strings.has(key)) text = ui.tr(key);
          if (e.count && spec && spec->style.colorMode == ColorMode::Category)
            ImGui::Text("%s (%zu)", text.c_str(), e.count);
          else
            ImGui::TextUnformatted(text.c_str());
        }
      }
      if (spec && spec->kind == LayerKind::Extrusion)
        ImGui::TextDisabled("%s", substitute(ui.tr("legend.height"), {{"field", spec->fields.height.empty() ? spec->fields.floors : spec->fields.height},
                                                                       {"scale", std::to_string(spec->style.heightScale).substr(0, 4)}}).c_str());
      ImGui::TreePop();
    }
    ImGui::PopID();
  }
  bool sample = false, approx = false;
  for (const map::LegendBlock& b : blocks) {
    sample = sample || b.sample;
    approx = approx || b.approximate;
  }
  if (sample || approx) {
    ImGui::Separator();
    if (sample) ImGui::TextColored(ImVec4(0.75f, 0.35f, 0.0f, 1.0f), "%s", ui.tr("legend.footnote_sample"));
    if (sample && approx) ImGui::SameLine();
    if (approx) ImGui::TextDisabled("%s", ui.tr("legend.footnote_approx"));
  }
  ImGui::PopStyleVar(2);
  ImGui::End();
}

}  // namespace ps::ui
