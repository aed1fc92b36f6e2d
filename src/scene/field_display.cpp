#include "scene/field_display.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string_view>

#include "core/sectors.h"
#include "scene/field_roles.h"

namespace ps {

namespace {

enum class Match : uint8_t { Exact, Prefix, Suffix };

struct Rule {
  Match match;
  const char* pattern;
  FieldShow show;
  const char* enumKey = nullptr;  // enum.<key>.<value>
};

// Columns by name, first match wins. Role-mapped columns are decided before
// this table (see roleShow). Internal columns of the derived layers
// (hexagon grid indices, label anchors, cached sector names) are hidden.
constexpr Rule kRules[] = {
    {Match::Exact, "q", FieldShow::Hidden},
    {Match::Exact, "r", FieldShow::Hidden},
    {Match::Exact, "dominant_idx", FieldShow::Hidden},
    {Match::Exact, "share_sel", FieldShow::Hidden},
    {Match::Exact, "label", FieldShow::Hidden},
    {Match::Exact, "label_en", FieldShow::Hidden},
    {Match::Exact, "label_x", FieldShow::Hidden},
    {Match::Exact, "label_y", FieldShow::Hidden},
    {Match::Exact, "key", FieldShow::Hidden},
    {Match::Exact, "sector_zh", FieldShow::Hidden},
    {Match::Exact, "sector_en", FieldShow::Hidden},
    {Match::Exact, "class", FieldShow::Hidden},
    {Match::Exact, "value", FieldShow::Hidden},  // choropleths show value_text
    {Match::Exact, "cluster", FieldShow::Hidden},
    {Match::Exact, "pinyin_initials", FieldShow::Hidden},  // the search's key (WHQ), not a reader's field
    {Match::Exact, "campus", FieldShow::Bilingual},
    {Match::Exact, "label_lon", FieldShow::Degrees},
    {Match::Exact, "label_lat", FieldShow::Degrees},
    {Match::Exact, "dominant", FieldShow::Sector},
    {Match::Exact, "count", FieldShow::Count},
    {Match::Exact, "parks", FieldShow::Count},
    {Match::Exact, "buildings", FieldShow::Count},
    {Match::Exact, "tenants", FieldShow::Count},
    {Match::Exact, "occupancy", FieldShow::Percent},
    {Match::Exact, "vacancy", FieldShow::Percent},
    {Match::Exact, "far", FieldShow::Number},
    {Match::Exact, "floors", FieldShow::Floors},
    {Match::Exact, "opened", FieldShow::Year},
    {Match::Exact, "year_built", FieldShow::Year},
    {Match::Exact, "ready_now", FieldShow::Bool},
    {Match::Exact, "real", FieldShow::Bool},
    {Match::Exact, "rent_cny_m2_month", FieldShow::Money},
    {Match::Exact, "horizon", FieldShow::Text, "horizon"},
    {Match::Exact, "anchor_kind", FieldShow::Text, "anchor_kind"},
    {Match::Exact, "data_status", FieldShow::Text, "data_status"},
    {Match::Exact, "zone", FieldShow::Text, "zone"},
    {Match::Exact, "coord_status", FieldShow::Text, "coord_status"},
    {Match::Exact, "status", FieldShow::Text, "status"},
    {Match::Exact, "carrier_role", FieldShow::Text, "carrier_role"},
    {Match::Exact, "dev_area", FieldShow::Text, "dev_area"},
    {Match::Exact, "building_type", FieldShow::Text, "building_type"},
    {Match::Exact, "stock_renovation", FieldShow::Bool},
    {Match::Exact, "selection_batch", FieldShow::Count},
    {Match::Exact, "floor_load_kn_m2", FieldShow::Number},  // kN/m², in its label (not an area)
    {Match::Exact, "sector", FieldShow::Sector},
    {Match::Exact, "sub_sector", FieldShow::SubSector},
    {Match::Suffix, "_id", FieldShow::Code},
    {Match::Exact, "id", FieldShow::Code},
    {Match::Exact, "code", FieldShow::Code},
    {Match::Suffix, "_rate", FieldShow::Percent},
    {Match::Suffix, "_year", FieldShow::Year},
    {Match::Suffix, "_km2", FieldShow::AreaKm2},
    {Match::Suffix, "_m2", FieldShow::Area},
    {Match::Suffix, "_m", FieldShow::Length},
};

bool matches(const Rule& r, std::string_view c) {
  const std::string_view p = r.pattern;
  switch (r.match) {
    case Match::Exact: return c == p;
    case Match::Prefix: return c.starts_with(p);
    case Match::Suffix: return c.size() > p.size() && c.ends_with(p);
  }
  return false;
}

// occ_2024q1 ... occ_2026q4: the quarters the time panel plays and charts.
bool isQuarterColumn(std::string_view c) {
  return c.size() == 10 && c.starts_with("occ_") && std::isdigit(static_cast<unsigned char>(c[4])) && c[8] == 'q';
}

// What a role says about its column, if anything.
std::optional<FieldShow> roleShow(const FieldRoles& r, const std::string& c) {
  if (c == r.gfa || c == r.vacant) return FieldShow::Area;
  if (c == r.occupancy) return FieldShow::Percent;
  if (c == r.height) return FieldShow::Length;
  if (c == r.floors) return FieldShow::Floors;
  if (c == r.tenants) return FieldShow::Count;
  if (c == r.sector) return FieldShow::Sector;
  if (c == r.subSector) return FieldShow::SubSector;
  if (c == r.id) return FieldShow::Code;
  if (c == r.name || c == r.nameEn || c == r.park || c == r.district) return FieldShow::Text;
  return std::nullopt;
}

std::string_view sectorName(const Sector& s, Lang lang) { return lang == Lang::Zh ? s.zh : s.en; }

// The enum key of a value: as written where the table has it, else its first
// ASCII word in lower case ("SAMPLE - synthetic…" -> "sample").
std::string enumText(const std::string& enumKey, const std::string& value, const StringTable& t, Lang lang) {
  const std::string whole = "enum." + enumKey + "." + value;
  if (t.has(whole)) return t.tr(whole, lang);
  std::string word;
  for (char ch : value) {
    if (!std::isalnum(static_cast<unsigned char>(ch)) && ch != '_') break;
    word += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  }
  const std::string first = "enum." + enumKey + "." + word;
  if (!word.empty() && t.has(first)) {
    // Keep a stated precision: "approximate-unsourced (±0.7 km)" -> "近似位置 (±0.7 km)".
    std::string out = t.tr(first, lang);
    if (const size_t pm = value.find("(\u00b1"); pm != std::string::npos) {
      const size_t close = value.find(')', pm);
      if (close != std::string::npos) out += " " + value.substr(pm, close - pm + 1);
    }
    return out;
  }
  return value;
}

// "Wangjiang 望江" -> "望江" (zh) or "Wangjiang" (en): the text splits at the
// last space before its first non-ASCII character; anything else is shown as written.
std::string bilingualPart(const std::string& v, Lang lang) {
  const size_t firstWide = static_cast<size_t>(
      std::find_if(v.begin(), v.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }) - v.begin());
  if (firstWide == v.size()) return v;
  const size_t space = v.rfind(' ', firstWide);
  if (space == std::string::npos || space == 0) return v;
  std::string latin = v.substr(0, space), wide = v.substr(space + 1);
  // Only a clean pair: no letters in the Chinese part, brackets closed in the Latin one
  // ("Main (Erxianqiao 二仙桥)" and "东部(国际) - opened 2026-01-21" stay as written).
  if (std::any_of(wide.begin(), wide.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }) ||
      std::count(latin.begin(), latin.end(), '(') != std::count(latin.begin(), latin.end(), ')'))
    return v;
  return lang == Lang::Zh ? wide : latin;
}

