#include "scene/sector_values.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

namespace ps {
namespace {

// Words bureau files use for the sectors. Longer entries are tried first when
// matching inside a value, so "新能源汽车" is mobility, not energy.
struct Synonym {
  std::string_view word;
  std::string_view sector;
};
constexpr Synonym kSynonyms[] = {
    {"生物医药", "bio"}, {"生物", "bio"}, {"医药", "bio"}, {"生物技术", "bio"}, {"医疗器械", "bio"},
    {"生命科学", "bio"}, {"大健康", "bio"}, {"创新药", "bio"}, {"biomedicine", "bio"}, {"biotech", "bio"},
    {"pharma", "bio"}, {"life sciences", "bio"},
    {"新能源", "energy"}, {"能源", "energy"}, {"氢能", "energy"}, {"储能", "energy"}, {"核能", "energy"},
    {"清洁能源", "energy"}, {"光伏", "energy"}, {"new energy", "energy"}, {"hydrogen", "energy"},
    {"新能源汽车", "mobility"}, {"智能网联汽车", "mobility"}, {"汽车", "mobility"}, {"航空航天", "mobility"},
    {"航空", "mobility"}, {"航天", "mobility"}, {"无人机", "mobility"}, {"低空经济", "mobility"},
    {"轨道交通", "mobility"}, {"交通", "mobility"}, {"aerospace", "mobility"}, {"aviation", "mobility"},
    {"automotive", "mobility"}, {"drones", "mobility"},
    {"人工智能", "digital"}, {"电子信息", "digital"}, {"数字经济", "digital"}, {"大数据", "digital"},
    {"软件", "digital"}, {"机器人", "digital"}, {"集成电路", "digital"}, {"算力", "digital"},
    {"智能", "digital"}, {"ai", "digital"}, {"software", "digital"}, {"electronics", "digital"},
    {"robotics", "digital"}, {"ict", "digital"},
    {"通信", "network"}, {"互联网", "network"}, {"卫星", "network"}, {"量子", "network"}, {"5g", "network"},
    {"6g", "network"}, {"光通信", "network"}, {"telecom", "network"}, {"quantum", "network"},
    {"新材料", "materials"}, {"材料", "materials"}, {"先进材料", "materials"}, {"复合材料", "materials"},
    {"碳材料", "materials"}, {"new materials", "materials"}, {"materials", "materials"},
    {"前沿交叉", "frontier"}, {"交叉", "frontier"}, {"超导", "frontier"}, {"frontier", "frontier"},
};

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

// A short ASCII synonym ("ai", "5g") only matches a whole word.
bool containsWord(const std::string& hay, std::string_view word) {
  for (size_t at = hay.find(word); at != std::string::npos; at = hay.find(word, at + 1)) {
    const bool ascii = static_cast<unsigned char>(word[0]) < 0x80;
    if (!ascii) return true;
    auto alnum = [&](size_t i) { return std::isalnum(static_cast<unsigned char>(hay[i])) != 0; };
    const bool before = at > 0 && alnum(at - 1), after = at + word.size() < hay.size() && alnum(at + word.size());
    if (!before && !after) return true;
  }
  return false;
}

}  // namespace

const Sector* matchSectorValue(std::string_view raw, std::string* how) {
  const std::string v = trim(raw);
  if (v.empty()) return nullptr;
  auto say = [&](std::string text) {
    if (how) *how = std::move(text);
  };
  if (const Sector* s = findSector(v)) {
    say(v == s->id ? "sector id " + std::string(s->id) : "sector name " + std::string(s->zh));
    return s;
  }
  const Sector* parent = nullptr;
  if (const SubSector* sub = findSubSector(v, &parent); sub && parent) {
    say("sub-sector " + std::string(sub->zh) + " of " + std::string(parent->zh));
    return parent;
  }
  const std::string lv = lower(v);
  for (const Synonym& syn : kSynonyms)
    if (lv == syn.word) {
      say("synonym " + std::string(syn.word));
      return findSector(syn.sector);
    }
  // Contained: the longest synonym or sub-sector name inside the value wins.
  const Synonym* best = nullptr;
  for (const Synonym& syn : kSynonyms)
    if ((!best || syn.word.size() > best->word.size()) && containsWord(lv, syn.word)) best = &syn;
  for (const Sector& s : sectors())
    for (const SubSector& sub : s.subSectors)
      if ((!best || sub.zh.size() > best->word.size()) && sub.zh.size() >= 6 && lv.find(sub.zh) != std::string::npos) {
        say("contains sub-sector " + std::string(sub.zh) + " of " + std::string(s.zh));
        return &s;
      }
  if (!best) {
    // A shortened sub-sector name ("高性能纤维" for 高性能纤维及复合材料): the
    // value (two characters or more) is part of one sector's sub-sector names only.
    const Sector* only = nullptr;
    const SubSector* hit = nullptr;
    if (v.size() >= 6)
      for (const Sector& s : sectors())
        for (const SubSector& sub : s.subSectors)
          if (sub.zh.find(v) != std::string_view::npos) {
            if (only && only != &s) return nullptr;  // in two sectors' names: ambiguous
            only = &s;
            hit = &sub;
          }
    if (!only) return nullptr;
    say("part of sub-sector " + std::string(hit->zh) + " of " + std::string(only->zh));
    return only;
  }
  say("contains " + std::string(best->word));
  return findSector(best->sector);
}

std::vector<std::string> SectorValueMapping::unmatched() const {
  std::vector<std::string> out;
  for (const SectorValue& v : values)
    if (v.sector.empty()) out.push_back(v.value);
  return out;
}

std::map<std::string, std::string> SectorValueMapping::table() const {
  std::map<std::string, std::string> out;
  for (const SectorValue& v : values)
    if (!v.sector.empty() && v.value != v.sector) out[v.value] = v.sector;
  return out;
}

SectorValueMapping mapSectorValues(const Column& column, size_t maxValues) {
  std::unordered_map<std::string, size_t> counts;
  for (size_t r = 0; r < column.size(); ++r)
    if (!column.isNull(r))
      if (std::string v = column.asString(r); !trim(v).empty()) ++counts[v];
  SectorValueMapping m;
  for (auto& [value, n] : counts) m.values.push_back({value, n, "", ""});
  std::sort(m.values.begin(), m.values.end(), [](const SectorValue& a, const SectorValue& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  });
  if (m.values.size() > maxValues) {
    m.truncated = true;
    m.values.resize(maxValues);
  }
  for (SectorValue& v : m.values) {
    if (const Sector* s = matchSectorValue(v.value, &v.how)) v.sector = std::string(s->id);
    (v.sector.empty() ? m.unmatchedFeatures : m.matchedFeatures) += v.count;
  }
  return m;
}

size_t applySectorValues(Column& column, const std::map<std::string, std::string>& table) {
  if (table.empty() || column.type != FieldType::String) return 0;
  size_t changed = 0;
  for (size_t r = 0; r < column.size(); ++r) {
    if (column.isNull(r)) continue;
    auto it = table.find(column.strings[r]);
    if (it == table.end()) continue;
    column.strings[r] = it->second;
    ++changed;
  }
  return changed;
}

}  // namespace ps
