#include "analysis/siting/demand.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <toml++/toml.h>

#include "core/atomic_file.h"
#include "core/error.h"
#include "core/toml_reader.h"
#include "core/sectors.h"

namespace ps::siting {
namespace {

// Upper bounds of a demand's numbers: a city is ~200 km across, and weights
// are relative (the siting panel's sliders go to 5).
constexpr double kMaxDistanceM = 500000;
constexpr double kMaxQuantity = 1e9;
constexpr double kMaxWeight = 100;

// Which keys each criterion table accepts, besides `hard` and `weight`.
struct Allowed {
  Criterion c;
  std::vector<std::string_view> keys;
  std::vector<std::string_view> required;  // hard or soft, the formulas need these
};

const std::vector<Allowed>& allowedKeys() {
  static const std::vector<Allowed> k = {
      {Criterion::Sector, {"match"}, {}},
      {Criterion::Space, {"min_m2", "max_m2"}, {"min_m2"}},
      {Criterion::Ring, {"max_m"}, {"max_m"}},
      {Criterion::Near, {"targets", "max_m"}, {"targets", "max_m"}},
      {Criterion::Zone, {"allowed"}, {"allowed"}},
      {Criterion::District, {"allowed"}, {"allowed"}},
      {Criterion::Agglomeration, {"radius_m", "min_count", "saturation", "match"}, {"radius_m"}},
      {Criterion::Ecosystem, {"kinds", "max_m", "sector_only"}, {"max_m"}},
      {Criterion::Floors, {"min", "max", "falloff"}, {}},
      {Criterion::Occupancy, {"min", "max", "falloff"}, {}},
      {Criterion::Ready, {}, {}},
      {Criterion::Rent, {"min", "max", "falloff"}, {}},
      {Criterion::LandUse, {"allowed"}, {"allowed"}},
      {Criterion::BuildingType, {"types", "min_floor_load"}, {}},
  };
  return k;
}

const char* const kEcosystemKinds[] = {"university_science_park", "proof_of_concept", "pilot_platform",
                                       "new_rd_institution",      "science_facility", "named_cluster",
                                       "innovation_island",       "scenario"};

// Building types the sample data and docs/SITING.md know.
const char* const kBuildingTypes[] = {"office", "lab", "plant", "pilot_plant", "cleanroom", "gmp"};

// A land-use class code as in GB 50137 / GB/T 21010 practice: a capital letter and up to three digits ("M2", "A35").
bool landUseCode(const std::string& v) {
  if (v.empty() || v.size() > 4 || v[0] < 'A' || v[0] > 'Z') return false;
  for (size_t i = 1; i < v.size(); ++i)
    if (v[i] < '0' || v[i] > '9') return false;
  return true;
}

class Reader {
 public:
  explicit Reader(const std::string& path) : path_(path) {}

  [[noreturn]] void fail(const std::string& key, const std::string& problem) const {
    throw Error(path_, problem, key);
  }

  std::string str(const toml::node* n, const std::string& key) const {
    if (auto v = n->value<std::string>(); v && n->is_string()) return *v;
    fail(key, std::string("must be a string, not ") + typeName(n));
  }
  double num(const toml::node* n, const std::string& key) const {
    if (n->is_integer()) return static_cast<double>(n->as_integer()->get());
    if (n->is_floating_point()) return n->as_floating_point()->get();
    fail(key, std::string("must be a number, not ") + typeName(n));
  }
  bool boolean(const toml::node* n, const std::string& key) const {
    if (n->is_boolean()) return n->as_boolean()->get();
    fail(key, std::string("must be true or false, not ") + typeName(n));
  }
  std::vector<std::string> strings(const toml::node* n, const std::string& key) const {
    std::vector<std::string> out;
    if (n->is_string()) return {str(n, key)};
    const toml::array* a = n->as_array();
    if (!a) fail(key, std::string("must be a list of strings, not ") + typeName(n));
    for (size_t i = 0; i < a->size(); ++i) out.push_back(str(a->get(i), key + "[" + std::to_string(i) + "]"));
    if (out.empty()) fail(key, "must not be empty");
    return out;
  }
  static const char* typeName(const toml::node* n) { return tomlTypeName(*n); }