std::string withUnit(const std::string& number, const char* unitKey, const StringTable& t, Lang lang) {
  return number + " " + t.tr(unitKey, lang);
}

std::string textValue(const LayerSpec& layer, const FieldDisplay& d, const Column& col, size_t row,
                      const StringTable& t, Lang lang) {
  const std::string v = col.asString(row);
  if (!d.enumKey.empty()) return enumText(d.enumKey, v, t, lang);
  if (col.name == layer.style.colorField) {
    auto it = layer.style.categoryLabels.find(v);
    if (it != layer.style.categoryLabels.end()) return lang == Lang::Zh ? it->second.first : it->second.second;
  }
  return v;
}

}  // namespace

std::string groupedNumber(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(v));
  const std::string s(buf);
  const size_t dot = s.find('.');
  const std::string intPart = s.substr(0, dot), frac = dot == std::string::npos ? "" : s.substr(dot);
  std::string out;
  for (size_t i = 0; i < intPart.size(); ++i) {
    if (i > 0 && (intPart.size() - i) % 3 == 0) out += ',';
    out += intPart[i];
  }
  const bool negative = v < 0 && (out != "0" || (!frac.empty() && frac.find_first_not_of(".0") != std::string::npos));
  return (negative ? "-" : "") + out + frac;
}

