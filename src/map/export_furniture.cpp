#include "map/export_furniture.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

#include "map/legend_groups.h"
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

// What every piece of furniture needs: the canvas, the language and the
// output scale (sizes are given at 1080p and scaled with the picture).
struct Furniture {
  render::Canvas& cv;
  const data::SceneData& data;
  const OrbitCamera& cam;
  const FurnitureOptions& opt;
  bool zh;
  float s;
  int W, H, margin;
  int px(float v) const { return static_cast<int>(std::lround(v * s)); }
};

// Title block, top left. Returns its rectangle (x0, y0, x1, y1).
glm::vec4 drawTitleBlock(const Furniture& f) {
  render::Canvas& cv = f.cv;
  const std::string title = f.zh ? f.data.scene.title : f.data.scene.titleEn;
  bool anySample = false;
  for (const auto& l : f.data.layers) anySample = anySample || (l.spec->sample && l.spec->visible);
  const std::string sub = anySample ? (f.zh ? "园区、地块、楼宇为示例数据(合成),非真实数据" : "Parks, parcels and buildings are SAMPLE (synthetic) data")
                                    : "";
  const int ts = f.px(30), ss = f.px(15);
  const float tw = cv.textWidth(title, ts), sw = sub.empty() ? 0 : cv.textWidth(sub, ss);
  const int bw = static_cast<int>(std::max(tw, sw)) + f.px(32);
  const int bh = f.px(sub.empty() ? 58 : 84);
  cv.fillRect(f.margin, f.margin, bw, bh, kPanel);
  cv.fillRect(f.margin, f.margin, f.px(5), bh, {0, 114, 178, 255});
  cv.text(static_cast<float>(f.margin + f.px(18)), static_cast<float>(f.margin + f.px(10)), title, ts, kInk);
  if (!sub.empty()) cv.text(static_cast<float>(f.margin + f.px(18)), static_cast<float>(f.margin + f.px(52)), sub, ss, kSample);
  return {f.margin, f.margin, f.margin + bw, f.margin + bh};
}

// One layer's legend block, or nullopt when the picture shows nothing of it.
std::optional<LegendBlock> legendBlock(const Furniture& f, const data::LoadedLayer& l) {
  // Only what the picture shows: layers hidden at this camera distance are left out.
  if (!l.spec->visible || f.cam.distance < l.spec->minDistance ||
      (l.spec->maxDistance > 0 && f.cam.distance >= l.spec->maxDistance))
    return std::nullopt;
  std::vector<uint8_t> inView;
  featuresInView(l, f.data.frame, f.cam, f.W, f.H, inView);
  if (std::find(inView.begin(), inView.end(), uint8_t{1}) == inView.end()) return std::nullopt;  // nothing of it in the picture
  LegendBlock b;
  b.title = f.zh ? l.spec->title : l.spec->titleEn;
  b.kind = l.spec->kind;
  if (l.spec->sample) b.note = f.zh ? "示例数据" : "sample data";
  else if (l.spec->approximate) b.note = f.zh ? "位置/边界近似" : "approximate";
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
  const std::string& ln = f.zh ? l.spec->legendNote : l.spec->legendNoteEn;
  if (!ln.empty()) b.note = (b.note.empty() ? "" : b.note + ", ") + ln;
  if (l.spec->kind == LayerKind::Ring && !l.spec->ringRadii.empty()) {
    std::string r;
    for (double v : l.spec->ringRadii) r += (r.empty() ? "" : " / ") + formatDistance(v, f.opt.lang);
    b.note = (b.note.empty() ? "" : b.note + ", ") + (f.zh ? "半径 " : "radius ") + r;
  }
  return b;
}

