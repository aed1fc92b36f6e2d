#include "viewer/search.h"

#include <algorithm>
#include <cctype>

#include "core/pinyin.h"

namespace ps::viewer {
namespace {

std::string lower(std::string_view s) {
  std::string o(s);
  for (char& c : o) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return o;
}

std::string trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

// 3 exact, 2 prefix, 1 substring, 0 none.
int matchLevel(const std::string& hay, const std::string& needle) {
  if (hay.empty() || needle.empty()) return 0;
  if (hay == needle) return 3;
  if (hay.compare(0, needle.size(), needle) == 0) return 2;
  return hay.find(needle) != std::string::npos ? 1 : 0;
}

bool contains(const std::string& s, std::string_view w) { return s.find(w) != std::string::npos; }

}  // namespace

std::string kindKeyFor(const LayerSpec& spec) {
  std::string id = lower(spec.id) + " " + lower(spec.titleEn);
  if (contains(id, "district")) return "kind.district";
  if (contains(id, "zone")) return "kind.zone";
  if (contains(id, "universit") || contains(id, "campus")) return "kind.university";
  if (contains(id, "cluster")) return "kind.cluster";
  if (contains(id, "park")) return "kind.park";
  if (contains(id, "parcel")) return "kind.parcel";
  return "kind.place";
}

std::vector<SearchHit> search(const data::SceneData& data, std::string_view query, size_t maxHits) {
  std::vector<SearchHit> hits;
  const std::string q = trim(query);
  if (q.empty()) return hits;
  const std::string ql = lower(q);
  const bool asciiQuery = std::all_of(ql.begin(), ql.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });

  for (uint32_t li = 0; li < data.layers.size(); ++li) {
    const auto& L = data.layers[li];
    // Derived layers (choropleth, clusters...) repeat the names of their sources: search the sources.
    if (!L.spec || L.spec->derived.kind != DerivedKind::None || L.spec->kind == LayerKind::Extrusion ||
        L.spec->kind == LayerKind::Line || L.spec->kind == LayerKind::Ring)
      continue;
    const std::string nameField = L.spec->fields.name.empty() ? L.spec->labelField : L.spec->fields.name;
    const Column* name = nameField.empty() ? nullptr : L.table.column(nameField);
    const Column* nameEn = L.spec->fields.nameEn.empty() ? nullptr : L.table.column(L.spec->fields.nameEn);
    const Column* initials = L.table.column("pinyin_initials");
    if (!name && !nameEn) continue;
    const std::string kind = kindKeyFor(*L.spec);
    for (uint32_t row = 0; row < L.table.size(); ++row) {
      std::string zh = name ? name->asString(row) : std::string();
      std::string en = nameEn ? nameEn->asString(row) : std::string();
      int best = matchLevel(lower(zh), ql) * 10 + 3;
      if (best == 3) best = 0;
      if (int m = matchLevel(lower(en), ql); m && m * 10 + 2 > best) best = m * 10 + 2;
      if (asciiQuery && best == 0) {
        std::string ini = initials ? lower(initials->asString(row)) : pinyinInitials(zh);
        if (int m = matchLevel(ini, ql); m) best = m * 10 + 1;
      }
      if (!best) continue;
      hits.push_back({{li, row}, zh, en, kind, best});
    }
  }
  std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.name.size() < b.name.size();
  });
  // One row per place: a park is both a polygon and a marker (two layers, same
  // names); the list showed "SAMPLE Xinchuan 6G park" twice. The first (the
  // earlier layer at the same score) stays.
  std::vector<SearchHit> unique;
  for (SearchHit& h : hits) {
    const bool seen = std::any_of(unique.begin(), unique.end(), [&](const SearchHit& u) {
      return u.kindKey == h.kindKey && u.name == h.name && u.nameEn == h.nameEn;
    });
    if (!seen) unique.push_back(std::move(h));
  }
  hits = std::move(unique);
  if (hits.size() > maxHits) hits.resize(maxHits);
  return hits;
}

}  // namespace ps::viewer