 private:
  const std::string& path_;
};

void parseCriterion(const Reader& rd, const toml::table& t, Criterion c, CriterionSpec& s, const std::string& prefix) {
  const Allowed* allowed = nullptr;
  for (const Allowed& a : allowedKeys())
    if (a.c == c) allowed = &a;
  s.enabled = true;
  bool weightGiven = false;
  for (auto&& [k, node] : t) {
    std::string key = prefix + "." + std::string(k.str());
    std::string_view name = k.str();
    if (name == "hard") {
      s.hard = rd.boolean(&node, key);
    } else if (name == "weight") {
      s.weight = rd.num(&node, key);
      weightGiven = true;
      if (!(s.weight >= 0) || !std::isfinite(s.weight)) rd.fail(key, "must be a finite number >= 0");
      if (s.weight > kMaxWeight) rd.fail(key, "must be at most " + std::to_string(static_cast<int>(kMaxWeight)));
    } else if (std::find(allowed->keys.begin(), allowed->keys.end(), name) == allowed->keys.end()) {
      std::string list = "hard, weight";
      for (auto a : allowed->keys) list += ", " + std::string(a);
      rd.fail(key, "unknown key (allowed here: " + list + ")");
    } else if (name == "match") {
      std::string m = rd.str(&node, key);
      if (m != "sector" && m != "sub_sector") rd.fail(key, "must be \"sector\" or \"sub_sector\", not \"" + m + "\"");
      s.subSector = m == "sub_sector";
    } else if (name == "sector_only") {
      s.sectorOnly = rd.boolean(&node, key);
    } else if (name == "min_floor_load") {
      s.minLoad = rd.num(&node, key);
      if (!(s.minLoad > 0) || s.minLoad > 100) rd.fail(key, "must be a floor load in kN/m², above 0 and at most 100");
    } else if (name == "targets" || name == "allowed" || name == "kinds" || name == "types") {
      s.values = rd.strings(&node, key);
      if (c == Criterion::LandUse)
        for (const std::string& v : s.values)
          if (!landUseCode(v)) rd.fail(key, "\"" + v + "\" is not a land-use class code (write it like \"M2\" or \"A35\")");
      if (name == "types")
        for (const std::string& v : s.values)
          if (std::find(std::begin(kBuildingTypes), std::end(kBuildingTypes), v) == std::end(kBuildingTypes))
            rd.fail(key, "unknown building type \"" + v + "\" (known: office, lab, plant, pilot_plant, cleanroom, gmp)");
      if (name == "kinds")
        for (const std::string& v : s.values)
          if (std::find(std::begin(kEcosystemKinds), std::end(kEcosystemKinds), v) == std::end(kEcosystemKinds))
            rd.fail(key, "unknown ecosystem kind \"" + v + "\"");
    } else {
      double v = rd.num(&node, key);
      if (!std::isfinite(v)) rd.fail(key, "must be finite");
      bool fraction = c == Criterion::Occupancy && (name == "min" || name == "max");
      if (fraction && (v < 0 || v > 1)) rd.fail(key, "must be between 0 and 1 (an occupancy rate)");
      if (v < 0) rd.fail(key, "must not be negative");
      if (name == "min_m2" || name == "min") s.min = v;
      else if (name == "max_m2" || name == "max") s.max = v;
      else if (name == "max_m") s.maxDistance = v;
      else if (name == "radius_m") s.radius = v;
      else if (name == "min_count") s.minCount = v;
      else if (name == "saturation") s.saturation = v;
      else if (name == "falloff") s.falloff = v;
      if ((name == "max_m" || name == "radius_m" || name == "saturation" || name == "falloff" ||
           name == "min_m2") && v <= 0)
        rd.fail(key, "must be greater than 0");
      // Beyond these a value means nothing in one city and overflows the grid searches.
      if ((name == "max_m" || name == "radius_m") && v > kMaxDistanceM)
        rd.fail(key, "must be at most " + std::to_string(static_cast<int>(kMaxDistanceM)) + " m");
      if ((name == "min_m2" || name == "max_m2" || name == "min_count" || name == "saturation") && v > kMaxQuantity)
        rd.fail(key, "must be at most 1e9");
    }
  }
  if (!weightGiven) s.weight = s.hard ? 0.0 : 1.0;
  for (auto k : allowed->required)
    if (!t.contains(k))
      rd.fail(prefix + "." + std::string(k), "is required for criterion '" + std::string(criterionId(c)) + "'");
  if (!std::isnan(s.min) && !std::isnan(s.max) && s.max < s.min) {
    std::string hi = c == Criterion::Space ? "max_m2" : "max", lo = c == Criterion::Space ? "min_m2" : "min";
    rd.fail(prefix + "." + hi, "must not be less than " + lo);
  }
  bool range = c == Criterion::Floors || c == Criterion::Occupancy || c == Criterion::Rent;
  if (range && std::isnan(s.min) && std::isnan(s.max))
    rd.fail(prefix, "needs min, max or both");
  if (c == Criterion::BuildingType && s.values.empty() && std::isnan(s.minLoad))
    rd.fail(prefix, "needs types, min_floor_load or both");
  if (c == Criterion::Agglomeration && s.hard && std::isnan(s.minCount))
    rd.fail(prefix + ".min_count", "is required when the criterion is hard");
}

}  // namespace

Demand parseDemand(std::string_view text, const std::string& path) {
  const toml::table root = parseTomlText(text, path);
  Reader rd(path);
  Demand d;
  d.path = path;
  for (auto&& [k, node] : root) {
    std::string key(k.str());
    if (key == "name") d.name = rd.str(&node, key);
    else if (key == "name_en") d.nameEn = rd.str(&node, key);
    else if (key == "sector") {
      std::string s = rd.str(&node, key);
      const Sector* sec = findSector(s);
      if (!sec) {
        std::string ids;
        for (const Sector& x : sectors()) ids += (ids.empty() ? "" : ", ") + std::string(x.id);
        rd.fail(key, "unknown sector \"" + s + "\" (known: " + ids + ")");
      }
      d.sector = std::string(sec->id);
    } else if (key == "sub_sector") {
      std::string s = rd.str(&node, key);
      const Sector* parent = nullptr;
      const SubSector* sub = findSubSector(s, &parent);
      if (!sub) rd.fail(key, "unknown sub-sector \"" + s + "\" (see core/sectors.h)");
      d.subSector = std::string(sub->id);
      if (d.sector.empty()) d.sector = std::string(parent->id);
    } else if (key == "candidates") {
      std::string s = rd.str(&node, key);
      if (s == "buildings") d.candidates = CandidateKind::Buildings;
      else if (s == "parcels") d.candidates = CandidateKind::Parcels;
      else rd.fail(key, "must be \"buildings\" or \"parcels\", not \"" + s + "\"");
    } else if (key == "top") {
      double v = rd.num(&node, key);
      if (!(v >= 1 && v <= 100000) || v != std::floor(v)) rd.fail(key, "must be a whole number from 1 to 100000");
      d.top = static_cast<int>(v);
    } else if (key == "layers") {
      const toml::table* t = node.as_table();
      if (!t) rd.fail(key, "must be a table of role = \"layer id\"");
      for (auto&& [rk, rn] : *t) {
        std::string role(rk.str()), rkey = key + "." + role;
        std::string v = rd.str(&rn, rkey);
        LayerRoles& L = d.layers;
        std::string* slot = role == "buildings" ? &L.buildings : role == "parcels" ? &L.parcels
                          : role == "parks" ? &L.parks : role == "zones" ? &L.zones
                          : role == "districts" ? &L.districts : role == "rings" ? &L.rings
                          : role == "universities" ? &L.universities : role == "ecosystem" ? &L.ecosystem
                          : role == "tenants" ? &L.tenants : nullptr;
        if (!slot) rd.fail(rkey, "unknown layer role (known: buildings, parcels, parks, zones, districts, rings, "
                                 "universities, ecosystem, tenants)");
        *slot = v;
      }
    } else if (key == "criteria") {
      const toml::table* t = node.as_table();
      if (!t) rd.fail(key, "must be a table of criteria");
      for (auto&& [ck, cn] : *t) {
        std::string ckey = key + "." + std::string(ck.str());
        Criterion c;
        if (!findCriterion(ck.str(), c)) {
          std::string ids;
          for (size_t i = 0; i < kCriterionCount; ++i)
            ids += (i ? ", " : "") + std::string(criterionId(criterionAt(i)));
          rd.fail(ckey, "unknown criterion (known: " + ids + ")");
        }
        const toml::table* ct = cn.as_table();
        if (!ct) rd.fail(ckey, "must be a table");
        parseCriterion(rd, *ct, c, d[c], ckey);
      }
    } else {
      rd.fail(key, "unknown key (allowed: name, name_en, sector, sub_sector, candidates, top, layers, criteria)");
    }
  }
  if (d.sector.empty()) rd.fail("sector", "is required");
  bool any = false;
  for (const CriterionSpec& s : d.criteria) any |= s.enabled;
  if (!any) rd.fail("criteria", "at least one criterion is required");
  if (d.candidates == CandidateKind::Parcels)
    for (Criterion c : {Criterion::Floors, Criterion::Occupancy, Criterion::Ready, Criterion::Rent, Criterion::BuildingType})
      if (d[c].enabled)
        rd.fail("criteria." + std::string(criterionId(c)), "applies to buildings only (candidates = \"parcels\")");
  return d;
}

Demand loadDemand(const std::string& path) {
  return parseDemand(readFile(path, TomlLimits{}.maxBytes), path);
}

PerCriterion<double> demandWeights(const Demand& d) {
  PerCriterion<double> w{};
  for (size_t i = 0; i < kCriterionCount; ++i) w[i] = d.criteria[i].enabled ? d.criteria[i].weight : 0.0;
  return w;
}

}  // namespace ps::siting