// Same colours as the block above (parks and their buildings): say so, once.
void shareRepeatedPalette(const Furniture& f, const std::vector<LegendBlock>& blocks, LegendBlock& b) {
  const LegendBlock* prevBlock = nullptr;
  for (auto pb = blocks.rbegin(); pb != blocks.rend() && !prevBlock; ++pb)
    if (!pb->entries.empty()) prevBlock = &*pb;
  if (b.entries.empty() || !prevBlock) return;
  const auto& prev = prevBlock->entries;
  // A prefix counts: the block above may add its own entries (occupancy swatches).
  bool same = prev.size() >= b.entries.size();
  for (size_t k = 0; same && k < b.entries.size(); ++k) same = prev[k].color == b.entries[k].color && prev[k].label == b.entries[k].label;
  if (!same) return;
  b.palette = b.entries;
  b.entries.clear();
  b.sharedPalette = true;
  b.note = (b.note.empty() ? "" : b.note + ", ") + (f.zh ? "配色同上" : "colours as above");
}

// One block per visible layer, in reverse drawing order (top layer first),
// headed by the sectors, listed once (groupSectorEntries).
std::vector<LegendBlock> legendBlocks(const Furniture& f) {
  std::vector<LegendBlock> blocks;
  for (auto it = f.data.layers.rbegin(); it != f.data.layers.rend(); ++it) {
    std::optional<LegendBlock> b = legendBlock(f, *it);
    if (!b) continue;
    blocks.push_back(std::move(*b));
  }
  std::vector<LegendBlock> out;
  if (std::optional<LegendBlock> sectors = groupSectorEntries(blocks, f.opt.lang)) out.push_back(std::move(*sectors));
  for (LegendBlock& b : blocks) {
    if (!b.sharedPalette) shareRepeatedPalette(f, out, b);
    out.push_back(std::move(b));
  }
  return out;
}

// The legend's rows (sizes at the output scale).
struct LegendMetrics {
  int ts, es, row, noteRow, pad, sw, gap;
  float maxTextW;
  explicit LegendMetrics(const Furniture& f)
      : ts(f.px(15)), es(f.px(13)), row(f.px(21)), noteRow(f.px(18)), pad(f.px(12)), sw(f.px(14)), gap(f.px(18)),
        maxTextW(static_cast<float>(f.px(340))) {}
};
struct LegendRow {
  const LegendBlock* block = nullptr;
  int entry = -1;                      // -1: the block's header (title, then its note lines)
  std::vector<std::string> noteLines;  // header only
  int height = 0, width = 0;
};

std::vector<LegendRow> legendItems(const Furniture& f, const LegendMetrics& m, const std::vector<LegendBlock>& blocks) {
  render::Canvas& cv = f.cv;
  std::vector<LegendRow> items;
  for (const auto& b : blocks) {
    LegendRow h;
    h.block = &b;
    const float titleW = cv.textWidth(b.title, m.ts) + m.sw + f.px(8);
    const std::string inlineNote = b.note.empty() ? "" : " (" + b.note + ")";
    const float inlineW = inlineNote.empty() ? 0 : cv.textWidth(inlineNote, m.es);
    if (!b.note.empty() && titleW + inlineW > m.maxTextW) h.noteLines = wrapText(cv, b.note, m.es, m.maxTextW);
    h.height = m.row + static_cast<int>(h.noteLines.size()) * m.noteRow;
    float w = titleW + (h.noteLines.empty() ? inlineW : 0);
    for (const auto& line : h.noteLines) w = std::max(w, cv.textWidth(line, m.es) + f.px(10));
    h.width = static_cast<int>(w);
    items.push_back(std::move(h));
    for (size_t k = 0; k < b.entries.size(); ++k) {
      LegendRow e;
      e.block = &b;
      e.entry = static_cast<int>(k);
      e.height = m.row;
      e.width = static_cast<int>(cv.textWidth(f.zh ? b.entries[k].label : b.entries[k].labelEn, m.es)) + f.px(32);
      items.push_back(std::move(e));
    }
    items.back().height += f.px(4);
  }
  return items;
}

// Columns of items: the legend grows up from the bottom left; when it would
// reach the title block it flows into another column (long blocks split
// between entries; a header never ends a column, it moves on with its first entry).
struct LegendColumn {
  size_t first, last;
  int width, height;
};
std::vector<LegendColumn> legendColumns(const Furniture& f, const std::vector<LegendRow>& items, int avail) {
  std::vector<LegendColumn> cols;
  size_t i = 0;
  while (i < items.size()) {
    size_t j = i;
    int h = 0, w = f.px(140);
    while (j < items.size()) {
      int need = items[j].height;
      if (items[j].entry < 0 && j + 1 < items.size() && items[j + 1].block == items[j].block) need += items[j + 1].height;
      if (j > i && h + need > avail) break;
      h += items[j].height;
      w = std::max(w, items[j].width);
      ++j;
    }
    cols.push_back({i, j, w, h});
    i = j;
  }
  return cols;
}