std::string areaText(double m2, Lang lang, const StringTable& t) {
  if (std::isnan(m2)) return "—";
  const std::string exact = groupedNumber(m2, 0) + " " + t.tr("unit.m2", lang);
  if (lang != Lang::Zh || std::fabs(m2) < 10000) return exact;
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.2f", m2 / 10000.0);
  return std::string(buf) + " " + t.tr("unit.wan_m2", lang) + "(" + exact + ")";
}

FieldDisplay fieldDisplay(const LayerSpec& layer, const std::string& column) {
  FieldDisplay d;
  if (isQuarterColumn(column)) {
    d.show = FieldShow::Hidden;
    return d;
  }
  // Hexagon columns: height_m is the drawn column height, not a building's.
  if (layer.derived.kind == DerivedKind::Hexbin && column == "height_m") {
    d.show = FieldShow::Hidden;
    return d;
  }
  // A ring is titled by its campus (derivedFeatureTitle): the campus's internal
  // id (scu_wangjiang) and the label the title already shows are not repeated.
  const bool ring = layer.kind == LayerKind::Ring || layer.derived.kind == DerivedKind::RingStats;
  if (ring && (column == layer.fields.id || column == "label_zh" || column == "label_en")) {
    d.show = FieldShow::Hidden;
    return d;
  }
  for (std::string_view prefix : {std::string_view("gfa_"), std::string_view("share_")}) {
    if (!column.starts_with(prefix)) continue;
    const std::string id = column.substr(prefix.size());
    if (const Sector* s = findSector(id); s && s->id == id) {
      d.show = prefix == "gfa_" ? FieldShow::Area : FieldShow::Percent;
      d.sectorId = id;
      d.labelKey = prefix == "gfa_" ? "field.sector_gfa" : "field.sector_share";
      return d;
    }
  }
  const std::optional<FieldShow> byRole = roleShow(layer.fields, column);
  for (const Rule& r : kRules) {
    if (!matches(r, column)) continue;
    d.show = r.show;
    if (r.enumKey) d.enumKey = r.enumKey;
    break;
  }
  if (byRole && d.show != FieldShow::Hidden) d.show = *byRole;
  return d;
}

std::string fieldDisplayLabel(const LayerSpec& layer, const std::string& column, const StringTable& t, Lang lang) {
  const FieldDisplay d = fieldDisplay(layer, column);
  if (!d.sectorId.empty())
    if (const Sector* s = findSector(d.sectorId))
      return substitute(t.tr(d.labelKey, lang), {{"sector", std::string(sectorName(*s, lang))}});
  const std::string own = "field." + column;
  if (t.has(own)) return t.tr(own, lang);
  for (const FieldRoleDef& r : fieldRoleTable())
    if (r.labelKey && layer.fields.*r.member == column) return t.tr(r.labelKey, lang);
  return column;
}

