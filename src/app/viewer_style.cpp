#include "app/viewer_style.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

#include "core/sectors.h"

namespace ps::viewer {
namespace {

Rgba rgbToRgba(uint32_t rgb) {
  return {((rgb >> 16) & 0xFF) / 255.0f, ((rgb >> 8) & 0xFF) / 255.0f, (rgb & 0xFF) / 255.0f, 1.0f};
}

// A stable colour for an arbitrary category value (Tableau-10-like hues).
Rgba hashColor(const std::string& v) {
  static constexpr uint32_t kPalette[] = {0x4E79A7, 0xF28E2B, 0xE15759, 0x76B7B2, 0x59A14F,
                                          0xEDC948, 0xB07AA1, 0xFF9DA7, 0x9C755F, 0xBAB0AC};
  size_t h = std::hash<std::string>{}(v);
  return rgbToRgba(kPalette[h % std::size(kPalette)]);
}

Rgba rampAt(const std::vector<Rgba>& ramp, double lo, double hi, double v) {
  if (ramp.empty()) return {0.6f, 0.6f, 0.6f, 1.0f};
  if (ramp.size() == 1 || hi <= lo) return ramp.front();
  double t = std::clamp((v - lo) / (hi - lo), 0.0, 1.0) * static_cast<double>(ramp.size() - 1);
  size_t i = std::min(static_cast<size_t>(t), ramp.size() - 2);
  float f = static_cast<float>(t - static_cast<double>(i));
  return ramp[i] * (1.0f - f) + ramp[i + 1] * f;
}

bool isSectorField(const LayerSpec& spec, const std::string& column) {
  return !spec.fields.sector.empty() && column == spec.fields.sector;
}

std::string fmtNumber(double v) {
  char buf[64];
  if (std::fabs(v) >= 1000 || v == std::floor(v))
    std::snprintf(buf, sizeof buf, "%.0f", v);
  else
    std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

}  // namespace

LayerStyleState initialStyle(const LayerSpec& spec) {
  LayerStyleState s;
  s.visible = spec.visible;
  s.opacity = spec.style.opacity;
  s.colorMode = spec.style.colorMode;
  s.color = spec.style.color;
  s.colorField = resolveField(spec, spec.style.colorField);
  s.ramp = spec.style.ramp;
  if (s.ramp.size() < 2) s.ramp = {{0.99f, 0.91f, 0.65f, 1.0f}, {0.85f, 0.33f, 0.10f, 1.0f}};
  s.rampMin = spec.style.rampMin;
  s.rampMax = spec.style.rampMax;
  s.categories = spec.style.categories;
  s.heightScale = spec.style.heightScale;
  return s;
}

std::string resolveField(const LayerSpec& spec, const std::string& f) {
  const FieldRoles& r = spec.fields;
  const std::pair<const char*, const std::string*> roles[] = {
      {"name", &r.name}, {"name_en", &r.nameEn}, {"id", &r.id}, {"sector", &r.sector},
      {"sub_sector", &r.subSector}, {"height", &r.height}, {"floors", &r.floors}, {"gfa", &r.gfa},
      {"vacant", &r.vacant}, {"occupancy", &r.occupancy}, {"tenants", &r.tenants}, {"park", &r.park},
      {"district", &r.district}};
  for (auto& [name, col] : roles)
    if (f == name && !col->empty()) return *col;
  return f;
}

void computeVisuals(const app::LoadedLayer& layer, const LayerStyleState& style,
                    std::vector<FeatureVisual>& out) {
  const FeatureTable& t = layer.table;
  const LayerSpec& spec = *layer.spec;
  const size_t n = t.size();
  out.resize(n);
  const Column* colorCol = style.colorMode == ColorMode::Single ? nullptr : t.column(style.colorField);
  const bool sectorPalette = colorCol && style.colorMode == ColorMode::Category && style.categories.empty() &&
                             isSectorField(spec, colorCol->name);
  const Column* hCol = t.column(style.heightField.empty() ? spec.fields.height : style.heightField);
  if (style.heightField.empty() && spec.fields.height.empty()) hCol = nullptr;
  const Column* floorsCol = spec.fields.floors.empty() ? nullptr : t.column(spec.fields.floors);
  const bool extruded = spec.kind == LayerKind::Extrusion;

  for (size_t row = 0; row < n; ++row) {
    FeatureVisual& v = out[row];
    Rgba c = style.color;
    if (colorCol) {
      if (style.colorMode == ColorMode::Ramp) {
        double x = colorCol->asReal(row);
        c = std::isnan(x) ? Rgba{0.75f, 0.75f, 0.75f, 1.0f} : rampAt(style.ramp, style.rampMin, style.rampMax, x);
      } else {
        std::string val = colorCol->asString(row);
        if (sectorPalette) {
          const Sector* s = findSector(val);
          c = s ? rgbToRgba(s->rgb) : Rgba{0.75f, 0.75f, 0.75f, 1.0f};
        } else if (auto it = style.categories.find(val); it != style.categories.end()) {
          c = it->second;
        } else {
          c = hashColor(val);
        }
      }
    }
    c.a *= style.opacity;
    v.color = c;
    v.base = 0;
    if (extruded) {
      double h = hCol ? hCol->asReal(row) : std::nan("");
      if (std::isnan(h) && floorsCol) h = floorsCol->asReal(row) * spec.style.floorHeight;
      if (std::isnan(h) || h <= 0) h = spec.style.defaultHeight;
      v.height = static_cast<float>(h) * style.heightScale;
    } else {
      v.height = 0;
    }
  }
}

void applyFlags(uint32_t layerIndex, const std::vector<uint8_t>& filterPass, bool hideFiltered,
                const std::vector<FeatureRef>& selection, const std::optional<FeatureRef>& hover,
                std::vector<FeatureVisual>& visuals) {
  for (size_t row = 0; row < visuals.size(); ++row) {
    uint8_t f = 0;
    if (row < filterPass.size() && !filterPass[row]) f |= hideFiltered ? kHidden : kFaded;
    visuals[row].flags = f;
  }
  for (const FeatureRef& s : selection)
    if (s.layer == layerIndex && s.row < visuals.size()) visuals[s.row].flags |= kSelected;
  if (hover && hover->layer == layerIndex && hover->row < visuals.size()) visuals[hover->row].flags |= kHighlighted;
}

std::string unitKeyFor(const LayerSpec& spec, const std::string& column) {
  const FieldRoles& r = spec.fields;
  if (column.empty()) return {};
  if (column == r.gfa || column == r.vacant) return "unit.m2";
  if (column == r.occupancy) return "unit.percent";
  if (column == r.height) return "unit.m";
  if (column == r.floors) return "unit.floors";
  return {};
}

LegendInfo legendFor(const app::LoadedLayer& layer, const LayerStyleState& style, Lang lang) {
  LegendInfo info;
  const LayerSpec& spec = *layer.spec;
  info.sample = spec.sample;
  info.approximate = spec.approximate;
  info.mode = style.colorMode;
  const Column* col = style.colorMode == ColorMode::Single ? nullptr : layer.table.column(style.colorField);
  if (!col) {
    info.mode = ColorMode::Single;
    Rgba c = style.color;
    info.items.push_back({c, "", ""});
    return info;
  }
  info.field = col->name;
  info.unitKey = unitKeyFor(spec, col->name);
  if (style.colorMode == ColorMode::Ramp) {
    const size_t stops = style.ramp.size();
    for (size_t i = 0; i < stops; ++i) {
      double v = style.rampMin + (style.rampMax - style.rampMin) * static_cast<double>(i) /
                                     static_cast<double>(std::max<size_t>(1, stops - 1));
      if (info.unitKey == "unit.percent") v *= 100.0;
      info.items.push_back({style.ramp[i], fmtNumber(v), ""});
    }
    return info;
  }
  // Categories actually present, in a stable order (sector taxonomy order for sectors).
  std::vector<std::string> present;
  for (size_t r = 0; r < col->size(); ++r) {
    std::string v = col->asString(r);
    if (std::find(present.begin(), present.end(), v) == present.end()) present.push_back(v);
    if (present.size() > 64) break;
  }
  const bool sectorPalette = style.categories.empty() && isSectorField(spec, col->name);
  if (sectorPalette) {
    for (const Sector& s : sectors()) {
      bool used = std::any_of(present.begin(), present.end(), [&](const std::string& v) { return findSector(v) == &s; });
      if (!used) continue;
      info.items.push_back({rgbToRgba(s.rgb), std::string(lang == Lang::Zh ? s.zh : s.en),
                            std::string(lang == Lang::Zh ? s.en : s.zh)});
    }
    return info;
  }
  std::sort(present.begin(), present.end());
  for (const std::string& v : present) {
    auto it = style.categories.find(v);
    info.items.push_back({it != style.categories.end() ? it->second : hashColor(v), v, ""});
  }
  return info;
}

}  // namespace ps::viewer