// Discs fill 0.8 of the swatch; the other symbols, lighter for their size, all of it.
float symbolRadius(const LegendMetrics& m, PointShape sh) { return m.sw * (sh == PointShape::Circle ? 0.4f : 0.5f); }

// A block's header: its swatch (or symbol, or the palette strip), title and note.
void drawLegendHeader(const Furniture& f, const LegendMetrics& m, const LegendRow& it, int cx, int& y) {
  render::Canvas& cv = f.cv;
  const LegendBlock& b = *it.block;
  const data::LoadedLayer* l = nullptr;
  for (const auto& L : f.data.layers)
    if ((f.zh ? L.spec->title : L.spec->titleEn) == b.title) l = &L;
  glm::u8vec4 sc = l ? toU8(l->spec->style.color) : kMuted;
  const int sw = m.sw;
  if (b.sharedPalette) {
    // A strip of the palette above stands for "same colours".
    const int n = static_cast<int>(b.palette.size());
    for (int q = 0; q < n; ++q)
      cv.fillRect(cx + q * sw / n, y + f.px(3), sw / n + 1, sw, b.palette[static_cast<size_t>(q)].color);
  } else if (b.entries.empty()) {
    if (b.kind == LayerKind::Point)
      cv.pointSymbol(l ? l->spec->style.shape : PointShape::Circle, {cx + sw * 0.5f, y + m.row * 0.45f},
                     symbolRadius(m, l ? l->spec->style.shape : PointShape::Circle), sc);
    else {
      cv.fillRect(cx, y + f.px(3), sw, sw, {sc.r, sc.g, sc.b, static_cast<uint8_t>(255 * (l ? std::max(0.35f, l->spec->style.opacity) : 1))});
      if (l && l->spec->style.outline) cv.strokeRect(cx, y + f.px(3), sw, sw, toU8(*l->spec->style.outline));
    }
  }
  const bool sampleNote = b.note.find("示例") != std::string::npos || b.note.find("sample") != std::string::npos;
  float tx = static_cast<float>(cx + (b.entries.empty() || b.sharedPalette ? sw + f.px(8) : 0));
  tx += cv.text(tx, static_cast<float>(y), b.title, m.ts, kInk);
  if (!b.note.empty() && it.noteLines.empty())
    cv.text(tx, static_cast<float>(y + f.px(2)), " (" + b.note + ")", m.es, sampleNote ? kSample : kMuted);
  y += m.row;
  for (const auto& line : it.noteLines) {
    cv.text(static_cast<float>(cx + f.px(10)), static_cast<float>(y - f.px(2)), line, m.es, sampleNote ? kSample : kMuted);
    y += m.noteRow;
  }
}

// One entry: its swatch (point layers: its own symbol, as on the map) and label.
void drawLegendEntry(const Furniture& f, const LegendMetrics& m, const LegendRow& it, int cx, int& y) {
  render::Canvas& cv = f.cv;
  const LegendEntry& e = it.block->entries[static_cast<size_t>(it.entry)];
  const int sw = m.sw;
  if (it.block->kind == LayerKind::Point)
    cv.pointSymbol(e.shape, {cx + f.px(10) + sw * 0.5f, y + m.row * 0.4f}, symbolRadius(m, e.shape), {e.color.r, e.color.g, e.color.b, 255});
  else cv.fillRect(cx + f.px(10), y + f.px(2), sw, sw - f.px(2), {e.color.r, e.color.g, e.color.b, 255});
  cv.text(static_cast<float>(cx + f.px(10) + sw + f.px(8)), static_cast<float>(y), f.zh ? e.label : e.labelEn, m.es, kInk);
  y += it.height;
}

