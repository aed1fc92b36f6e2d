#include "core/sectors.h"

#include <algorithm>
#include <cmath>
#include <string>

#include <strings.h>

namespace ps {
namespace {

constexpr SubSector kBio[] = {
    {"gene_cell_therapy", "基因及细胞治疗", "Gene & cell therapy", Horizon::Near},
    {"digital_diagnosis", "数字诊疗", "Digital diagnosis & therapy", Horizon::Near},
    {"nuclear_medicine", "核医药", "Nuclear medicine", Horizon::Near},
    {"bio_breeding", "生物育种", "Bio-breeding", Horizon::MediumLong},
    {"synthetic_biology", "合成生物", "Synthetic biology", Horizon::MediumLong},
};
constexpr SubSector kEnergy[] = {
    {"green_hydrogen", "绿色氢能", "Green hydrogen", Horizon::Near},
    {"energy_storage", "新型储能", "New energy storage", Horizon::Near},
    {"advanced_nuclear", "先进核能", "Advanced nuclear & fusion", Horizon::MediumLong},
};
constexpr SubSector kMobility[] = {
    {"flying_cars", "飞行汽车", "Flying cars", Horizon::Near},
    {"drones", "新一代无人机", "Next-generation drones", Horizon::Near},
    {"aerospace_propulsion", "空天动力", "Aerospace propulsion", Horizon::Near},
    {"commercial_space", "商业航天", "Commercial space", Horizon::Near},
    {"hyperloop", "超级高铁", "Hyperloop & high-speed maglev", Horizon::MediumLong},
};
constexpr SubSector kDigital[] = {
    {"humanoid_robots", "人形机器人", "Humanoid robots", Horizon::Unspecified},
    {"brain_inspired", "类脑智能", "Brain-inspired intelligence", Horizon::Unspecified},
    {"metaverse", "元宇宙", "Metaverse", Horizon::Unspecified},
    {"flexible_electronics", "柔性电子", "Flexible electronics", Horizon::Unspecified},
    {"advanced_computing", "先进计算及数据服务", "Advanced computing & data services", Horizon::Unspecified},
};
constexpr SubSector kNetwork[] = {
    {"satellite_internet", "卫星互联网", "Satellite internet", Horizon::Near},
    {"optical_chips", "光芯片", "Optical chips", Horizon::Near},
    {"6g", "6G", "6G", Horizon::MediumLong},
    {"quantum", "量子科技", "Quantum technology", Horizon::MediumLong},
};
constexpr SubSector kMaterials[] = {
    {"hp_fibres", "高性能纤维及复合材料", "High-performance fibres & composites", Horizon::Unspecified},
    {"advanced_carbon", "先进碳材料", "Advanced carbon materials", Horizon::Unspecified},
};
constexpr SubSector kFrontier[] = {
    {"deep_earth_sea_space", "深地深海深空", "Deep earth, sea & space", Horizon::Unspecified},
    {"cognitive_ai", "认知型人工智能", "Cognitive AI", Horizon::Unspecified},
    {"superconductivity", "超导技术", "Superconductivity", Horizon::Unspecified},
};

// Okabe & Ito (2008) palette, distinguishable under the common colour-vision deficiencies.
const Sector kSectors[] = {
    {"bio", "前沿生物", "Frontier bio", 0x009E73, kBio},
    {"energy", "先进能源", "Advanced energy", 0xE69F00, kEnergy},
    {"mobility", "未来交通", "Future mobility", 0x56B4E9, kMobility},
    {"digital", "数字智能", "Digital intelligence", 0x0072B2, kDigital},
    {"network", "泛在网络", "Ubiquitous networks", 0xCC79A7, kNetwork},
    {"materials", "新型材料", "New materials", 0xD55E00, kMaterials},
    // The seed's "前沿交叉融合新赛道": tracks it watches (跟踪预研) rather than cultivates.
    {"frontier", "前沿交叉融合新赛道", "Frontier cross-domain tracks (watch)", 0xF0E442, kFrontier},
};

// Full-width ASCII (U+FF01-U+FF5E, as the seed writes "６G" and "元宇宙＋") becomes
// half-width, the ideographic space a space; surrounding spaces are dropped.
std::string normalised(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 == 0xEF && i + 2 < s.size()) {
      const auto b1 = static_cast<unsigned char>(s[i + 1]), b2 = static_cast<unsigned char>(s[i + 2]);
      const unsigned cp = ((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
      if (cp >= 0xFF01 && cp <= 0xFF5E && (b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80) {
        out += static_cast<char>(cp - 0xFF01 + 0x21);
        i += 3;
        continue;
      }
    }
    if (b0 == 0xE3 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        static_cast<unsigned char>(s[i + 2]) == 0x80) {  // U+3000
      out += ' ';
      i += 3;
      continue;
    }
    out += s[i++];
  }
  const size_t a = out.find_first_not_of(' '), e = out.find_last_not_of(' ');
  return a == std::string::npos ? std::string() : out.substr(a, e - a + 1);
}

bool same(std::string_view a, std::string_view b, bool nocase) {
  if (a.size() != b.size()) return false;
  return nocase ? strncasecmp(a.data(), b.data(), a.size()) == 0 : a == b;
}

}  // namespace

std::span<const Sector> sectors() { return kSectors; }

const Sector* findSector(std::string_view raw) {
  const std::string s = normalised(raw);
  for (const Sector& sec : kSectors)
    if (same(sec.id, s, true) || same(sec.zh, s, false) || same(sec.en, s, true)) return &sec;
  if (s == "前沿交叉" || same(s, "Frontier cross-domain", true)) return &kSectors[6];  // earlier names
  return nullptr;
}

const SubSector* findSubSector(std::string_view raw, const Sector** parent) {
  std::string s = normalised(raw);
  for (int pass = 0; pass < 2; ++pass) {
    for (const Sector& sec : kSectors)
      for (const SubSector& sub : sec.subSectors)
        if (same(sub.id, s, true) || same(sub.zh, s, false) || same(sub.en, s, true)) {
          if (parent) *parent = &sec;
          return &sub;
        }
    // "元宇宙+" (the seed's scenario "元宇宙＋"): the sub-sector without the "+".
    if (s.size() < 2 || s.back() != '+') break;
    s.pop_back();
  }
  return nullptr;
}

std::string_view horizonZh(Horizon h) {
  return h == Horizon::Near ? "近期" : h == Horizon::MediumLong ? "中远期" : "";
}
std::string_view horizonEn(Horizon h) {
  return h == Horizon::Near ? "near term" : h == Horizon::MediumLong ? "medium/long term" : "";
}

std::string_view horizonYearsZh(Horizon h) {
  return h == Horizon::Near ? "未来3到5年" : h == Horizon::MediumLong ? "未来5到10年" : "";
}
std::string_view horizonYearsEn(Horizon h) {
  return h == Horizon::Near ? "next 3-5 years" : h == Horizon::MediumLong ? "5-10 years" : "";
}

uint32_t subSectorRgb(const Sector& sector, size_t index) {
  const size_t n = sector.subSectors.size();
  if (n <= 1) return sector.rgb;
  // t in [-1, 1]: -1 = darkest (35 % black), +1 = lightest (50 % white).
  const double t = -1.0 + 2.0 * static_cast<double>(std::min(index, n - 1)) / static_cast<double>(n - 1);
  uint32_t out = 0;
  for (int shift : {16, 8, 0}) {
    const double c = static_cast<double>((sector.rgb >> shift) & 0xff);
    const double v = t < 0 ? c * (1.0 + 0.35 * t) : c + (255.0 - c) * 0.5 * t;
    out |= static_cast<uint32_t>(std::lround(std::clamp(v, 0.0, 255.0))) << shift;
  }
  return out;
}

}  // namespace ps
