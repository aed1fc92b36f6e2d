#include "map/export_furniture.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "map/legend_in_view.h"
#include "render/canvas.h"

namespace ps::map {

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

std::string formatDistance(double m, Lang lang) {
  char buf[32];
  if (m >= 1000) std::snprintf(buf, sizeof buf, "%g %s", m / 1000, lang == Lang::Zh ? "公里" : "km");
  else std::snprintf(buf, sizeof buf, "%g %s", m, lang == Lang::Zh ? "米" : "m");
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

// Greedy line breaking at `maxWidth`: after "; " or ", " where possible, else
// between any two code points (CJK text has no spaces to break at).
std::vector<std::string> wrapText(render::Canvas& cv, const std::string& text, int sizePx, float maxWidth) {
  std::vector<std::string> tokens;
  std::string cur;
  for (size_t i = 0; i < text.size(); ++i) {
    cur += text[i];
    if ((text[i] == ';' || text[i] == ',') && i + 1 < text.size() && text[i + 1] == ' ') {
      cur += ' ';
      ++i;
      tokens.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) tokens.push_back(std::move(cur));
  std::vector<std::string> lines;
  std::string line;
  auto flush = [&] {
    while (!line.empty() && line.back() == ' ') line.pop_back();
    if (!line.empty()) lines.push_back(line);
    line.clear();
  };
  for (const std::string& t : tokens) {
    if (cv.textWidth(line + t, sizePx) <= maxWidth) {
      line += t;
      continue;
    }
    flush();
    if (cv.textWidth(t, sizePx) <= maxWidth) {
      line = t;
      continue;
    }
    // One token wider than a line: break between code points.
    for (size_t i = 0; i < t.size();) {
      size_t n = 1;
      const unsigned char c = static_cast<unsigned char>(t[i]);
      if (c >= 0xF0) n = 4;
      else if (c >= 0xE0) n = 3;
      else if (c >= 0xC0) n = 2;
      const std::string cp = t.substr(i, n);
      if (!line.empty() && cv.textWidth(line + cp, sizePx) > maxWidth) flush();
      line += cp;
      i += n;
    }
  }
  flush();
  return lines;
}

}  // namespace

void drawExportFurniture(render::Image& img, const data::SceneData& data, const OrbitCamera& cam,
                         const FurnitureOptions& opt) {
  render::Canvas cv(img);
  const bool zh = opt.lang == Lang::Zh;
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
      const data::LoadedLayer& l = *it;
      // Only what the picture shows: layers hidden at this camera distance are left out.
      if (!l.spec->visible || cam.distance < l.spec->minDistance ||
          (l.spec->maxDistance > 0 && cam.distance >= l.spec->maxDistance))
        continue;
      std::vector<uint8_t> inView;
      featuresInView(l, data.frame, cam, W, H, inView);
      if (std::find(inView.begin(), inView.end(), uint8_t{1}) == inView.end()) continue;  // nothing of it in the picture
      LegendBlock b;
      b.title = zh ? l.spec->title : l.spec->titleEn;
      b.kind = l.spec->kind;
      if (l.spec->sample) b.note = zh ? "示例数据" : "sample data";
      else if (l.spec->approximate) b.note = zh ? "位置/边界近似" : "approximate";
      b.entries = legendFor(*l.spec, l.table);
      if (l.spec->style.colorMode == ColorMode::Category) {
        // Categories with nothing in the picture are left out.
        const std::set<uint32_t> shown = coloursInView(l, inView);
        std::erase_if(b.entries, [&](const LegendEntry& e) {
          return !shown.count(uint32_t(e.color.r) << 16 | uint32_t(e.color.g) << 8 | e.color.b);
        });
      }
      if (b.entries.size() == 1 && l.spec->style.colorMode == ColorMode::Single) b.entries.clear();  // the swatch sits by the title
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
    // Layout: the legend grows up from the bottom left; when it would reach
    // the title block it flows into another column (long blocks split between
    // entries), so it never covers the title. Notes wrap at a readable width.
    const int ts = px(15), es = px(13), row = px(21), noteRow = px(18), pad = px(12), sw = px(14), gap = px(18);
    const float maxTextW = static_cast<float>(px(340));
    struct Item {
      const LegendBlock* block = nullptr;
      int entry = -1;                      // -1: the block's header (title, then its note lines)
      std::vector<std::string> noteLines;  // header only
      int height = 0, width = 0;
    };
    std::vector<Item> items;
    for (const auto& b : blocks) {
      Item h;
      h.block = &b;
      const float titleW = cv.textWidth(b.title, ts) + sw + px(8);
      const std::string inlineNote = b.note.empty() ? "" : " (" + b.note + ")";
      const float inlineW = inlineNote.empty() ? 0 : cv.textWidth(inlineNote, es);
      if (!b.note.empty() && titleW + inlineW > maxTextW) h.noteLines = wrapText(cv, b.note, es, maxTextW);
      h.height = row + static_cast<int>(h.noteLines.size()) * noteRow;
      float w = titleW + (h.noteLines.empty() ? inlineW : 0);
      for (const auto& line : h.noteLines) w = std::max(w, cv.textWidth(line, es) + px(10));
      h.width = static_cast<int>(w);
      items.push_back(std::move(h));
      for (size_t k = 0; k < b.entries.size(); ++k) {
        Item e;
        e.block = &b;
        e.entry = static_cast<int>(k);
        e.height = row;
        e.width = static_cast<int>(cv.textWidth(zh ? b.entries[k].label : b.entries[k].labelEn, es)) + px(32);
        items.push_back(std::move(e));
      }
      items.back().height += px(4);
    }
    const int bottom = H - margin - px(24);
    const int top = (opt.title ? margin + px(84) : 0) + margin;
    const int avail = std::max(row * 4, bottom - top - 2 * pad);
    // Columns: item ranges; a header never ends a column (it moves on with its first entry).
    std::vector<std::pair<size_t, size_t>> cols;
    std::vector<int> colW, colH;
    size_t i = 0;
    while (i < items.size()) {
      size_t j = i;
      int h = 0, w = px(140);
      while (j < items.size()) {
        int need = items[j].height;
        if (items[j].entry < 0 && j + 1 < items.size() && items[j + 1].block == items[j].block) need += items[j + 1].height;
        if (j > i && h + need > avail) break;
        h += items[j].height;
        w = std::max(w, items[j].width);
        ++j;
      }
      cols.push_back({i, j});
      colW.push_back(w);
      colH.push_back(h);
      i = j;
    }
    int width = 2 * pad, height = 0;
    for (size_t c = 0; c < cols.size(); ++c) {
      width += colW[c] + (c ? gap : 0);
      height = std::max(height, colH[c]);
    }
    height += 2 * pad - px(4);
    const int x0 = margin, y0 = bottom - height;
    if (!items.empty()) {
      cv.fillRect(x0, y0, width, height, kPanel);
      cv.strokeRect(x0, y0, width, height, kBorder);
    }
    // Discs fill 0.8 of the swatch; the other symbols, lighter for their size, all of it.
    auto symbolRadius = [&](PointShape sh) { return sw * (sh == PointShape::Circle ? 0.4f : 0.5f); };
    int cx = x0 + pad;
    for (size_t c = 0; c < cols.size(); ++c) {
      int y = y0 + pad;
      for (size_t k = cols[c].first; k < cols[c].second; ++k) {
        const Item& it = items[k];
        const LegendBlock& b = *it.block;
        if (it.entry < 0) {
          const data::LoadedLayer* l = nullptr;
          for (const auto& L : data.layers)
            if ((zh ? L.spec->title : L.spec->titleEn) == b.title) l = &L;
          glm::u8vec4 sc = l ? toU8(l->spec->style.color) : kMuted;
          if (b.entries.empty() && b.sharedPalette) {
            // A strip of the palette above stands for "same colours".
            const int n = static_cast<int>(b.palette.size());
            for (int q = 0; q < n; ++q)
              cv.fillRect(cx + q * sw / n, y + px(3), sw / n + 1, sw, b.palette[static_cast<size_t>(q)].color);
          } else if (b.entries.empty()) {
            if (b.kind == LayerKind::Point)
              cv.pointSymbol(l ? l->spec->style.shape : PointShape::Circle, {cx + sw * 0.5f, y + row * 0.45f},
                             symbolRadius(l ? l->spec->style.shape : PointShape::Circle), sc);
            else {
              cv.fillRect(cx, y + px(3), sw, sw, {sc.r, sc.g, sc.b, static_cast<uint8_t>(255 * (l ? std::max(0.35f, l->spec->style.opacity) : 1))});
              if (l && l->spec->style.outline) cv.strokeRect(cx, y + px(3), sw, sw, toU8(*l->spec->style.outline));
            }
          }
          const bool sampleNote = b.note.find("示例") != std::string::npos || b.note.find("sample") != std::string::npos;
          float tx = static_cast<float>(cx + (b.entries.empty() ? sw + px(8) : 0));
          tx += cv.text(tx, static_cast<float>(y), b.title, ts, kInk);
          if (!b.note.empty() && it.noteLines.empty())
            cv.text(tx, static_cast<float>(y + px(2)), " (" + b.note + ")", es, sampleNote ? kSample : kMuted);
          y += row;
          for (const auto& line : it.noteLines) {
            cv.text(static_cast<float>(cx + px(10)), static_cast<float>(y - px(2)), line, es, sampleNote ? kSample : kMuted);
            y += noteRow;
          }
        } else {
          const LegendEntry& e = b.entries[static_cast<size_t>(it.entry)];
          // Point layers: each entry's own symbol, as on the map.
          if (b.kind == LayerKind::Point)
            cv.pointSymbol(e.shape, {cx + px(10) + sw * 0.5f, y + row * 0.4f}, symbolRadius(e.shape), {e.color.r, e.color.g, e.color.b, 255});
          else cv.fillRect(cx + px(10), y + px(2), sw, sw - px(2), {e.color.r, e.color.g, e.color.b, 255});
          cv.text(static_cast<float>(cx + px(10) + sw + px(8)), static_cast<float>(y), zh ? e.label : e.labelEn, es, kInk);
          y += it.height;
        }
      }
      cx += colW[c] + gap;
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

}  // namespace ps::map