std::string formatFieldValue(const LayerSpec& layer, const Column& col, size_t row, const StringTable& t, Lang lang) {
  if (col.isNull(row)) return "—";
  const FieldDisplay d = fieldDisplay(layer, col.name);
  const bool num = col.numeric();
  const double v = num ? col.asReal(row) : std::nan("");
  const bool zh = lang == Lang::Zh;
  switch (d.show) {
    case FieldShow::Hidden: return {};
    case FieldShow::Sector:
      if (const Sector* s = findSector(col.asString(row))) return std::string(sectorName(*s, lang));
      return col.asString(row);
    case FieldShow::SubSector:
      if (const SubSector* s = findSubSector(col.asString(row))) return std::string(zh ? s->zh : s->en);
      return col.asString(row);
    case FieldShow::Text: {
      std::string shown = textValue(layer, d, col, row, t, lang);
      return shown.empty() ? "—" : shown;
    }
    case FieldShow::Code: return col.asString(row);
    case FieldShow::Bilingual: return bilingualPart(col.asString(row), lang);
    default: break;
  }
  if (!num || std::isnan(v)) return textValue(layer, d, col, row, t, lang);
  switch (d.show) {
    case FieldShow::Count: return groupedNumber(v, 0);
    case FieldShow::Year: return substitute(t.tr("unit.year", lang), {{"y", std::to_string(std::llround(v))}});
    case FieldShow::Percent: return groupedNumber(v * 100.0, 1) + " %";
    case FieldShow::Area: return areaText(v, lang, t);
    case FieldShow::AreaKm2: return withUnit(groupedNumber(v, 2), "unit.km2", t, lang);
    case FieldShow::Length: return withUnit(groupedNumber(v, std::fabs(v) >= 100 ? 0 : 1), "unit.m", t, lang);
    case FieldShow::Floors: return withUnit(groupedNumber(v, 0), "unit.floors", t, lang);
    case FieldShow::Money: return withUnit(groupedNumber(v, v == std::floor(v) ? 0 : 1), "unit.rent", t, lang);
    case FieldShow::Bool: return t.tr(v != 0 ? "common.yes" : "common.no", lang);
    case FieldShow::Degrees: return groupedNumber(v, 4) + "\u00b0";
    default: break;
  }
  if (col.type == FieldType::Integer) return groupedNumber(v, 0);
  return groupedNumber(v, std::fabs(v) >= 100 ? 1 : 2);
}

std::string derivedFeatureTitle(const LayerSpec& layer, const FeatureTable& table, size_t row,
                                const StringTable& t, Lang lang) {
  auto text = [&](const char* name) -> std::string {
    const Column* c = table.column(name);
    return c && row < c->size() && !c->isNull(row) ? c->asString(row) : std::string();
  };
  auto real = [&](const char* name) {
    const Column* c = table.column(name);
    return c && c->numeric() && row < c->size() && !c->isNull(row) ? c->asReal(row) : std::nan("");
  };
  const bool zh = lang == Lang::Zh;
  if (layer.derived.kind == DerivedKind::Hexbin) {
    const Sector* s = findSector(text("dominant"));
    const std::string area = areaText(real("gfa_m2"), lang, t);
    return substitute(t.tr(s ? "title.hexagon" : "title.hexagon_empty", lang),
                      {{"sector", s ? std::string(sectorName(*s, lang)) : std::string()}, {"area", area}});
  }
  if (layer.derived.kind == DerivedKind::Clusters) return text(zh ? "label" : "label_en");
  const bool ring = layer.kind == LayerKind::Ring || layer.derived.kind == DerivedKind::RingStats;
  if (!ring) return {};
  // The campus label names university and campus ("四川大学·望江"); without
  // one, the university and the campus column.
  std::string campus = zh ? text("label_zh") : text("label_en");
  if (campus.empty()) {
    campus = zh ? text("university") : text("university_en");
    if (campus.empty()) campus = zh ? text("name_zh") : text("name_en");
    const std::string part = text("campus");
    if (!part.empty() && campus.find(part) == std::string::npos) campus += " " + part;
  }
  const double r = real("radius_m");
  if (std::isnan(r)) return campus;
  char km[32];
  std::snprintf(km, sizeof km, "%g", std::round(r / 100.0) / 10.0);
  return substitute(t.tr("title.ring", lang), {{"campus", campus}, {"km", km}});
}

}  // namespace ps
