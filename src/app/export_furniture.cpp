#include "app/export_furniture.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "render/canvas.h"

namespace ps::app {

double niceScaleLength(double maxMetres) {
  if (!(maxMetres > 0)) return 0;
  const double p = std::pow(10.0, std::floor(std::log10(maxMetres)));
  for (double m : {5.0, 2.0, 1.0})
    if (m * p <= maxMetres) return m * p;
  return p;
}

namespace {

constexpr glm::u8vec4 kInk{34, 40, 49, 255};
constexpr glm::u8vec4 kMuted{92, 102, 112, 255};
constexpr glm::u8vec4 kPanel{255, 255, 255, 225};
constexpr glm::u8vec4 kBorder{200, 205, 210, 255};
constexpr glm::u8vec4 kSample{190, 60, 40, 255};

std::string formatDistance(double m, Language lang) {
  char buf[32];
  if (m >= 1000) std::snprintf(buf, sizeof buf, "%g %s", m / 1000, lang == Language::Zh ? "公里" : "km");
  else std::snprintf(buf, sizeof buf, "%g %s", m, lang == Language::Zh ? "米" : "m");
  return buf;
}

struct LegendBlock {
  std::string title;
  std::string note;
  std::vector<LegendEntry> entries;
  LayerKind kind;
  bool sharedPalette = false;  // colours as in a block above: no swatch of its own
  std::vector<LegendEntry> palette;  // that block's entries, for a small strip
};

}  // namespace

void drawExportFurniture(render::Image& img, const SceneData& data, const OrbitCamera& cam,
                         const FurnitureOptions& opt) {
  render::Canvas cv(img);
  const bool zh = opt.lang == Language::Zh;
  const float s = opt.scale;
  auto px = [s](float v) { return static_cast<int>(std::lround(v * s)); };
  const int W = img.width, H = img.height;
  const int margin = px(20);

  // Title block, top left.
  if (opt.title) {
    const std::string title = zh ? data.scene.title : data.scene.titleEn;
    bool anySample = false;
    for (const auto& l : data.layers) anySample = anySample || (l.spec->sample && l.spec->visible);
    const std::string sub = anySample ? (zh ? "园区、地块、楼宇为示例数据(合成),非真实数据" : "Parks, parcels and buildings are SAMPLE (synthetic) data")
                                      : "";
    const int ts = px(30), ss = px(15);
    const float tw = cv.textWidth(title, ts), sw = sub.empty() ? 0 : cv.textWidth(sub, ss);
    const int bw = static_cast<int>(std::max(tw, sw)) + px(32);
    const int bh = px(sub.empty() ? 58 : 84);
    cv.fillRect(margin, margin, bw, bh, kPanel);
    cv.fillRect(margin, margin, px(5), bh, {0, 114, 178, 255});
    cv.text(static_cast<float>(margin + px(18)), static_cast<float>(margin + px(10)), title, ts, kInk);
    if (!sub.empty()) cv.text(static_cast<float>(margin + px(18)), static_cast<float>(margin + px(52)), sub, ss, kSample);
  }

  // Legend, bottom left: one block per visible layer, in reverse drawing order (top layer first).
  if (opt.legend) {
    std::vector<LegendBlock> blocks;
    for (auto it = data.layers.rbegin(); it != data.layers.rend(); ++it) {
      const LoadedLayer& l = *it;
      if (!l.spec->visible) continue;
      LegendBlock b;
      b.title = zh ? l.spec->title : l.spec->titleEn;
      b.kind = l.spec->kind;
      if (l.spec->sample) b.note = zh ? "示例数据" : "sample data";
      else if (l.spec->approximate) b.note = zh ? "位置/边界近似" : "approximate";
      b.entries = legendFor(*l.spec, l.table);
      if (b.entries.size() == 1) b.entries.clear();  // single colour: the swatch sits by the title
      // Entries computed at load (scene.h LayerSpec::legend): derived layers
      // replace the style's rule with them, other layers (occupancy) add them.
      std::vector<LegendEntry> extra;
      for (const LegendItem& li : l.spec->legend) extra.push_back({li.label, li.labelEn, toU8(li.color), 0});
      if (l.spec->derived.kind != DerivedKind::None) b.entries = std::move(extra);
      else b.entries.insert(b.entries.end(), extra.begin(), extra.end());
      const std::string& ln = zh ? l.spec->legendNote : l.spec->legendNoteEn;
      if (!ln.empty()) b.note = (b.note.empty() ? "" : b.note + ", ") + ln;
      if (l.spec->kind == LayerKind::Ring && !l.spec->ringRadii.empty()) {
        std::string r;
        for (double v : l.spec->ringRadii) r += (r.empty() ? "" : " / ") + formatDistance(v, opt.lang);
        b.note = (b.note.empty() ? "" : b.note + ", ") + (zh ? "半径 " : "radius ") + r;
      }
      // Same colours as the block above (parks and their buildings): say so, once.
      const LegendBlock* prevBlock = nullptr;
      for (auto pb = blocks.rbegin(); pb != blocks.rend() && !prevBlock; ++pb)
        if (!pb->entries.empty()) prevBlock = &*pb;
      if (!b.entries.empty() && prevBlock) {
        const auto& prev = prevBlock->entries;
        // A prefix counts: the block above may add its own entries (occupancy swatches).
        bool same = prev.size() >= b.entries.size();
        for (size_t k = 0; same && k < b.entries.size(); ++k) same = prev[k].color == b.entries[k].color && prev[k].label == b.entries[k].label;
        if (same) {
          b.palette = b.entries;
          b.entries.clear();
          b.sharedPalette = true;
          b.note = (b.note.empty() ? "" : b.note + ", ") + (zh ? "配色同上" : "colours as above");
        }
      }
      blocks.push_back(std::move(b));
    }
    const int ts = px(15), es = px(13), row = px(21), pad = px(12), sw = px(14);
    int height = pad, width = px(160);
    for (const auto& b : blocks) {
      height += row + static_cast<int>(b.entries.size()) * row + px(4);
      float w = cv.textWidth(b.title, ts) + sw + px(12) + (b.note.empty() ? 0 : cv.textWidth(" (" + b.note + ")", es));
      width = std::max(width, static_cast<int>(w));
      for (const auto& e : b.entries) width = std::max(width, static_cast<int>(cv.textWidth(zh ? e.label : e.labelEn, es)) + px(32));
    }
    width += 2 * pad;
    height += pad - px(4);
    const int x0 = margin, y0 = H - margin - px(24) - height;
    cv.fillRect(x0, y0, width, height, kPanel);
    cv.strokeRect(x0, y0, width, height, kBorder);
    // Discs fill 0.8 of the swatch; the other symbols, lighter for their size, all of it.
    auto symbolRadius = [&](PointShape sh) { return sw * (sh == PointShape::Circle ? 0.4f : 0.5f); };
    int y = y0 + pad;
    for (const auto& b : blocks) {
      const LoadedLayer* l = nullptr;
      for (const auto& L : data.layers)
        if ((zh ? L.spec->title : L.spec->titleEn) == b.title) l = &L;
      glm::u8vec4 sc = l ? toU8(l->spec->style.color) : kMuted;
      if (b.entries.empty() && b.sharedPalette) {
        // A strip of the palette above stands for "same colours".
        const int n = static_cast<int>(b.palette.size());
        for (int k = 0; k < n; ++k)
          cv.fillRect(x0 + pad + k * sw / n, y + px(3), sw / n + 1, sw, b.palette[static_cast<size_t>(k)].color);
      } else if (b.entries.empty()) {
        if (b.kind == LayerKind::Point)
          cv.pointSymbol(l ? l->spec->style.shape : PointShape::Circle, {x0 + pad + sw * 0.5f, y + row * 0.45f},
                         symbolRadius(l ? l->spec->style.shape : PointShape::Circle), sc);
        else {
          cv.fillRect(x0 + pad, y + px(3), sw, sw, {sc.r, sc.g, sc.b, static_cast<uint8_t>(255 * (l ? std::max(0.35f, l->spec->style.opacity) : 1))});
          if (l && l->spec->style.outline) cv.strokeRect(x0 + pad, y + px(3), sw, sw, toU8(*l->spec->style.outline));
        }
      }
      float tx = static_cast<float>(x0 + pad + (b.entries.empty() ? sw + px(8) : 0));
      tx += cv.text(tx, static_cast<float>(y), b.title, ts, kInk);
      if (!b.note.empty())
        cv.text(tx, static_cast<float>(y + px(2)), " (" + b.note + ")", es, b.note.find("示例") != std::string::npos || b.note.find("sample") != std::string::npos ? kSample : kMuted);
      y += row;
      for (const auto& e : b.entries) {
        // Point layers: each entry's own symbol, as on the map.
        if (b.kind == LayerKind::Point)
          cv.pointSymbol(e.shape, {x0 + pad + px(10) + sw * 0.5f, y + row * 0.4f}, symbolRadius(e.shape), {e.color.r, e.color.g, e.color.b, 255});
        else cv.fillRect(x0 + pad + px(10), y + px(2), sw, sw - px(2), {e.color.r, e.color.g, e.color.b, 255});
        cv.text(static_cast<float>(x0 + pad + px(10) + sw + px(8)), static_cast<float>(y), zh ? e.label : e.labelEn, es, kInk);
        y += row;
      }
      y += px(4);
    }
  }

  // Scale bar and north arrow, bottom right, measured at the image centre.
  auto g0 = cam.screenToGround(W * 0.5, H * 0.5, W, H);
  auto g1 = cam.screenToGround(W * 0.5 + 100, H * 0.5, W, H);
  if (opt.scaleBar && g0 && g1) {
    const double mPerPx = glm::length(*g1 - *g0) / 100.0;
    const double len = niceScaleLength(mPerPx * px(160));
    const int barPx = static_cast<int>(std::lround(len / mPerPx));
    const std::string label = formatDistance(len, opt.lang) + (cam.pitchDeg > 20 ? (zh ? "(画面中心)" : " (at centre)") : "");
    const int labelW = static_cast<int>(cv.textWidth(label, px(13)));
    const int x1 = W - margin - px(70), x0 = x1 - std::max(barPx, labelW), y0 = H - margin - px(48);
    cv.fillRect(x0 - px(10), y0 - px(24), std::max(barPx, labelW) + px(20), px(44), kPanel);
    cv.fillRect(x0, y0 + px(8), barPx, px(5), kInk);
    cv.fillRect(x0, y0 + px(2), px(2), px(11), kInk);
    cv.fillRect(x0 + barPx - px(2), y0 + px(2), px(2), px(11), kInk);
    cv.text(static_cast<float>(x0), static_cast<float>(y0 - px(20)), label, px(13), kInk);
  }
  if (opt.northArrow && g0) {
    auto n = cam.worldToScreen(glm::dvec3(*g0 + glm::dvec2(0, 1000), 0), W, H);
    auto c = cam.worldToScreen(glm::dvec3(*g0, 0), W, H);
    if (n && c) {
      glm::vec2 dir = glm::vec2(*n - *c);
      if (glm::length(dir) > 1e-3f) {
        dir = glm::normalize(dir);
        const glm::vec2 centre(W - margin - px(30), H - margin - px(52));
        const glm::vec2 perp(-dir.y, dir.x);
        const float L = px(22), Wd = px(9);
        cv.fillCircle(centre.x, centre.y, px(30), kPanel);
        cv.fillTriangle(centre + dir * L, centre + perp * Wd, centre, kInk);
        cv.fillTriangle(centre + dir * L, centre, centre - perp * Wd, {120, 128, 136, 255});
        cv.fillTriangle(centre - dir * L * 0.6f, centre - perp * Wd, centre + perp * Wd, {200, 205, 210, 255});
        const std::string N = zh ? "北" : "N";
        const float tw = cv.textWidth(N, px(13));
        const glm::vec2 tp = centre + dir * (L + px(4)) - glm::vec2(tw * 0.5f, px(9));
        cv.text(tp.x, tp.y - px(4), N, px(13), kInk, px(2));
      }
    }
  }

  // Attribution, bottom edge.
  if (opt.attribution && !data.scene.attribution.empty()) {
    std::string line;
    for (const auto& a : data.scene.attribution) line += (line.empty() ? "" : "  ·  ") + a;
    const int as = px(12);
    const int bh = px(22);
    cv.fillRect(0, H - bh, W, bh, {255, 255, 255, 200});
    const float tw = cv.textWidth(line, as);
    cv.text(std::max(4.0f, W - tw - px(10)), static_cast<float>(H - bh + px(4)), line, as, kMuted);
  }
}

}  // namespace ps::app
