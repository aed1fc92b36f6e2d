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


// Greedy line breaking at `maxWidth`: after "; " or ", " where possible, then
// between words, else between any two code points (CJK text has no spaces to break at).
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
    } else if (text[i] == ' ' || text[i] == ',') {  // between words, and after a comma with no space (CJK)
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

// The legend's layers, top first, with the features the picture shows: only
// what the picture shows (layers hidden at this camera distance, or with
// nothing in the frame, are left out).
std::vector<LegendBlock> legendBlocks(const Furniture& f) {
  std::vector<std::vector<uint8_t>> masks(f.data.layers.size());
  std::vector<LegendLayer> layers;
  for (size_t k = f.data.layers.size(); k-- > 0;) {
    const data::LoadedLayer& l = f.data.layers[k];
    if (!l.spec->visible || f.cam.distance < l.spec->minDistance ||
        (l.spec->maxDistance > 0 && f.cam.distance >= l.spec->maxDistance))
      continue;
    featuresInView(l, f.data.frame, f.cam, f.W, f.H, masks[k]);
    layers.push_back({&l, static_cast<int>(k), &masks[k]});
  }
  return buildLegend(layers, f.opt.lang);
}

// The legend's rows (sizes at the output scale): compact, so the legend
// keeps to a sixth of the picture at any size (test ExportLegend.*).
struct LegendMetrics {
  int ts, es, row, noteRow, pad, sw, gap, indent;
  float maxNoteW, maxHeaderW;
  explicit LegendMetrics(const Furniture& f)
      : ts(f.px(14)), es(f.px(12)), row(f.px(17)), noteRow(f.px(15)), pad(f.px(9)), sw(f.px(13)), gap(f.px(14)),
        indent(f.px(6)), maxNoteW(static_cast<float>(f.px(215))), maxHeaderW(static_cast<float>(f.px(250))) {}
};
struct LegendRow {
  const LegendBlock* block = nullptr;
  int entry = -1;                      // -1: the block's header (title, then its note lines)
  std::vector<std::string> titleLines;  // header only: the title, wrapped when long
  std::vector<std::string> noteLines;   // header only
  int height = 0, width = 0;
};

std::vector<LegendRow> legendItems(const Furniture& f, const LegendMetrics& m, const std::vector<LegendBlock>& blocks) {
  render::Canvas& cv = f.cv;
  std::vector<LegendRow> items;
  for (const auto& b : blocks) {
    LegendRow h;
    h.block = &b;
    const bool ownSwatch = b.entries.empty() || b.sharedPalette;
    const float lead = ownSwatch ? static_cast<float>(m.sw + f.px(6)) : 0.0f;
    const float marksW = cv.textWidth(legendMarks(b), m.es);
    h.titleLines = {b.title};
    if (lead + cv.textWidth(b.title, m.ts) + marksW > m.maxHeaderW)
      h.titleLines = wrapText(cv, b.title, m.ts, m.maxHeaderW - lead - marksW);
    float titleW = 0;
    for (const auto& line : h.titleLines) titleW = std::max(titleW, cv.textWidth(line, m.ts));
    titleW += lead + marksW;
    const std::string inlineNote = b.note.empty() ? "" : " " + b.note;
    const float inlineW = inlineNote.empty() ? 0 : cv.textWidth(inlineNote, m.es);
    if (!b.note.empty() && titleW + inlineW > m.maxHeaderW) h.noteLines = wrapText(cv, b.note, m.es, m.maxNoteW);
    h.height = m.row * static_cast<int>(h.titleLines.size()) + static_cast<int>(h.noteLines.size()) * m.noteRow;
    float w = titleW + (h.noteLines.empty() ? inlineW : 0);
    for (const auto& line : h.noteLines) w = std::max(w, cv.textWidth(line, m.es) + m.indent);
    h.width = static_cast<int>(w);
    items.push_back(std::move(h));
    for (size_t k = 0; k < b.entries.size(); ++k) {
      LegendRow e;
      e.block = &b;
      e.entry = static_cast<int>(k);
      e.height = m.row;
      e.width = static_cast<int>(cv.textWidth(f.zh ? b.entries[k].label : b.entries[k].labelEn, m.es)) + m.indent + m.sw +
                f.px(6);
      items.push_back(std::move(e));
    }
    items.back().height += f.px(3);
  }
  return items;
}

// Columns of items, flowed at most `maxH` tall (long blocks split between
// entries; a header never ends a column, it moves on with its first entry).
struct LegendColumn {
  size_t first, last;
  int width, height;
};
std::vector<LegendColumn> flowColumns(const std::vector<LegendRow>& items, int maxH) {
  std::vector<LegendColumn> cols;
  size_t i = 0;
  while (i < items.size()) {
    size_t j = i;
    int h = 0, w = 0;
    while (j < items.size()) {
      int need = items[j].height;
      if (items[j].entry < 0 && j + 1 < items.size() && items[j + 1].block == items[j].block) need += items[j + 1].height;
      if (j > i && h + need > maxH) break;
      h += items[j].height;
      w = std::max(w, items[j].width);
      ++j;
    }
    cols.push_back({i, j, w, h});
    i = j;
  }
  return cols;
}

// The flow with the smallest box that fits `availH` x `availW`: columns
// of about total / k for k = 1, 2, ... (fewer columns on a tie).
std::vector<LegendColumn> legendColumns(const LegendMetrics& m, const std::vector<LegendRow>& items, int availH, int availW) {
  int total = 0;
  for (const LegendRow& r : items) total += r.height;
  std::vector<LegendColumn> best;
  long long bestArea = -1;
  for (int k = 1; k <= 8; ++k) {
    const int maxH = std::max(m.row * 3, std::min(availH, (total + k - 1) / k + m.row));
    std::vector<LegendColumn> cols = flowColumns(items, maxH);
    int w = 0, h = 0;
    for (size_t c = 0; c < cols.size(); ++c) {
      w += cols[c].width + (c ? m.gap : 0);
      h = std::max(h, cols[c].height);
    }
    const bool fits = h <= availH && w <= availW;
    const long long area = static_cast<long long>(w) * h + (fits ? 0 : (1LL << 40));
    if (bestArea < 0 || area < bestArea) {
      bestArea = area;
      best = std::move(cols);
    }
  }
  return best;
}

// Discs fill 0.8 of the swatch; the other symbols, lighter for their size, all of it.
float symbolRadius(const LegendMetrics& m, PointShape sh) { return m.sw * (sh == PointShape::Circle ? 0.4f : 0.5f); }

// A straight line `w` pixels wide, dashed (dash, gap in pixels) when dash.x > 0.
void strokeLine(render::Canvas& cv, glm::vec2 a, glm::vec2 b, float w, glm::u8vec4 c, glm::vec2 dash = glm::vec2(0.0f)) {
  const float len = glm::length(b - a);
  if (len <= 0) return;
  const glm::vec2 d = (b - a) / len, n = glm::vec2(-d.y, d.x) * (w * 0.5f);
  auto piece = [&](float t0, float t1) {
    const glm::vec2 p0 = a + d * t0, p1 = a + d * t1;
    const glm::vec2 quad[4] = {p0 + n, p1 + n, p1 - n, p0 - n};
    cv.fillPolygon(quad, c);
  };
  if (dash.x <= 0) {
    piece(0, len);
    return;
  }
  for (float t = 0; t < len; t += dash.x + dash.y) piece(t, std::min(len, t + dash.x));
}

// A fill's swatch: the colour (light fills a little stronger, to read at
// swatch size), framed by the layer's outline, dashed where the map dashes it.
void fillSwatch(const Furniture& f, const LegendMetrics& m, const LegendBlock& b, int x, int y, glm::u8vec4 c) {
  render::Canvas& cv = f.cv;
  const float a = std::max(0.35f, b.opacity);
  cv.fillRect(x, y, m.sw, m.sw, {c.r, c.g, c.b, static_cast<uint8_t>(255 * a)});
  if (!b.outline) return;
  glm::u8vec4 o = *b.outline;
  o.a = std::max<uint8_t>(o.a, 200);
  const float w = std::max(1.0f, std::round(b.lineWidth * f.s * 0.8f));
  const glm::vec2 dash = b.dashed ? glm::vec2(3.0f * w, 2.0f * w) : glm::vec2(0.0f);
  const float x0 = x + w * 0.5f, y0 = y + w * 0.5f, x1 = x + m.sw - w * 0.5f, y1 = y + m.sw - w * 0.5f;
  strokeLine(cv, {x0 - w * 0.5f, y0}, {x1 + w * 0.5f, y0}, w, o, dash);
  strokeLine(cv, {x1, y0}, {x1, y1}, w, o, dash);
  strokeLine(cv, {x1 + w * 0.5f, y1}, {x0 - w * 0.5f, y1}, w, o, dash);
  strokeLine(cv, {x0, y1}, {x0, y0}, w, o, dash);
}

// A line layer's swatch: a short stroke of the map's colour and width.
void lineSwatch(const Furniture& f, const LegendMetrics& m, const LegendBlock& b, int x, int y, glm::u8vec4 c) {
  const float w = std::max(1.5f, b.lineWidth * f.s);
  const glm::vec2 dash = b.dashed ? glm::vec2(3.0f * w, 2.0f * w) : glm::vec2(0.0f);
  const float mid = y + m.sw * 0.5f;
  strokeLine(f.cv, {x, mid}, {x + m.sw + f.px(4), mid}, w, {c.r, c.g, c.b, static_cast<uint8_t>(255 * std::max(0.6f, b.opacity))}, dash);
}

// The swatch of one colour of a block, as the map draws that kind of layer.
void swatch(const Furniture& f, const LegendMetrics& m, const LegendBlock& b, int x, int y, glm::u8vec4 c, PointShape shape,
            PointFill fill = PointFill::Solid) {
  if (b.kind == LayerKind::Point)
    f.cv.pointSymbolFill(shape, fill, {x + m.sw * 0.5f, y + m.sw * 0.5f}, symbolRadius(m, shape), {c.r, c.g, c.b, 255});
  else if (b.kind == LayerKind::Line) lineSwatch(f, m, b, x, y, c);
  else fillSwatch(f, m, b, x, y, c);
}

// A block's header: its swatch (or symbol, or the palette strip), title, marks and note.
void drawLegendHeader(const Furniture& f, const LegendMetrics& m, const LegendRow& it, int cx, int& y) {
  render::Canvas& cv = f.cv;
  const LegendBlock& b = *it.block;
  const int sy = y + (m.row - m.sw) / 2;
  if (b.sharedPalette) {
    // A strip of the palette above stands for "same colours".
    const int n = static_cast<int>(b.palette.size());
    for (int q = 0; q < n; ++q)
      cv.fillRect(cx + q * m.sw / n, sy, m.sw / n + 1, m.sw, b.palette[static_cast<size_t>(q)].color);
  } else if (b.entries.empty()) {
    swatch(f, m, b, cx, sy, b.color, b.layer >= 0 ? f.data.layers[static_cast<size_t>(b.layer)].spec->style.shape : PointShape::Circle);
  }
  const float tx0 = static_cast<float>(cx + (b.entries.empty() || b.sharedPalette ? m.sw + f.px(6) : 0));
  float tx = tx0;
  int ty = 0;
  for (const std::string& line : it.titleLines) {
    ty = y + (m.row - static_cast<int>(cv.lineHeight(m.ts))) / 2;
    tx = tx0 + cv.text(tx0, static_cast<float>(ty), line, m.ts, kInk);
    y += m.row;
  }
  const std::string marks = legendMarks(b);
  if (!marks.empty()) tx += cv.text(tx, static_cast<float>(ty), marks, m.es, b.sample ? kSample : kMuted);
  if (!b.note.empty() && it.noteLines.empty()) cv.text(tx, static_cast<float>(ty + f.px(1)), " " + b.note, m.es, kMuted);
  for (const auto& line : it.noteLines) {
    cv.text(static_cast<float>(cx + m.indent), static_cast<float>(y - f.px(1)), line, m.es, kMuted);
    y += m.noteRow;
  }
}

// One entry: its swatch (point layers: its own symbol, as on the map) and label.
void drawLegendEntry(const Furniture& f, const LegendMetrics& m, const LegendRow& it, int cx, int& y) {
  render::Canvas& cv = f.cv;
  const LegendEntry& e = it.block->entries[static_cast<size_t>(it.entry)];
  const int x = cx + m.indent;
  swatch(f, m, *it.block, x, y + (m.row - m.sw) / 2, e.color, e.shape, e.fill);
  const int ty = y + (m.row - static_cast<int>(cv.lineHeight(m.es))) / 2;
  cv.text(static_cast<float>(x + m.sw + f.px(6)), static_cast<float>(ty), f.zh ? e.label : e.labelEn, m.es, kInk);
  y += it.height;
}

// Legend, bottom left, in as many columns as keep it smallest, the marks'
// footnote below. Returns its rectangle (empty when it lists nothing).
glm::vec4 drawLegend(const Furniture& f, std::vector<std::string>* groups) {
  const std::vector<LegendBlock> blocks = legendBlocks(f);
  if (groups)
    for (const LegendBlock& b : blocks) groups->push_back(b.title);
  const LegendMetrics m(f);
  const std::vector<LegendRow> items = legendItems(f, m, blocks);
  if (items.empty()) return glm::vec4(0.0f);
  const std::string foot = legendFootnote(blocks, f.opt.lang);
  const int footH = foot.empty() ? 0 : m.noteRow + f.px(2);
  const int bottom = f.H - f.margin - f.px(24);
  const int top = (f.opt.title ? f.margin + f.px(84) : 0) + f.margin;
  const int availH = std::max(m.row * 4, bottom - top - 2 * m.pad - footH);
  const int availW = std::max(m.row * 8, static_cast<int>(f.W * 0.45f));
  const std::vector<LegendColumn> cols = legendColumns(m, items, availH, availW);
  int width = 0, height = 0;
  for (size_t c = 0; c < cols.size(); ++c) {
    width += cols[c].width + (c ? m.gap : 0);
    height = std::max(height, cols[c].height);
  }
  width = std::max(width, static_cast<int>(f.cv.textWidth(foot, m.es))) + 2 * m.pad;
  height += 2 * m.pad - f.px(3) + footH;
  const int x0 = f.margin, y0 = bottom - height;
  f.cv.fillRect(x0, y0, width, height, kPanel);
  f.cv.strokeRect(x0, y0, width, height, kBorder);
  int cx = x0 + m.pad;
  for (const LegendColumn& col : cols) {
    int y = y0 + m.pad;
    for (size_t k = col.first; k < col.last; ++k) {
      if (items[k].entry < 0) drawLegendHeader(f, m, items[k], cx, y);
      else drawLegendEntry(f, m, items[k], cx, y);
    }
    cx += col.width + m.gap;
  }
  if (!foot.empty())
    f.cv.text(static_cast<float>(x0 + m.pad), static_cast<float>(y0 + height - m.pad - m.noteRow + f.px(2)), foot, m.es, kMuted);
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

}  // namespace

std::vector<glm::vec4> FurnitureLayout::rects() const {
  std::vector<glm::vec4> out;
  for (const glm::vec4& r : {title, legend, scaleBar, northArrow, attribution})
    if (r.z > r.x && r.w > r.y) out.push_back(r);
  return out;
}

namespace {

// Every piece of furniture on `cv` (drawn, measured or, collecting, its glyphs gathered).
FurnitureLayout layOut(render::Canvas& cv, int imgW, int imgH, const data::SceneData& data, const OrbitCamera& cam,
                       const FurnitureOptions& opt) {
  const int W = opt.fullWidth > 0 ? opt.fullWidth : imgW, H = opt.fullHeight > 0 ? opt.fullHeight : imgH;
  Furniture f{cv, data, cam, opt, opt.lang == Lang::Zh, opt.scale, W, H, 0};
  f.margin = f.px(20);
  FurnitureLayout out;
  if (opt.title) out.title = drawTitleBlock(f);
  if (opt.legend) out.legend = drawLegend(f, &out.legendGroups);
  auto g0 = cam.screenToGround(f.W * 0.5, f.H * 0.5, f.W, f.H);
  auto g1 = cam.screenToGround(f.W * 0.5 + 100, f.H * 0.5, f.W, f.H);
  if (opt.scaleBar && g0 && g1) out.scaleBar = drawScaleBar(f, *g0, *g1);
  if (opt.northArrow && g0) out.northArrow = drawNorthArrow(f, *g0);
  if (opt.attribution && !data.scene.attribution.empty()) out.attribution = drawAttribution(f);
  return out;
}

}  // namespace

std::vector<glm::vec4> drawExportFurniture(render::Image& img, const data::SceneData& data, const OrbitCamera& cam,
                                           const FurnitureOptions& opt) {
  render::Canvas cv(img, {0, opt.bandTop});
  return layOut(cv, img.width, img.height, data, cam, opt).rects();
}

FurnitureLayout exportFurnitureLayout(const data::SceneData& data, const OrbitCamera& cam,
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
    layOut(collect, scratch.width, scratch.height, data, cam, o);
    collect.prepareGlyphs();
  }
  render::Canvas cv(scratch, {0, 0});
  return layOut(cv, scratch.width, scratch.height, data, cam, o);
}

std::vector<glm::vec4> exportFurnitureRects(const data::SceneData& data, const OrbitCamera& cam,
                                            const FurnitureOptions& opt, int width, int height) {
  return exportFurnitureLayout(data, cam, opt, width, height).rects();
}

}  // namespace ps::map
