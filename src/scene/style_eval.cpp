#include "scene/style_eval.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <set>

#include "core/sectors.h"
#include "scene/field_roles.h"

namespace ps {

glm::u8vec4 toU8(const Rgba& c) {
  auto b = [](float v) { return static_cast<uint8_t>(std::lround(std::clamp(v, 0.0f, 1.0f) * 255.0f)); };
  return {b(c.r), b(c.g), b(c.b), b(c.a)};
}

Rgba rampColor(const std::vector<Rgba>& stops, double t) {
  if (stops.empty()) return Rgba(0.5f, 0.5f, 0.5f, 1);
  if (stops.size() == 1 || !(t > 0)) return stops.front();
  if (t >= 1) return stops.back();
  double x = t * static_cast<double>(stops.size() - 1);
  size_t i = static_cast<size_t>(x);
  float f = static_cast<float>(x - static_cast<double>(i));
  return stops[i] * (1 - f) + stops[i + 1] * f;
}

namespace {

Rgba sectorColor(const Sector& s) {
  return Rgba(((s.rgb >> 16) & 0xff) / 255.0f, ((s.rgb >> 8) & 0xff) / 255.0f, (s.rgb & 0xff) / 255.0f, 1.0f);
}

// Category colour: explicit table, else the sector palette (values that are
// sector or sub-sector ids/names), else a stable hashed hue.
Rgba categoryColor(const StyleSpec& s, const std::string& v) {
  auto it = s.categories.find(v);
  if (it != s.categories.end()) return it->second;
  if (const Sector* sec = findSector(v)) return sectorColor(*sec);
  const Sector* parent = nullptr;
  if (const SubSector* sub = findSubSector(v, &parent); sub && parent) {
    const uint32_t rgb = subSectorRgb(*parent, static_cast<size_t>(sub - parent->subSectors.data()));
    return Rgba(((rgb >> 16) & 0xff) / 255.0f, ((rgb >> 8) & 0xff) / 255.0f, (rgb & 0xff) / 255.0f, 1.0f);
  }
  if (v.empty()) return Rgba(0.75f, 0.75f, 0.75f, 1);
  uint32_t h = 2166136261u;
  for (unsigned char c : v) h = (h ^ c) * 16777619u;
  float hue = static_cast<float>(h % 360) / 60.0f;
  float x = 1 - std::fabs(std::fmod(hue, 2.0f) - 1);
  Rgba c(0, 0, 0, 1);
  int seg = static_cast<int>(hue);
  float r[6] = {1, x, 0, 0, x, 1}, g[6] = {x, 1, 1, x, 0, 0}, b[6] = {0, 0, x, 1, 1, x};
  c.r = 0.35f + 0.45f * r[seg % 6];
  c.g = 0.35f + 0.45f * g[seg % 6];
  c.b = 0.35f + 0.45f * b[seg % 6];
  return c;
}

// Plan area of feature f's polygons (shells minus holes), in the table's units².
double footprintArea(const GeometryColumn& g, size_t f) {
  if (g.kind[f] != GeomKind::Polygon) return 0;
  double area = 0;
  for (uint32_t p = g.featurePart[f]; p < g.featurePart[f + 1]; ++p)
    for (uint32_t r = g.partRing[p]; r < g.partRing[p + 1]; ++r) {
      double a = 0;
      const uint32_t b = g.ringCoord[r], e = g.ringCoord[r + 1];
      for (uint32_t i = b, j = e - 1; i < e; j = i++)
        a += (g.coords[j].x - g.coords[b].x) * (g.coords[i].y - g.coords[b].y) -
             (g.coords[i].x - g.coords[b].x) * (g.coords[j].y - g.coords[b].y);
      area += 0.5 * a;  // shells counter-clockwise, holes clockwise (io/ogr_geometry.h)
    }
  return area;
}

}  // namespace

PointShape shapeFor(const StyleSpec& s, const std::string& v) {
  auto it = s.shapes.find(v);
  return it != s.shapes.end() ? it->second : s.shape;
}

const Column* resolveField(const FeatureTable& t, const FieldRoles& fields, const std::string& name) {
  if (name.empty()) return nullptr;
  const std::string& mapped = roleField(fields, name);
  if (!mapped.empty())
    if (const Column* c = t.column(mapped)) return c;
  return t.column(name);
}

void evaluateShapes(const LayerSpec& layer, const FeatureTable& t, std::vector<PointShape>& out) {
  const StyleSpec& s = layer.style;
  out.assign(t.size(), s.shape);
  const Column* cf = s.shapes.empty() ? nullptr
                     : !s.shapeField.empty() ? resolveField(t, layer.fields, s.shapeField)
                     : s.colorMode != ColorMode::Category ? nullptr
                                                          : resolveField(t, layer.fields, s.colorField);
  if (!cf) return;
  for (size_t i = 0; i < t.size(); ++i) out[i] = shapeFor(s, cf->asString(i));
}

void evaluateFills(const LayerSpec& layer, const FeatureTable& t, std::vector<PointFill>& out) {
  const StyleSpec& s = layer.style;
  out.assign(t.size(), PointFill::Solid);
  const Column* cf = s.fills.empty() ? nullptr : resolveField(t, layer.fields, s.fillField);
  if (!cf) return;
  for (size_t i = 0; i < t.size(); ++i) {
    auto it = s.fills.find(cf->asString(i));
    if (it != s.fills.end()) out[i] = it->second;
  }
}

namespace {

// Values of `field` some counted feature has, in the order of `keys`, each
// with its label.
std::vector<LegendEntry> fieldSymbolLegend(const LayerSpec& layer, const FeatureTable& t, const std::vector<uint8_t>* mask,
                                           const std::string& field, const std::vector<std::string>& keys,
                                           const std::function<void(const std::string&, LegendEntry&)>& symbol) {
  const Column* cf = keys.empty() ? nullptr : resolveField(t, layer.fields, field);
  if (!cf) return {};
  std::set<std::string> present;
  for (size_t i = 0; i < t.size(); ++i)
    if (!mask || (i < mask->size() && (*mask)[i])) present.insert(cf->asString(i));
  std::vector<LegendEntry> out;
  for (const std::string& k : keys) {
    if (!present.count(k)) continue;
    LegendEntry e;
    auto lab = layer.style.symbolLabels.find(k);
    e.label = lab != layer.style.symbolLabels.end() ? lab->second.first : k;
    e.labelEn = lab != layer.style.symbolLabels.end() ? lab->second.second : k;
    e.color = {110, 118, 126, 255};  // neutral: the colour says the sector, the symbol this
    e.shape = layer.style.shape;
    symbol(k, e);
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace

std::vector<LegendEntry> fillLegend(const LayerSpec& layer, const FeatureTable& t, const std::vector<uint8_t>* mask) {
  // In the fills' order: solid, half, hollow, dotted (operating .. planned, watch).
  std::vector<std::string> keys;
  for (const auto& [k, v] : layer.style.fills) keys.push_back(k);
  std::stable_sort(keys.begin(), keys.end(),
                   [&](const std::string& a, const std::string& b) { return layer.style.fills.at(a) < layer.style.fills.at(b); });
  return fieldSymbolLegend(layer, t, mask, layer.style.fillField, keys, [&](const std::string& k, LegendEntry& e) {
    e.fill = layer.style.fills.at(k);
    e.shape = PointShape::Circle;
  });
}

std::vector<LegendEntry> shapeFieldLegend(const LayerSpec& layer, const FeatureTable& t, const std::vector<uint8_t>* mask) {
  if (layer.style.shapeField.empty()) return {};
  std::vector<std::string> keys;
  for (const auto& [k, v] : layer.style.shapes) keys.push_back(k);
  return fieldSymbolLegend(layer, t, mask, layer.style.shapeField, keys,
                           [&](const std::string& k, LegendEntry& e) { e.shape = layer.style.shapes.at(k); });
}

void evaluateStyle(const LayerSpec& layer, const FeatureTable& t, EvaluatedStyle& out) {
  const StyleSpec& s = layer.style;
  const size_t n = t.size();
  out.color.assign(n, toU8(s.color));
  out.height.assign(n, static_cast<float>(s.defaultHeight * s.heightScale));
  evaluateShapes(layer, t, out.shape);
  evaluateFills(layer, t, out.fill);
  const Column* cf = resolveField(t, layer.fields, s.colorField);
  if (s.colorMode == ColorMode::Category && cf) {
    std::map<std::string, glm::u8vec4> cache;
    for (size_t i = 0; i < n; ++i) {
      std::string v = cf->asString(i);
      auto it = cache.find(v);
      if (it == cache.end()) it = cache.emplace(v, toU8(categoryColor(s, v))).first;
      out.color[i] = it->second;
    }
  } else if (s.colorMode == ColorMode::Ramp && cf) {
    const double span = s.rampMax - s.rampMin;
    for (size_t i = 0; i < n; ++i) {
      double v = cf->asReal(i);
      out.color[i] = std::isnan(v) ? glm::u8vec4(200, 200, 200, 255)
                                   : toU8(rampColor(s.ramp, (v - s.rampMin) / span));
    }
  }

  const Column* hc = t.column(layer.fields.height);
  const Column* fc = t.column(layer.fields.floors);
  const Column* gc = s.heightFromGfa ? t.column(layer.fields.gfa) : nullptr;
  for (size_t i = 0; i < n; ++i) {
    double h = hc ? hc->asReal(i) : std::nan("");
    if (!(h >= 0) && fc) {
      double f = fc->asReal(i);
      if (f >= 0) h = f * s.floorHeight;
    }
    if (!(h >= 0) && gc) {
      // GFA ÷ footprint = storeys (height_from_gfa); the table is in metres here.
      const double g = gc->asReal(i), a = footprintArea(t.geom, i);
      if (g >= 0 && a > 1) h = g / a * s.floorHeight;
    }
    if (h >= 0) out.height[i] = static_cast<float>(h * s.heightScale);
  }
}

std::vector<LegendEntry> legendFor(const LayerSpec& layer, const FeatureTable& t) {
  const StyleSpec& s = layer.style;
  std::vector<LegendEntry> out;
  const Column* cf = resolveField(t, layer.fields, s.colorField);
  if (s.colorMode == ColorMode::Category && cf) {
    std::map<std::string, size_t> counts;
    std::vector<std::string> order;
    for (size_t i = 0; i < t.size(); ++i) {
      std::string v = cf->asString(i);
      if (counts[v]++ == 0) order.push_back(v);
    }
    // Sectors in the policy's order, then anything else in order of appearance.
    std::vector<std::string> sorted;
    for (const Sector& sec : sectors())
      for (const auto& v : order)
        if (findSector(v) == &sec) sorted.push_back(v);
    // Then sub-sectors, in the policy's order within each sector.
    for (const Sector& sec : sectors())
      for (const SubSector& sub : sec.subSectors)
        for (const auto& v : order)
          if (!findSector(v) && findSubSector(v) == &sub) sorted.push_back(v);
    for (const auto& v : order)
      if (!findSector(v) && !findSubSector(v)) sorted.push_back(v);
    for (const auto& v : sorted) {
      LegendEntry e;
      auto lab = s.categoryLabels.find(v);
      if (lab != s.categoryLabels.end()) {
        e.label = lab->second.first;
        e.labelEn = lab->second.second;
      } else if (const Sector* sec = findSector(v)) {
        e.label = std::string(sec->zh);
        e.labelEn = std::string(sec->en);
      } else if (const SubSector* sub = findSubSector(v)) {
        // The horizon the policy gives it: near term / medium-long term.
        e.label = std::string(sub->zh);
        e.labelEn = std::string(sub->en);
        if (sub->horizon != Horizon::Unspecified) {  // with the seed's timing: 近期·未来3到5年
          e.label += "(" + std::string(horizonZh(sub->horizon)) + "·" + std::string(horizonYearsZh(sub->horizon)) + ")";
          e.labelEn += " (" + std::string(horizonEn(sub->horizon)) + ", " + std::string(horizonYearsEn(sub->horizon)) + ")";
        }
      } else {
        e.label = e.labelEn = v.empty() ? "—" : v;
      }
      e.color = toU8(categoryColor(s, v));
      e.count = counts[v];
      e.shape = shapeFor(s, v);
      out.push_back(e);
    }
  } else if (s.colorMode == ColorMode::Ramp) {
    for (int i = 0; i <= 4; ++i) {
      double f = i / 4.0;
      char buf[64];
      std::snprintf(buf, sizeof buf, "%g", s.rampMin + f * (s.rampMax - s.rampMin));
      out.push_back({buf, buf, toU8(rampColor(s.ramp, f)), 0, s.shape});
    }
  } else {
    out.push_back({layer.title, layer.titleEn, toU8(s.color), t.size(), s.shape});
  }
  return out;
}

}  // namespace ps
