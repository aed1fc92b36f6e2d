#include "map/legend_groups.h"

#include <algorithm>

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

}  // namespace ps::map
