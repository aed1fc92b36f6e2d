#include "scene/field_guess.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <set>
#include <string_view>

#include "core/pinyin.h"
#include "scene/field_roles.h"

namespace ps {
namespace {

// Fields bureau files carry that are not roles: recognised so that they are
// not mistaken for one (占地面积 is land area, not floor area) and said so.
struct NotRole {
  const char* zh;
  const char* en;
  const char* what;
};
constexpr NotRole kNotRoles[] = {
    {"占地面积", "landarea|sitearea|parcelarea", "land area"},
    {"用地面积", "", "land area"},
    {"用地性质", "landuse|landusecode", "land use class"},
    {"容积率", "far|floorarearatio|plotratio", "floor area ratio"},
    {"建筑密度", "buildingdensity|coverage", "building coverage"},
    {"空置率", "vacancyrate", "vacancy rate (the occupancy role is 1 - this)"},
};

std::vector<std::string_view> split(const char* list) {
  std::vector<std::string_view> out;
  std::string_view s(list);
  while (!s.empty()) {
    size_t bar = s.find('|');
    out.push_back(s.substr(0, bar));
    if (bar == std::string_view::npos) break;
    s.remove_prefix(bar + 1);
  }
  return out;
}

// Lower-case ASCII, without '_', '-', spaces, dots and parentheses' units.
std::string normalized(std::string_view name) {
  std::string out;
  // Units in parentheses go: 建筑面积(m2), 建筑面积（㎡）. Searched as strings: a
  // byte of "（" also occurs inside other characters (别 is E5 88 AB).
  name = name.substr(0, std::min(name.find('('), name.find("（")));
  for (char c : name)
    if (c != '_' && c != '-' && c != ' ' && c != '.') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool asciiLetters(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
}

struct NameMatch {
  int score = 0;
  std::string why;
};

// How well `column`'s name says one of `zh` / `en`.
NameMatch matchName(const std::string& column, const char* zh, const char* en) {
  const std::string n = normalized(column);
  NameMatch best;
  auto take = [&](int score, std::string why) {
    if (score > best.score) best = {score, std::move(why)};
  };
  for (std::string_view z : split(zh)) {
    if (z.empty()) continue;
    if (n == z) take(100, "name " + std::string(z));
    else if (asciiLetters(n) && n.size() >= 2 && n == pinyinInitials(z))
      take(90, "pinyin initials of " + std::string(z));
    else if (z.size() >= 6 && n.find(z) != std::string::npos)
      take(60 + static_cast<int>(z.size()), "name contains " + std::string(z));
  }
  for (std::string_view e : split(en))
    if (!e.empty() && n == e) take(95, "English name");
  return best;
}

struct Values {
  size_t nonNull = 0, numeric = 0, integral = 0, distinct = 0;
  double lo = INFINITY, hi = -INFINITY;
};

Values valuesOf(const Column& c) {
  Values v;
  std::set<std::string> seen;
  for (size_t r = 0; r < c.size(); ++r) {
    if (c.isNull(r)) continue;
    ++v.nonNull;
    if (seen.size() < 10000) seen.insert(c.asString(r));
    const double x = c.asReal(r);
    if (!std::isfinite(x)) continue;
    ++v.numeric;
    v.integral += x == std::floor(x);
    v.lo = std::min(v.lo, x);
    v.hi = std::max(v.hi, x);
  }
  v.distinct = seen.size();
  return v;
}

std::string number(double x) {
  char b[64];
  if (std::fabs(x) < 10 && x != std::floor(x)) {
    std::snprintf(b, sizeof b, "%.2f", x);
    return b;
  }
  std::snprintf(b, sizeof b, "%.0f", x);
  std::string s = b, out;
  const size_t digits = s.size() - (s[0] == '-');
  for (size_t i = 0; i < s.size(); ++i) {
    out += s[i];
    const size_t left = s.size() - 1 - i;
    if (left > 0 && left % 3 == 0 && (s[0] != '-' || i > 0) && digits > 3) out += ',';
  }
  return out;
}

bool mostlyNumeric(const Values& v) { return v.nonNull > 0 && v.numeric * 10 >= v.nonNull * 9; }

struct ValueCheck {
  bool ok = true;
  int penalty = 0;
  std::string note;
};

// Whether the values can play the role, and what to say about them.
ValueCheck checkValues(const FieldRoleDef& role, const Column& c, const Values& v) {
  ValueCheck out;
  out.note = describeValues(c);
  if (v.nonNull == 0) return {false, 0, "no values"};
  switch (role.values) {
    case RoleValues::Text:
      if (c.numeric()) return {false, 0, "values are numbers, not text"};
      break;
    case RoleValues::Number:
      if (!mostlyNumeric(v)) return {false, 0, "values are not numbers"};
      if (v.lo < role.lo || v.hi > role.hi) {
        out.penalty = 30;
        out.note += " (outside the usual " + number(role.lo) + "–" + number(role.hi) + ")";
      }
      if (std::string_view(role.key) == "floors" && v.integral < v.numeric) {
        out.penalty += 20;
        out.note += ", not whole numbers";
      }
      break;
    case RoleValues::Ratio:
      if (!mostlyNumeric(v) || v.lo < 0 || v.hi > 100) return {false, 0, "values are not a 0–1 rate or a per cent"};
      if (v.hi > 1) out.note += " (per cent: read as a rate, ÷ 100)";
      break;
    case RoleValues::Any:
      if (std::string_view(role.key) == "id" && v.distinct < v.nonNull) {
        out.penalty = 40;
        out.note += ", not unique";
      }
      break;
  }
  return out;
}

struct Candidate {
  int score;
  size_t role, column;
  std::string reason;
};

std::string sectorNote(const SectorValueMapping& m) {
  size_t matched = 0;
  for (const SectorValue& v : m.values) matched += !v.sector.empty();
  return std::to_string(matched) + " of " + std::to_string(m.values.size()) + " distinct values map onto the sectors";
}

// Every (role, column) pair that could be meant, scored.
std::vector<Candidate> candidates(const FeatureTable& t, std::vector<bool>& notRole, std::vector<std::string>& notes) {
  const auto roles = fieldRoleTable();
  std::vector<Candidate> out;
  notRole.assign(t.columns.size(), false);
  for (size_t ci = 0; ci < t.columns.size(); ++ci) {
    const Column& c = t.columns[ci];
    for (const NotRole& nr : kNotRoles)
      if (NameMatch m = matchName(c.name, nr.zh, nr.en); m.score >= 90) {
        notRole[ci] = true;
        notes.push_back(c.name + ": " + m.why + " (" + nr.what + "), not a role");
      }
    if (notRole[ci]) continue;
    const Values v = valuesOf(c);
    for (size_t ri = 0; ri < roles.size(); ++ri) {
      NameMatch m = matchName(c.name, roles[ri].zhNames, roles[ri].enNames);
      const bool sector = std::string_view(roles[ri].key) == "sector";
      std::string byValues;
      if (m.score == 0 && sector && !c.numeric() && v.nonNull > 0) {
        // A sector column named anything: most of its values are sectors.
        SectorValueMapping sm = mapSectorValues(c);
        if (sm.matchedFeatures * 5 >= (sm.matchedFeatures + sm.unmatchedFeatures) * 3 && sm.values.size() >= 2)
        {
          m = {55, "values"};
          byValues = sectorNote(sm);
        }
      }
      if (m.score == 0) continue;
      ValueCheck vc = checkValues(roles[ri], c, v);
      if (!vc.ok) continue;
      std::string reason = c.name + ": " + m.why + ", " + (byValues.empty() ? vc.note : byValues);
      if (sector && byValues.empty()) reason += "; " + sectorNote(mapSectorValues(c));
      out.push_back({m.score - vc.penalty, ri, ci, reason});
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
  return out;
}

}  // namespace

std::string describeValues(const Column& c) {
  const Values v = valuesOf(c);
  if (v.nonNull == 0) return "no values";
  if (c.numeric() || mostlyNumeric(v))
    return v.lo == v.hi ? "values all " + number(v.lo) : "values " + number(v.lo) + "–" + number(v.hi);
  return "text, " + std::to_string(v.distinct) + (v.distinct >= 10000 ? "+" : "") + " distinct values";
}

FieldRoles FieldGuesses::fieldRoles() const {
  FieldRoles r;
  for (const FieldGuess& g : roles)
    if (const FieldRoleDef* d = findRole(g.role)) r.*d->member = g.field;
  return r;
}

const FieldGuess* FieldGuesses::find(const std::string& role) const {
  for (const FieldGuess& g : roles)
    if (g.role == role) return &g;
  return nullptr;
}

FieldGuesses guessFieldRoles(const FeatureTable& t) {
  const auto roles = fieldRoleTable();
  FieldGuesses out;
  std::vector<bool> notRole;
  const std::vector<Candidate> cands = candidates(t, notRole, out.notes);
  for (const FieldRoleDef& d : roles) out.roles.push_back({d.key, "", "no field looks like it", 0, {}});
  std::vector<bool> columnTaken(t.columns.size(), false);
  for (const Candidate& c : cands) {
    FieldGuess& g = out.roles[c.role];
    g.candidates.push_back(t.columns[c.column].name);
    if (!g.field.empty() || columnTaken[c.column]) continue;
    g.field = t.columns[c.column].name;
    g.reason = c.reason;
    g.score = c.score;
    columnTaken[c.column] = true;
  }
  // A parks layer names its features by the park name (园区名称 is the park role).
  FieldGuess& name = out.roles[0];
  if (const FieldGuess* park = out.find("park"); name.field.empty() && park && !park->field.empty()) {
    const Column* pc = t.column(park->field);
    if (pc && !pc->numeric()) {
      name.field = park->field;
      name.score = park->score;
      name.reason = park->field + ": no name field; the park name names the features";
    }
  }
  if (const FieldGuess* s = out.find("sector"); s && !s->field.empty())
    if (const Column* sc = t.column(s->field)) out.sectorValues = mapSectorValues(*sc);
  return out;
}

std::string checkFieldForRole(const FeatureTable& t, const std::string& role, const std::string& field) {
  const FieldRoleDef* d = findRole(role);
  const Column* c = t.column(field);
  if (!d || !c) return field + ": no such field";
  ValueCheck vc = checkValues(*d, *c, valuesOf(*c));
  return field + ": chosen by hand, " + (vc.ok ? vc.note : "but " + vc.note);
}

LayerSpec proposeLayer(const FeatureTable& t, const FieldGuesses& g, const std::string& id) {
  LayerSpec l;
  l.id = id;
  l.title = l.titleEn = t.layer.empty() ? id : t.layer;
  l.fields = g.fieldRoles();
  size_t polys = 0, lines = 0, points = 0;
  for (GeomKind k : t.geom.kind) {
    polys += k == GeomKind::Polygon;
    lines += k == GeomKind::Line;
    points += k == GeomKind::Point;
  }
  const bool tall = !l.fields.height.empty() || !l.fields.floors.empty() || !l.fields.gfa.empty();
  if (polys >= lines && polys >= points && polys > 0) l.kind = tall ? LayerKind::Extrusion : LayerKind::Fill;
  else if (points >= lines) l.kind = LayerKind::Point;
  else l.kind = LayerKind::Line;
  if (l.kind == LayerKind::Extrusion && l.fields.height.empty() && l.fields.floors.empty())
    l.style.heightFromGfa = true;
  if (!l.fields.sector.empty()) {
    l.style.colorMode = ColorMode::Category;
    l.style.colorField = "sector";
    l.sectorValues = g.sectorValues.table();
  }
  if (l.kind == LayerKind::Fill) l.style.opacity = 0.6f;
  if (const Column* oc = l.fields.occupancy.empty() ? nullptr : t.column(l.fields.occupancy)) {
    double hi = 0;
    for (size_t r = 0; r < oc->size(); ++r)
      if (const double v = oc->asReal(r); v == v && v > hi) hi = v;
    l.occupancyPercent = hi > 1.0;  // the guess accepts 0–100 only (checkValues)
  }
  return l;
}

}  // namespace ps
