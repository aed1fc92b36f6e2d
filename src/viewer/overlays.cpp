#include "viewer/overlays.h"

#include <algorithm>
#include <cmath>
#include <map>

#include <nlohmann/json.hpp>

#include "data/derive.h"
#include "viewer/commands.h"
#include "core/error.h"
#include "core/sectors.h"

namespace ps::viewer {
namespace {

bool isDerived(const ViewerState& s, uint32_t li) {
  return s.data && li < s.data->scene.layers.size() && s.data->scene.layers[li].derived.kind != DerivedKind::None;
}

Rgba sectorRgba(const std::string& id) {
  const Sector* sec = findSector(id);
  const uint32_t c = sec ? sec->rgb : 0x999999u;
  return Rgba(((c >> 16) & 0xff) / 255.0f, ((c >> 8) & 0xff) / 255.0f, (c & 0xff) / 255.0f, 1.0f);
}

// Areas to 0.1 m² (stats_table's Area format): sums in another order agree.
double rounded(double m2) { return std::round(m2 * 10.0) / 10.0; }

double columnSum(const FeatureTable& t, const char* name) {
  const Column* c = t.column(name);
  double sum = 0;
  if (c)
    for (size_t r = 0; r < c->size(); ++r)
      if (double v = c->asReal(r); std::isfinite(v)) sum += v;
  return sum;
}

// The new rows are other features: references into the layer would point at
// whatever now has that row number.
void dropReferences(ViewerState& s, uint32_t li) {
  auto into = [li](const FeatureRef& f) { return f.layer == li; };
  std::erase_if(s.selection, into);
  std::erase_if(s.highlight, into);
  std::erase_if(s.searchHits, [li](const SearchHit& h) { return h.ref.layer == li; });
  if (s.hover && s.hover->layer == li) s.hover.reset();
}

void bumpLayer(ViewerState& s, uint32_t li) {
  s.layerRevision.resize(s.data->layers.size(), 0);
  ++s.layerRevision[li];
}

// The filter's content (not its hide/fade mode): derived layers follow it.
std::string filterKey(const FilterState& f) {
  std::string k;
  for (const std::string& id : f.hiddenSectors) k += "s:" + id + ";";
  for (const std::string& id : f.hiddenSubSectors) k += "u:" + id + ";";
  for (const RangeFilter* r : {&f.gfa, &f.occupancy, &f.floors})
    k += r->enabled ? "r:" + std::to_string(r->lo) + "," + std::to_string(r->hi) + ";" : std::string("-;");
  return k;
}

// Recomputes layer li in place and brings the viewer's per-layer state along.
// With a filter on, from the `from` layer's passing features only (issue 15:
// hex columns, clusters, choropleths and rings follow the sector filter).
void recompute(ViewerState& s, uint32_t li) {
  static const std::vector<uint8_t> all;
  const std::optional<uint32_t> from = layerIndex(s, s.data->scene.layers[li].derived.from);
  const bool filtered = s.filter.active() && from && *from < s.filterPass.size();
  data::deriveOneLayer(*s.data, li, derivedQuarter(s), filtered ? s.filterPass[*from] : all);
  dropReferences(s, li);
  bumpLayer(s, li);
  restyle(s, static_cast<int>(li));
}

void hexColourRule(LayerSpec& l) {
  StyleSpec& st = l.style;
  if (l.derived.shareOf.empty()) {
    st.colorMode = ColorMode::Category;
    st.colorField = "dominant";
  } else {
    st.colorMode = ColorMode::Ramp;
    st.colorField = "share_sel";
    st.ramp = {Rgba(0.94f, 0.95f, 0.96f, 1), sectorRgba(l.derived.shareOf)};
    st.rampMin = 0;
    st.rampMax = 1;
  }
}

std::string sectorIdOrThrow(const std::string& v, const char* key) {
  const Sector* sec = findSector(v);
  if (!sec) throw Error("", "unknown sector \"" + v + "\" (expected a sector id such as \"bio\")", key);
  return std::string(sec->id);
}

std::string checkedMetric(const std::string& m) {
  if (m.rfind("share:", 0) == 0) return "share:" + sectorIdOrThrow(m.substr(6), "metric");
  if (m == "gfa" || m == "vacant" || m == "vacancy" || m == "parks" || m == "buildings") return m;
  throw Error("", "unknown metric \"" + m + "\" (expected gfa, vacant, vacancy, parks, buildings or share:<sector>)",
              "metric");
}

}  // namespace

std::vector<uint32_t> derivedLayers(const ViewerState& s) {
  std::vector<uint32_t> out;
  for (uint32_t li = 0; s.data && li < s.data->scene.layers.size(); ++li)
    if (isDerived(s, li)) out.push_back(li);
  return out;
}

std::optional<uint32_t> layerIndex(const ViewerState& s, const std::string& id) {
  for (uint32_t li = 0; s.data && li < s.data->scene.layers.size(); ++li)
    if (s.data->scene.layers[li].id == id) return li;
  return std::nullopt;
}

std::optional<double> derivedQuarter(const ViewerState& s) {
  if (auto q = s.time.wholeQuarter()) return static_cast<double>(*q);
  return std::nullopt;
}

uint64_t layerRevision(const ViewerState& s, uint32_t li) {
  return li < s.layerRevision.size() ? s.layerRevision[li] : 0;
}

bool setDerivedParams(ViewerState& s, uint32_t li, const DerivedSpec& params) {
  if (!isDerived(s, li)) return false;
  LayerSpec& l = s.data->scene.layers[li];
  const LayerSpec before = l;
  DerivedSpec& d = l.derived;
  const DerivedSpec old = d;
  switch (d.kind) {
    case DerivedKind::Hexbin: {
      d.hexSize = std::clamp(params.hexSize, DerivedLimits::kHexMin, DerivedLimits::kHexMax);
      d.heightByCount = params.heightByCount;
      d.hexHeightScale = std::max(0.0, params.hexHeightScale);
      if (d.heightByCount != old.heightByCount && params.hexHeightScale == old.hexHeightScale) {
        // Same overall height in the other unit: GFA per building of the data.
        const FeatureTable& t = s.data->layers[li].table;
        const double gfa = columnSum(t, "gfa_m2"), count = columnSum(t, "count");
        const double perBuilding = gfa > 0 && count > 0 ? gfa / count : 5000.0;
        d.hexHeightScale = d.heightByCount ? old.hexHeightScale * perBuilding : old.hexHeightScale / perBuilding;
      }
      d.shareOf = params.shareOf.empty() ? std::string() : sectorIdOrThrow(params.shareOf, "share_of");
      if (d.shareOf != old.shareOf) hexColourRule(l);
      break;
    }
    case DerivedKind::Clusters:
      d.eps = std::clamp(params.eps, DerivedLimits::kEpsMin, DerivedLimits::kEpsMax);
      d.minPoints = std::clamp(params.minPoints, DerivedLimits::kMinPointsMin, DerivedLimits::kMinPointsMax);
      d.concave = params.concave;
      break;
    case DerivedKind::Choropleth:
      d.metric = checkedMetric(params.metric);
      d.classes = std::clamp(params.classes, DerivedLimits::kClassesMin, DerivedLimits::kClassesMax);
      d.quantile = params.quantile;
      break;
    case DerivedKind::RingStats:
      d.mergeRings = params.mergeRings;
      break;
    case DerivedKind::None: return false;
  }
  try {
    recompute(s, li);
  } catch (...) {
    l = before;
    throw;
  }
  return true;
}

size_t refreshDerivedForTime(ViewerState& s) {
  if (!s.data || s.time.playing) return 0;
  const std::string key = filterKey(s.filter);
  // A freshly loaded scene's derived tables were computed without a filter.
  if (s.derivedFilterKey.empty()) s.derivedFilterKey = filterKey(FilterState{});
  if (s.time.revision == s.derivedTimeRevision && key == s.derivedFilterKey) return 0;
  s.derivedTimeRevision = s.time.revision;
  s.derivedFilterKey = key;
  size_t n = 0;
  for (uint32_t li : derivedLayers(s)) {
    try {
      recompute(s, li);
      ++n;
    } catch (const std::exception& e) {
      toast(s, e.what(), true);
    }
  }
  return n;
}

DerivedSpec derivedParamsFromJson(const DerivedSpec& base, const nlohmann::json& j) {
  DerivedSpec d = base;
  auto num = [&](const char* k, double& v) {
    if (!j.contains(k)) return;
    if (!j[k].is_number()) throw Error("", "expected a number", k);
    v = j[k].get<double>();
  };
  auto str = [&](const char* k) -> std::optional<std::string> {
    if (!j.contains(k)) return std::nullopt;
    if (!j[k].is_string()) throw Error("", "expected a string", k);
    return j[k].get<std::string>();
  };
  auto choice = [&](const char* k, const char* a, const char* b, bool& isA) {
    if (auto v = str(k)) {
      if (*v != a && *v != b) throw Error("", std::string("expected \"") + a + "\" or \"" + b + "\", got \"" + *v + "\"", k);
      isA = *v == a;
    }
  };
  switch (d.kind) {
    case DerivedKind::Hexbin: {
      num("hex_size", d.hexSize);
      bool count = d.heightByCount;
      choice("height_by", "count", "gfa", count);
      d.heightByCount = count;
      num("height_scale", d.hexHeightScale);
      if (auto v = str("share_of")) d.shareOf = v->empty() || *v == "dominant" ? std::string() : sectorIdOrThrow(*v, "share_of");
      break;
    }
    case DerivedKind::Clusters: {
      num("eps", d.eps);
      double mp = d.minPoints;
      num("min_points", mp);
      d.minPoints = static_cast<int>(std::lround(mp));
      choice("hull", "concave", "convex", d.concave);
      break;
    }
    case DerivedKind::Choropleth: {
      if (auto v = str("metric")) d.metric = checkedMetric(*v);
      double k = d.classes;
      num("classes", k);
      d.classes = static_cast<int>(std::lround(k));
      choice("method", "quantile", "equal_interval", d.quantile);
      break;
    }
    case DerivedKind::RingStats:
      if (j.contains("merge")) {
        if (!j["merge"].is_boolean()) throw Error("", "expected true or false", "merge");
        d.mergeRings = j["merge"].get<bool>();
      }
      break;
    case DerivedKind::None: break;
  }
  return d;
}

nlohmann::json derivedParamsJson(const ViewerState& s, uint32_t li) {
  using nlohmann::json;
  json j;
  if (!isDerived(s, li)) return j;
  const LayerSpec& l = s.data->scene.layers[li];
  const FeatureTable& t = s.data->layers[li].table;
  const DerivedSpec& d = l.derived;
  j["id"] = l.id;
  j["kind"] = derivedKindName(d.kind);
  j["features"] = t.size();
  j["revision"] = layerRevision(s, li);
  switch (d.kind) {
    case DerivedKind::Hexbin:
      j["hex_size"] = d.hexSize;
      j["height_by"] = d.heightByCount ? "count" : "gfa";
      j["height_scale"] = d.hexHeightScale;
      j["share_of"] = d.shareOf;
      j["color_field"] = l.style.colorField;
      j["gfa_m2"] = rounded(columnSum(t, "gfa_m2"));
      j["buildings"] = columnSum(t, "count");
      break;
    case DerivedKind::Clusters:
      j["eps"] = d.eps;
      j["min_points"] = d.minPoints;
      j["hull"] = d.concave ? "concave" : "convex";
      j["gfa_m2"] = rounded(columnSum(t, "gfa_m2"));
      j["buildings"] = columnSum(t, "buildings");
      break;
    case DerivedKind::Choropleth: {
      j["metric"] = d.metric;
      j["classes"] = d.classes;
      j["method"] = d.quantile ? "quantile" : "equal_interval";
      // Upper bound of each class as drawn: the largest value it holds.
      std::map<int, double> top;
      const Column* value = t.column("value");
      const Column* cls = t.column("class");
      json values = json::object();
      for (size_t r = 0; value && cls && r < t.size(); ++r) {
        const double v = value->asReal(r);
        const std::string c = cls->asString(r);
        if (!c.empty() && std::isfinite(v)) {
          auto [it, fresh] = top.emplace(std::stoi(c), v);
          if (!fresh) it->second = std::max(it->second, v);
        }
        const Column* name = t.column(l.fields.name.empty() ? "name" : l.fields.name);
        values[name ? name->asString(r) : std::to_string(r)] = std::isfinite(v) ? json(v) : json(nullptr);
      }
      json breaks = json::array();
      for (const auto& [k, v] : top) breaks.push_back(v);
      j["breaks"] = breaks;
      j["values"] = values;
      json labels = json::array(), labelsEn = json::array();
      for (const LegendItem& it : l.legend) {
        labels.push_back(it.label);
        labelsEn.push_back(it.labelEn);
      }
      j["legend"] = labels;
      j["legend_en"] = labelsEn;
      j["note_en"] = l.legendNoteEn;
      break;
    }
    case DerivedKind::RingStats:
      j["merge"] = d.mergeRings;
      j["gfa_m2"] = rounded(columnSum(t, "gfa_m2"));
      break;
    case DerivedKind::None: break;
  }
  return j;
}

}  // namespace ps::viewer