// Legend, bottom left. Notes wrap at a readable width. Returns its rectangle
// (empty when it lists nothing).
glm::vec4 drawLegend(const Furniture& f) {
  const std::vector<LegendBlock> blocks = legendBlocks(f);
  const LegendMetrics m(f);
  const std::vector<LegendRow> items = legendItems(f, m, blocks);
  const int bottom = f.H - f.margin - f.px(24);
  const int top = (f.opt.title ? f.margin + f.px(84) : 0) + f.margin;
  const int avail = std::max(m.row * 4, bottom - top - 2 * m.pad);
  const std::vector<LegendColumn> cols = legendColumns(f, items, avail);
  int width = 2 * m.pad, height = 0;
  for (size_t c = 0; c < cols.size(); ++c) {
    width += cols[c].width + (c ? m.gap : 0);
    height = std::max(height, cols[c].height);
  }
  height += 2 * m.pad - f.px(4);
  const int x0 = f.margin, y0 = bottom - height;
  if (!items.empty()) {
    f.cv.fillRect(x0, y0, width, height, kPanel);
    f.cv.strokeRect(x0, y0, width, height, kBorder);
  }
  int cx = x0 + m.pad;
  for (const LegendColumn& col : cols) {
    int y = y0 + m.pad;
    for (size_t k = col.first; k < col.last; ++k) {
      if (items[k].entry < 0) drawLegendHeader(f, m, items[k], cx, y);
      else drawLegendEntry(f, m, items[k], cx, y);
    }
    cx += col.width + m.gap;
  }
  if (items.empty()) return glm::vec4(0.0f);
  return {x0, y0, x0 + width, y0 + height};
}

// Scale bar, bottom right, measured at the image centre.
glm::vec4 drawScaleBar(const Furniture& f, glm::dvec2 g0, glm::dvec2 g1) {
  render::Canvas& cv = f.cv;
  const double mPerPx = glm::length(g1 - g0) / 100.0;
  const double len = niceScaleLength(mPerPx * f.px(160));
  const int barPx = static_cast<int>(std::lround(len / mPerPx));
  const std::string label = formatDistance(len, f.opt.lang) + (f.cam.pitchDeg > 20 ? (f.zh ? "(画面中心)" : " (at centre)") : "");
  const int labelW = static_cast<int>(cv.textWidth(label, f.px(13)));
  const int x1 = f.W - f.margin - f.px(70), x0 = x1 - std::max(barPx, labelW), y0 = f.H - f.margin - f.px(48);
  cv.fillRect(x0 - f.px(10), y0 - f.px(24), std::max(barPx, labelW) + f.px(20), f.px(44), kPanel);
  cv.fillRect(x0, y0 + f.px(8), barPx, f.px(5), kInk);
  cv.fillRect(x0, y0 + f.px(2), f.px(2), f.px(11), kInk);
  cv.fillRect(x0 + barPx - f.px(2), y0 + f.px(2), f.px(2), f.px(11), kInk);
  cv.text(static_cast<float>(x0), static_cast<float>(y0 - f.px(20)), label, f.px(13), kInk);
  return {x0 - f.px(10), y0 - f.px(24), x0 + std::max(barPx, labelW) + f.px(10), y0 + f.px(20)};
}

// North arrow, bottom right: points where north is at the image centre.
glm::vec4 drawNorthArrow(const Furniture& f, glm::dvec2 g0) {
  render::Canvas& cv = f.cv;
  auto n = f.cam.worldToScreen(glm::dvec3(g0 + glm::dvec2(0, 1000), 0), f.W, f.H);
  auto c = f.cam.worldToScreen(glm::dvec3(g0, 0), f.W, f.H);
  if (!n || !c) return glm::vec4(0.0f);
  glm::vec2 dir = glm::vec2(*n - *c);
  if (glm::length(dir) <= 1e-3f) return glm::vec4(0.0f);
  dir = glm::normalize(dir);
  const glm::vec2 centre(f.W - f.margin - f.px(30), f.H - f.margin - f.px(52));
  const glm::vec2 perp(-dir.y, dir.x);
  const float L = f.px(22), Wd = f.px(9);
  cv.fillCircle(centre.x, centre.y, f.px(30), kPanel);
  cv.fillTriangle(centre + dir * L, centre + perp * Wd, centre, kInk);
  cv.fillTriangle(centre + dir * L, centre, centre - perp * Wd, {120, 128, 136, 255});
  cv.fillTriangle(centre - dir * L * 0.6f, centre - perp * Wd, centre + perp * Wd, {200, 205, 210, 255});
  const std::string N = f.zh ? "北" : "N";
  const float tw = cv.textWidth(N, f.px(13));
  const glm::vec2 tp = centre + dir * (L + f.px(4)) - glm::vec2(tw * 0.5f, f.px(9));
  cv.text(tp.x, tp.y - f.px(4), N, f.px(13), kInk, f.px(2));
  const float r = static_cast<float>(f.px(30));
  return {centre.x - r, std::min(centre.y - r, tp.y - f.px(4)), centre.x + r, centre.y + r};
}

