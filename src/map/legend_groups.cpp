#include "map/legend_groups.h"

#include <algorithm>
#include <cstdio>
#include <set>

#include "map/legend_in_view.h"
#include "map/map_builder.h"

namespace ps::map {

std::string sectorHorizonTag(const Sector& s, Lang lang) {
  bool near = false, later = false;
  for (const SubSector& sub : s.subSectors) {
    near = near || sub.horizon == Horizon::Near;
    later = later || sub.horizon == Horizon::MediumLong;
  }
  const bool zh = lang == Lang::Zh;
  if (near && later) return zh ? "近期·中远期" : "near & medium/long term";
  if (near) return zh ? "近期" : "near term";
  if (later) return zh ? "中远期" : "medium/long term";
  return "";
}

namespace {

const Sector* sectorOf(const LegendEntry& e) {
  for (const Sector& s : sectors()) {
    const glm::u8vec4 c{(s.rgb >> 16) & 0xFF, (s.rgb >> 8) & 0xFF, s.rgb & 0xFF, 255};
    if ((e.label == s.zh || e.labelEn == s.en) && e.color.r == c.r && e.color.g == c.g && e.color.b == c.b) return &s;
  }
  return nullptr;
}

}  // namespace

std::optional<LegendBlock> groupSectorEntries(std::vector<LegendBlock>& blocks, Lang lang) {
  const bool zh = lang == Lang::Zh;
  std::vector<bool> shown(sectors().size(), false);
  bool any = false;
  for (LegendBlock& b : blocks) {
    std::vector<LegendEntry> own, palette;
    for (LegendEntry& e : b.entries) {
      if (const Sector* s = sectorOf(e)) {
        const auto k = static_cast<size_t>(s - sectors().data());
        shown[k] = true;
        palette.push_back(e);
      } else {
        own.push_back(std::move(e));
      }
    }
    b.entries = std::move(own);
    if (palette.empty()) continue;
    any = true;
    b.palette = std::move(palette);
    b.sharedPalette = true;
    // Said once: a note that already tells what the colour is (hex columns) keeps its words.
    const bool told = b.note.find("颜色") != std::string::npos || b.note.find("colour") != std::string::npos;
    if (!told) b.note = (b.note.empty() ? "" : b.note + ", ") + (zh ? "颜色=产业" : "colour = sector");
  }
  if (!any) return std::nullopt;
  LegendBlock g;
  g.title = zh ? "未来产业赛道" : "Future-industry sectors";
  g.note = zh ? "近期=未来3到5年, 中远期=未来5到10年" : "near term = next 3-5 years, medium/long term = 5-10 years";
  g.kind = LayerKind::Fill;
  for (size_t k = 0; k < shown.size(); ++k) {
    if (!shown[k]) continue;
    const Sector& s = sectors()[k];
    LegendEntry e;
    e.label = std::string(s.zh);
    e.labelEn = std::string(s.en);
    const std::string zhTag = sectorHorizonTag(s, Lang::Zh), enTag = sectorHorizonTag(s, Lang::En);
    if (!zhTag.empty()) e.label += " (" + zhTag + ")";
    if (!enTag.empty()) e.labelEn += " (" + enTag + ")";
    e.color = {(s.rgb >> 16) & 0xFF, (s.rgb >> 8) & 0xFF, s.rgb & 0xFF, 255};
    g.entries.push_back(std::move(e));
  }
  return g;
}

namespace {

std::string formatRadius(double m, Lang lang) {
  char buf[32];
  if (m >= 1000) std::snprintf(buf, sizeof buf, "%g %s", m / 1000, lang == Lang::Zh ? "公里" : "km");
  else std::snprintf(buf, sizeof buf, "%g %s", m, lang == Lang::Zh ? "米" : "m");
  return buf;
}

void appendNote(std::string& note, const std::string& more) {
  if (!more.empty()) note += (note.empty() ? "" : ", ") + more;
}

// Same colours as the block above (parks and their buildings): say so, once.
void shareRepeatedPalette(const std::vector<LegendBlock>& blocks, LegendBlock& b, Lang lang) {
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
  appendNote(b.note, lang == Lang::Zh ? "配色同上" : "colours as above");
}

}  // namespace

std::optional<LegendBlock> legendBlockOf(const LegendLayer& in, Lang lang) {
  const data::LoadedLayer& l = *in.layer;
  const LayerSpec& spec = *l.spec;
  const bool zh = lang == Lang::Zh;
  if (in.inView && std::find(in.inView->begin(), in.inView->end(), uint8_t{1}) == in.inView->end()) return std::nullopt;
  LegendBlock b;
  b.layer = in.index;
  b.title = zh || spec.titleEn.empty() ? spec.title : spec.titleEn;
  b.kind = spec.kind;
  b.sample = spec.sample;
  b.approximate = spec.approximate;
  b.color = toU8(spec.style.color);
  b.opacity = spec.style.opacity;
  if (spec.style.outline) b.outline = toU8(*spec.style.outline);
  b.lineWidth = spec.style.outlineWidth;
  b.dashed = outlineDash(spec).x > 0;
  b.ramp = spec.style.colorMode == ColorMode::Ramp;
  b.entries = legendFor(spec, l.table);
  if (spec.style.colorMode == ColorMode::Category && in.inView) {
    // Categories with nothing in the picture are left out.
    const std::set<uint32_t> shown = coloursInView(l, *in.inView);
    std::erase_if(b.entries, [&](const LegendEntry& e) {
      return !shown.count(uint32_t(e.color.r) << 16 | uint32_t(e.color.g) << 8 | e.color.b);
    });
  }
  if (b.entries.size() == 1 && spec.style.colorMode == ColorMode::Single) b.entries.clear();  // the swatch sits by the title
  // Entries computed at load (scene.h LayerSpec::legend): derived layers
  // replace the style's rule with them, other layers (occupancy) add them.
  std::vector<LegendEntry> extra;
  for (const LegendItem& li : spec.legend) extra.push_back({li.label, li.labelEn, toU8(li.color), 0, spec.style.shape});
  if (spec.derived.kind != DerivedKind::None) {
    b.entries = std::move(extra);
    b.ramp = false;
  } else {
    b.entries.insert(b.entries.end(), extra.begin(), extra.end());
  }
  appendNote(b.note, zh ? spec.legendNote : spec.legendNoteEn);
  if (spec.kind == LayerKind::Ring && !spec.ringRadii.empty()) {
    std::string r;
    for (double v : spec.ringRadii) r += (r.empty() ? "" : " / ") + formatRadius(v, lang);
    appendNote(b.note, (zh ? "半径 " : "radius ") + r);
  }
  return b;
}

std::vector<LegendBlock> symbolBlocksOf(const LegendLayer& in, Lang lang) {
  const LayerSpec& spec = *in.layer->spec;
  std::vector<LegendBlock> out;
  if (spec.kind != LayerKind::Point) return out;
  const bool zh = lang == Lang::Zh;
  auto add = [&](std::vector<LegendEntry> entries, const std::string& field) {
    if (entries.empty()) return;
    LegendBlock b;
    b.layer = in.index;
    b.kind = LayerKind::Point;
    b.sample = spec.sample;
    b.approximate = spec.approximate;
    b.entries = std::move(entries);
    const std::string& role = field == spec.fields.status || field == "status"              ? std::string("status")
                              : field == spec.fields.carrierRole || field == "carrier_role" ? std::string("carrier_role")
                                                                                            : field;
    if (role == "status") b.title = zh ? "园区状态" : "Park status";
    else if (role == "carrier_role") b.title = zh ? "建圈强链承载区" : "Industry-chain carrier area";
    else b.title = field;
    out.push_back(std::move(b));
  };
  add(fillLegend(spec, in.layer->table, in.inView), spec.style.fillField);
  add(shapeFieldLegend(spec, in.layer->table, in.inView), spec.style.shapeField);
  return out;
}

std::vector<LegendBlock> buildLegend(std::span<const LegendLayer> topFirst, Lang lang) {
  std::vector<LegendBlock> blocks;
  for (const LegendLayer& l : topFirst) {
    std::optional<LegendBlock> b = legendBlockOf(l, lang);
    if (!b) continue;
    blocks.push_back(std::move(*b));
    // A point layer's symbols keyed on their own fields (park status, carrier role): their own groups.
    for (LegendBlock& s : symbolBlocksOf(l, lang)) blocks.push_back(std::move(s));
  }
  std::vector<LegendBlock> out;
  if (std::optional<LegendBlock> sectors = groupSectorEntries(blocks, lang)) out.push_back(std::move(*sectors));
  for (LegendBlock& b : blocks) {
    if (!b.sharedPalette) shareRepeatedPalette(out, b, lang);
    out.push_back(std::move(b));
  }
  return out;
}

std::string legendMarks(const LegendBlock& b) {
  if (!b.sample && !b.approximate) return "";
  return std::string(" ") + (b.sample ? "*" : "") + (b.approximate ? "≈" : "");
}

std::string legendFootnote(std::span<const LegendBlock> blocks, Lang lang) {
  bool sample = false, approx = false;
  for (const LegendBlock& b : blocks) {
    sample = sample || b.sample;
    approx = approx || b.approximate;
  }
  const bool zh = lang == Lang::Zh;
  std::string out;
  if (sample) out = zh ? "* 示例数据(合成)" : "* sample (synthetic) data";
  if (approx) out += std::string(out.empty() ? "" : "   ") + (zh ? "≈ 位置/边界近似" : "≈ approximate position or outline");
  return out;
}

}  // namespace ps::map