// Attribution, bottom edge.
glm::vec4 drawAttribution(const Furniture& f) {
  std::string line;
  for (const auto& a : f.data.scene.attribution) line += (line.empty() ? "" : "  ·  ") + a;
  const int as = f.px(12);
  const int bh = f.px(22);
  f.cv.fillRect(0, f.H - bh, f.W, bh, {255, 255, 255, 200});
  const float tw = f.cv.textWidth(line, as);
  f.cv.text(std::max(4.0f, f.W - tw - f.px(10)), static_cast<float>(f.H - bh + f.px(4)), line, as, kMuted);
  return {0, f.H - bh, f.W, f.H};
}

// Every piece of furniture on `cv` (drawn, measured or, collecting, its glyphs gathered).
std::vector<glm::vec4> layoutFurniture(render::Canvas& cv, int imgW, int imgH, const data::SceneData& data,
                                       const OrbitCamera& cam, const FurnitureOptions& opt) {
  const int W = opt.fullWidth > 0 ? opt.fullWidth : imgW, H = opt.fullHeight > 0 ? opt.fullHeight : imgH;
  Furniture f{cv, data, cam, opt, opt.lang == Lang::Zh, opt.scale, W, H, 0};
  f.margin = f.px(20);
  std::vector<glm::vec4> rects;
  auto keep = [&](glm::vec4 r) {
    if (r.z > r.x && r.w > r.y) rects.push_back(r);
  };
  if (opt.title) keep(drawTitleBlock(f));
  if (opt.legend) keep(drawLegend(f));
  auto g0 = cam.screenToGround(f.W * 0.5, f.H * 0.5, f.W, f.H);
  auto g1 = cam.screenToGround(f.W * 0.5 + 100, f.H * 0.5, f.W, f.H);
  if (opt.scaleBar && g0 && g1) keep(drawScaleBar(f, *g0, *g1));
  if (opt.northArrow && g0) keep(drawNorthArrow(f, *g0));
  if (opt.attribution && !data.scene.attribution.empty()) keep(drawAttribution(f));
  return rects;
}

}  // namespace

std::vector<glm::vec4> drawExportFurniture(render::Image& img, const data::SceneData& data, const OrbitCamera& cam,
                                           const FurnitureOptions& opt) {
  render::Canvas cv(img, {0, opt.bandTop});
  return layoutFurniture(cv, img.width, img.height, data, cam, opt);
}

std::vector<glm::vec4> exportFurnitureRects(const data::SceneData& data, const OrbitCamera& cam,
                                            const FurnitureOptions& opt, int width, int height) {
  // The same layout drawn into a 1 x 1 scratch picture: every piece is measured
  // as it will be drawn, nothing of it kept. First a pass that only gathers
  // the glyphs, so the atlas is built once for this and the drawing after it.
  render::Image scratch;
  scratch.width = 1;
  scratch.height = 1;
  scratch.rgba.assign(4, 0);
  FurnitureOptions o = opt;
  o.fullWidth = width;
  o.fullHeight = height;
  o.bandTop = 0;
  {
    render::Canvas collect(scratch);
    collect.collectGlyphs(true);
    layoutFurniture(collect, scratch.width, scratch.height, data, cam, o);
    collect.prepareGlyphs();
  }
  return drawExportFurniture(scratch, data, cam, o);
}

}  // namespace ps::map
