// Scene file parsing, validation and saving (TOML via toml++).
//
// Validation is strict on purpose: a misspelt key silently ignored is a style
// that silently does not apply. Every error names the file, the dotted key and
// the problem; a TOML syntax error also gives line and column.
#include "scene/scene.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <set>
#include <sstream>

#include <toml++/toml.h>

#include "core/atomic_file.h"
#include "core/error.h"
#include "core/toml_reader.h"
#include "core/sectors.h"
#include "scene/field_roles.h"
#include "scene/toml_numbers.h"

namespace ps {
namespace fs = std::filesystem;

namespace {

// Wraps a TOML table, remembers which keys were read and rejects the rest.
// The strict reader of core/toml_reader.h, plus the scene's colours.
class Reader : public TomlSection {
 public:
  using TomlSection::TomlSection;
  Rgba color(std::string_view k, const Rgba& def);
};

bool parseHexColor(std::string_view s, Rgba& out) {
  if (s.size() != 7 && s.size() != 9) return false;
  if (s[0] != '#') return false;
  unsigned v[4] = {0, 0, 0, 255};
  for (size_t i = 0; i < (s.size() - 1) / 2; ++i) {
    unsigned x = 0;
    for (size_t j = 0; j < 2; ++j) {
      char c = s[1 + i * 2 + j];
      x <<= 4;
      if (c >= '0' && c <= '9') x |= static_cast<unsigned>(c - '0');
      else if (c >= 'a' && c <= 'f') x |= static_cast<unsigned>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') x |= static_cast<unsigned>(c - 'A' + 10);
      else return false;
    }
    v[i] = x;
  }
  out = Rgba(v[0] / 255.0f, v[1] / 255.0f, v[2] / 255.0f, v[3] / 255.0f);
  return true;
}

Rgba Reader::color(std::string_view k, const Rgba& def) {
  const toml::node* n = node(k);
  if (!n) return def;
  Rgba c;
  if (!n->is_string() || !parseHexColor(**n->as_string(), c))
    fail(k, "expected a colour \"#rrggbb\" or \"#rrggbbaa\"");
  return c;
}

Rgba findSectorRgba(const std::string& id) {
  const Sector* sec = findSector(id);
  const uint32_t c = sec ? sec->rgb : 0x999999u;
  return Rgba(((c >> 16) & 0xff) / 255.0f, ((c >> 8) & 0xff) / 255.0f, (c & 0xff) / 255.0f, 1.0f);
}

LayerKind parseKind(Reader& r, DerivedKind& derived) {
  std::string k = r.requiredStr("kind");
  derived = DerivedKind::None;
  if (k == "fill") return LayerKind::Fill;
  if (k == "extrusion") return LayerKind::Extrusion;
  if (k == "line") return LayerKind::Line;
  if (k == "point") return LayerKind::Point;
  if (k == "label") return LayerKind::Label;
  if (k == "ring") return LayerKind::Ring;
  // Derived kinds are drawn by the existing passes: hex columns as extrusions,
  // cluster hulls, choropleth regions and ring statistics as fills.
  if (k == "hexbin") return derived = DerivedKind::Hexbin, LayerKind::Extrusion;
  if (k == "clusters") return derived = DerivedKind::Clusters, LayerKind::Fill;
  if (k == "choropleth") return derived = DerivedKind::Choropleth, LayerKind::Fill;
  if (k == "ring_stats") return derived = DerivedKind::RingStats, LayerKind::Fill;
  r.fail("kind", "unknown layer kind \"" + k +
                     "\" (expected fill, extrusion, line, point, label, ring, hexbin, clusters, choropleth or ring_stats)");
}

void parseSource(const toml::table& t, const std::string& prefix, const std::string& file, SourceSpec& s) {
  Reader r(t, prefix, file);
  s.path = r.requiredStr("path");
  s.layer = r.str("layer");
  s.datum = r.str("datum");
  if (!s.datum.empty() && s.datum != "wgs84" && s.datum != "cgcs2000" && s.datum != "gcj02")
    r.fail("datum", "unknown datum \"" + s.datum + "\" (expected wgs84, cgcs2000 or gcj02)");
  s.crs = r.str("crs");
  s.x = r.str("x");
  s.y = r.str("y");
  s.wkt = r.str("wkt");
  s.where = r.str("where");
  r.rejectUnknown();
}

void parseFields(const toml::table& t, const std::string& prefix, const std::string& file, FieldRoles& f) {
  Reader r(t, prefix, file);
  for (const FieldRoleDef& d : fieldRoleTable()) f.*d.member = r.str(d.key);
  r.rejectUnknown();
}

void parseStyle(const toml::table& t, const std::string& prefix, const std::string& file, StyleSpec& s) {
  Reader r(t, prefix, file);
  std::string mode = r.str("color_mode", "single");
  if (mode == "single") s.colorMode = ColorMode::Single;
  else if (mode == "category") s.colorMode = ColorMode::Category;
  else if (mode == "ramp") s.colorMode = ColorMode::Ramp;
  else r.fail("color_mode", "unknown colour mode \"" + mode + "\" (expected single, category or ramp)");
  s.color = r.color("color", s.color);
  s.colorField = r.str("color_field");
  if (s.colorMode != ColorMode::Single && s.colorField.empty())
    r.fail("color_field", "is required when color_mode is \"" + mode + "\"");
  if (const toml::table* cats = r.table("categories")) {
    for (const auto& [k, v] : *cats) {
      Rgba c;
      if (!v.is_string() || !parseHexColor(**v.as_string(), c))
        throw Error(file, "expected a colour \"#rrggbb\"", r.key("categories") + "." + std::string(k.str()));
      s.categories[std::string(k.str())] = c;
    }
  }
  if (const toml::table* labels = r.table("category_labels")) {
    for (const auto& [k, v] : *labels) {
      const toml::array* a = v.as_array();
      if (!a || a->size() != 2 || !(*a)[0].is_string() || !(*a)[1].is_string())
        throw Error(file, "expected [\"中文\", \"English\"]", r.key("category_labels") + "." + std::string(k.str()));
      s.categoryLabels[std::string(k.str())] = {std::string(**(*a)[0].as_string()), std::string(**(*a)[1].as_string())};
    }
  }
  if (const toml::array* ramp = r.array("ramp")) {
    for (size_t i = 0; i < ramp->size(); ++i) {
      Rgba c;
      const toml::node& n = (*ramp)[i];
      if (!n.is_string() || !parseHexColor(**n.as_string(), c))
        throw Error(file, "expected a colour \"#rrggbb\"", r.key("ramp") + "[" + std::to_string(i) + "]");
      s.ramp.push_back(c);
    }
    if (s.ramp.size() < 2) r.fail("ramp", "needs at least two colours");
  }
  if (s.colorMode == ColorMode::Ramp && s.ramp.empty())
    s.ramp = {Rgba(0.99f, 0.91f, 0.73f, 1), Rgba(0.80f, 0.25f, 0.13f, 1)};
  s.rampMin = r.num("ramp_min", s.rampMin, -1e15, 1e15);
  s.rampMax = r.num("ramp_max", s.rampMax, -1e15, 1e15);
  if (s.rampMax <= s.rampMin) r.fail("ramp_max", "must be greater than ramp_min");
  s.opacity = static_cast<float>(r.num("opacity", s.opacity, 0, 1));
  if (r.has("outline")) {
    const toml::node* o = t.get("outline");
    if (o->is_string() && **o->as_string() == "match") {
      r.node("outline");
      s.outline = s.color;
      s.outlineMatch = true;
    } else {
      s.outline = r.color("outline", Rgba(1));
    }
  }
  s.outlineWidth = static_cast<float>(r.num("outline_width", s.outlineWidth, 0, 50));
  s.heightScale = static_cast<float>(r.num("height_scale", s.heightScale, 0, 1000));
  s.defaultHeight = r.num("default_height", s.defaultHeight, 0, 2000);
  s.floorHeight = r.num("floor_height", s.floorHeight, 0.5, 50);
  s.heightFromGfa = r.boolean("height_from_gfa", false);
  s.pointSize = static_cast<float>(r.num("point_size", s.pointSize, 0.5, 200));
  s.labelSize = static_cast<float>(r.num("label_size", s.labelSize, 4, 200));
  s.labelMaxDistance = r.num("label_max_distance", s.labelMaxDistance, 0, 1e7);
  s.labelPriority = static_cast<int>(std::lround(r.num("label_priority", s.labelPriority, -100, 100)));
  s.labelColor = r.color("label_color", s.labelColor);
  s.haloColor = r.color("halo_color", s.haloColor);
  const std::string occ = r.str("occupancy");
  if (occ == "filled") s.occupancyFilled = true;
  else if (!occ.empty() && occ != "none") r.fail("occupancy", "unknown occupancy display \"" + occ + "\" (expected filled or none)");
  s.vacantOpacity = static_cast<float>(r.num("vacant_opacity", s.vacantOpacity, 0, 1));
  // Point symbols (scene/point_shape.h): one for the layer, or one per colour category.
  auto shapeNamed = [&](const toml::node& n, const std::string& key) {
    std::optional<PointShape> sh;
    if (n.is_string()) sh = findPointShape(**n.as_string());
    if (!sh)
      throw Error(file, (n.is_string() ? "unknown shape \"" + std::string(**n.as_string()) + "\"" : std::string("expected a shape name")) +
                            " (expected one of " + pointShapeNameList() + ")", key);
    return *sh;
  };
  if (const toml::node* n = r.node("shape")) s.shape = shapeNamed(*n, r.key("shape"));
  s.shapeField = r.str("shape_field");
  if (const toml::table* shapes = r.table("shapes")) {
    if (s.colorMode != ColorMode::Category && s.shapeField.empty())
      r.fail("shapes", "needs color_mode = \"category\" or shape_field: shapes are keyed on the colour categories or that field (one symbol for all: shape = \"...\")");
    for (const auto& [k, v] : *shapes) s.shapes[std::string(k.str())] = shapeNamed(v, r.key("shapes") + "." + std::string(k.str()));
  }
  s.fillField = r.str("fill_field");
  if (const toml::table* fills = r.table("fills")) {
    if (s.fillField.empty()) r.fail("fills", "needs fill_field: the field whose values the fills are keyed on");
    for (const auto& [k, v] : *fills) {
      std::optional<PointFill> f;
      if (v.is_string()) f = findPointFill(**v.as_string());
      if (!f) throw Error(file, "expected a fill: solid, half, hollow or dotted", r.key("fills") + "." + std::string(k.str()));
      s.fills[std::string(k.str())] = *f;
    }
  }
  if (const toml::table* labels = r.table("symbol_labels")) {
    for (const auto& [k, v] : *labels) {
      const toml::array* a = v.as_array();
      if (!a || a->size() != 2 || !(*a)[0].is_string() || !(*a)[1].is_string())
        throw Error(file, "expected [\"中文\", \"English\"]", r.key("symbol_labels") + "." + std::string(k.str()));
      s.symbolLabels[std::string(k.str())] = {std::string(**(*a)[0].as_string()), std::string(**(*a)[1].as_string())};
    }
  }
  r.rejectUnknown();
}

void parseDerived(Reader& r, LayerSpec& l) {
  DerivedSpec& d = l.derived;
  d.from = r.requiredStr("from");
  switch (d.kind) {
    case DerivedKind::Hexbin: {
      d.hexSize = r.num("hex_size", d.hexSize, DerivedLimits::kHexMin, DerivedLimits::kHexMax);
      const std::string by = r.str("height_by", "gfa");
      if (by != "gfa" && by != "count") r.fail("height_by", "expected \"gfa\" or \"count\", got \"" + by + "\"");
      d.heightByCount = by == "count";
      d.hexHeightScale = r.num("height_scale", d.heightByCount ? 20.0 : d.hexHeightScale, 0, 1e6);
      d.shareOf = r.str("share_of");
      if (!d.shareOf.empty()) {
        const Sector* sec = findSector(d.shareOf);
        if (!sec) r.fail("share_of", "unknown sector \"" + d.shareOf + "\" (expected a sector id such as \"bio\" or \"digital\")");
        d.shareOf = std::string(sec->id);
      }
      break;
    }
    case DerivedKind::Clusters: {
      d.eps = r.num("eps", d.eps, DerivedLimits::kEpsMin, DerivedLimits::kEpsMax);
      d.minPoints = static_cast<int>(r.num("min_points", d.minPoints, DerivedLimits::kMinPointsMin, DerivedLimits::kMinPointsMax));
      const std::string hull = r.str("hull", "concave");
      if (hull != "concave" && hull != "convex") r.fail("hull", "expected \"concave\" or \"convex\", got \"" + hull + "\"");
      d.concave = hull == "concave";
      d.hullBuffer = r.num("hull_buffer", d.hullBuffer, 0, DerivedLimits::kHullBufferMax);
      break;
    }
    case DerivedKind::Choropleth: {
      d.regions = r.str("regions", "districts");
      d.metric = r.str("metric", d.metric);
      const std::string& m = d.metric;
      if (m.rfind("share:", 0) == 0) {
        const Sector* sec = findSector(m.substr(6));
        if (!sec) r.fail("metric", "unknown sector in \"" + m + "\" (expected share:<sector id>, e.g. share:bio)");
        d.metric = "share:" + std::string(sec->id);
      } else if (m != "gfa" && m != "vacant" && m != "vacancy" && m != "parks" && m != "buildings") {
        r.fail("metric", "unknown metric \"" + m + "\" (expected gfa, vacant, vacancy, parks, buildings or share:<sector>)");
      }
      d.classes = static_cast<int>(r.num("classes", d.classes, DerivedLimits::kClassesMin, DerivedLimits::kClassesMax));
      const std::string method = r.str("method", "quantile");
      if (method != "quantile" && method != "equal_interval")
        r.fail("method", "expected \"quantile\" or \"equal_interval\", got \"" + method + "\"");
      d.quantile = method == "quantile";
      break;
    }
    case DerivedKind::RingStats:
      d.regions = r.str("campuses", "universities");
      d.mergeRings = r.boolean("merge", d.mergeRings);
      break;
    case DerivedKind::None: break;
  }
}

// What a derived layer looks like when its style leaves it open: the colour
// rule and fields its derived table is made for.
void derivedStyleDefaults(const toml::table* styleTable, LayerSpec& l) {
  auto given = [&](const char* k) { return styleTable && styleTable->contains(k); };
  StyleSpec& s = l.style;
  auto category = [&](const char* field) {
    if (given("color_mode")) return;
    s.colorMode = ColorMode::Category;
    s.colorField = field;
  };
  switch (l.derived.kind) {
    case DerivedKind::Hexbin:
      if (l.fields.height.empty()) l.fields.height = "height_m";
      l.lodDistance = 0;  // columns are read from afar: never flattened (lod_distance may still set one)
      if (!l.derived.shareOf.empty() && !given("color_mode")) {
        s.colorMode = ColorMode::Ramp;
        s.colorField = "share_sel";
        if (!given("ramp")) s.ramp = {Rgba(0.94f, 0.95f, 0.96f, 1), Rgba(findSectorRgba(l.derived.shareOf))};
      } else {
        category("dominant");
      }
      if (!given("outline")) s.outline = Rgba(1, 1, 1, 0.6f);
      break;
    case DerivedKind::Clusters:
      category("sector");
      if (!given("opacity")) s.opacity = 0.16f;
      if (!given("outline")) s.outlineMatch = true, s.outline = s.color;
      if (!given("outline_width")) s.outlineWidth = 2.5f;
      if (l.fields.name.empty()) l.fields.name = "label";
      if (l.fields.nameEn.empty()) l.fields.nameEn = "label_en";
      break;
    case DerivedKind::Choropleth:
      category("class");
      if (!given("outline")) s.outline = Rgba(1, 1, 1, 1);
      break;
    case DerivedKind::RingStats:
      category("dominant");
      if (!given("opacity")) s.opacity = 0.18f;
      if (!given("outline")) s.outlineMatch = true, s.outline = s.color;
      break;
    case DerivedKind::None: break;
  }
}

// value -> sector id (or name), the source's own sector values (scene/sector_values.h).
void parseSectorValues(const toml::table& t, const std::string& prefix, const std::string& file, LayerSpec& l) {
  for (const auto& [k, v] : t) {
    const std::string key = prefix + ".\"" + std::string(k.str()) + "\"";
    const Sector* sec = v.is_string() ? findSector(**v.as_string()) : nullptr;
    if (!sec) throw Error(file, "expected a sector id (bio, energy, mobility, digital, network, materials, frontier)", key);
    l.sectorValues[std::string(k.str())] = std::string(sec->id);
  }
}

void parseLayer(const toml::table& t, size_t index, const std::string& file, LayerSpec& l) {
  const std::string prefix = "layers[" + std::to_string(index) + "]";
  Reader r(t, prefix, file);
  l.id = r.requiredStr("id");
  for (char c : l.id)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'))
      r.fail("id", "must use only letters, digits, '_' and '-'");
  l.title = r.str("title", l.id);
  l.titleEn = r.str("title_en", l.title);
  l.kind = parseKind(r, l.derived.kind);
  const bool derived = l.derived.kind != DerivedKind::None;
  const toml::table* src = r.table("source");
  if (derived) {
    if (src) r.fail("source", "a derived layer has no source: its features come from the layer named by 'from'");
    parseDerived(r, l);
  } else {
    if (!src) r.fail("source", "is required (source = { path = \"...\" })");
    parseSource(*src, r.key("source"), file, l.source);
  }
  if (const toml::table* f = r.table("fields")) parseFields(*f, r.key("fields"), file, l.fields);
  const toml::table* s = r.table("style");
  if (s) parseStyle(*s, r.key("style"), file, l.style);
  if (derived) derivedStyleDefaults(s, l);
  if (s && l.kind != LayerKind::Point)
    for (const char* k : {"shape", "shapes", "shape_field", "fill_field", "fills", "symbol_labels"})
      if (s->contains(k)) throw Error(file, "only point layers draw symbols (kind = \"point\")", r.key("style") + "." + k);
  l.visible = r.boolean("visible", true);
  l.sample = r.boolean("sample", false);
  l.approximate = r.boolean("approximate", false);
  l.optional = r.boolean("optional", false);
  if (const toml::array* radii = r.array("ring_radii")) {
    for (size_t i = 0; i < radii->size(); ++i) {
      const toml::node& n = (*radii)[i];
      double v = n.is_integer() ? static_cast<double>(**n.as_integer())
                 : n.is_floating_point() ? **n.as_floating_point() : std::nan("");
      if (!(v > 0 && v <= 100000))
        throw Error(file, "ring radius must be a number of metres in (0, 100000]",
                    r.key("ring_radii") + "[" + std::to_string(i) + "]");
      l.ringRadii.push_back(v);
    }
  }
  if ((l.kind == LayerKind::Ring || l.derived.kind == DerivedKind::RingStats) && l.ringRadii.empty())
    r.fail("ring_radii", "is required for a ring layer (radii in metres, e.g. [1500, 3000])");
  l.minDistance = r.num("min_distance", l.minDistance, 0, 1e8);
  l.maxDistance = r.num("max_distance", l.maxDistance, 0, 1e8);
  if (l.maxDistance > 0 && l.maxDistance <= l.minDistance) r.fail("max_distance", "must be greater than min_distance");
  l.lodDistance = r.num("lod_distance", l.lodDistance, 0, 1e8);
  l.labelField = r.str("label_field");
  l.attribution = r.str("attribution");
  if (const std::string unit = r.str("occupancy_unit"); unit == "percent")
    l.occupancyPercent = true;
  else if (!unit.empty() && unit != "rate")
    r.fail("occupancy_unit", "must be \"rate\" (0–1) or \"percent\" (0–100), not \"" + unit + "\"");
  if (const toml::table* sv = r.table("sector_values")) parseSectorValues(*sv, r.key("sector_values"), file, l);
  r.rejectUnknown();
}

}  // namespace

std::string Scene::resolve(const std::string& p) const {
  if (p.empty()) return p;
  // GDAL connection strings and virtual file systems pass through.
  if (p.rfind("/vsi", 0) == 0 || p.find(':') != std::string::npos) return p;
  fs::path fp(p);
  if (fp.is_absolute() || dir.empty()) return p;
  return (fs::path(dir) / fp).lexically_normal().string();
}

// [session]: the viewer's saved filters, selection and language.
static void parseSession(const toml::table& t, const std::string& path, SessionSpec& out) {
  Reader r(t, "session", path);
  auto strings = [&](std::string_view k, std::vector<std::string>& v) {
    if (const toml::array* a = r.array(k))
      for (size_t i = 0; i < a->size(); ++i) {
        if (!(*a)[i].is_string()) r.fail(k, "expected an array of strings");
        v.emplace_back(**(*a)[i].as_string());
      }
  };
  auto range = [&](std::string_view k, std::optional<glm::dvec2>& v) {
    if (const toml::array* a = r.array(k)) {
      if (a->size() != 2 || !(*a)[0].is_number() || !(*a)[1].is_number()) r.fail(k, "expected [low, high]");
      v = glm::dvec2((*a)[0].value<double>().value_or(0), (*a)[1].value<double>().value_or(0));
      if (std::isnan(v->x) || std::isnan(v->y)) r.fail(k, "expected [low, high] numbers, not nan");
    }
  };
  strings("hidden_sectors", out.hiddenSectors);
  strings("hidden_sub_sectors", out.hiddenSubSectors);
  range("gfa", out.gfaRange);
  range("occupancy", out.occupancyRange);
  range("floors", out.floorsRange);
  out.hideFiltered = r.boolean("hide_filtered", false);
  out.language = r.str("language");
  if (const toml::array* a = r.array("selection"))
    for (size_t i = 0; i < a->size(); ++i) {
      const toml::array* pair = (*a)[i].as_array();
      if (!pair || pair->size() != 2 || !(*pair)[0].is_string() || !(*pair)[1].is_integer())
        r.fail("selection", "expected [[\"layer-id\", fid], ...]");
      out.selection.emplace_back(std::string(**(*pair)[0].as_string()), **(*pair)[1].as_integer());
    }
  r.rejectUnknown();
}

Scene parseScene(const std::string& text, const std::string& path) {
  const toml::table root = parseTomlText(text, path);
  Scene s;
  std::error_code ec;
  fs::path abs = path.empty() ? fs::path() : fs::absolute(path, ec);
  s.path = abs.string();
  s.dir = abs.parent_path().string();

  Reader top(root, "", path);
  if (const toml::table* sc = top.table("scene")) {
    Reader r(*sc, "scene", path);
    s.title = r.str("title");
    s.titleEn = r.str("title_en", s.title);
    s.crs = r.str("crs", s.crs);
    s.background = r.color("background", s.background);
    s.quarter = r.str("quarter");  // checked on load (app/overlays/quarter_option.h): the quarters belong to analysis
    if (const toml::array* a = r.array("attribution")) {
      for (size_t i = 0; i < a->size(); ++i) {
        if (!(*a)[i].is_string())
          throw Error(path, "expected a string", "scene.attribution[" + std::to_string(i) + "]");
        s.attribution.emplace_back(**(*a)[i].as_string());
      }
    }
    r.rejectUnknown();
  }
  if (const toml::table* cam = top.table("camera")) {
    Reader r(*cam, "camera", path);
    if (const toml::array* c = r.array("center")) {
      if (c->size() != 2 || !(*c)[0].is_number() || !(*c)[1].is_number())
        r.fail("center", "expected [longitude, latitude]");
      double lon = (*c)[0].value<double>().value_or(0), lat = (*c)[1].value<double>().value_or(0);
      // NaN compares false with everything: checked first (a NaN centre drew a blank picture, exit 0).
      if (!std::isfinite(lon) || lon < -180 || lon > 180) r.fail("center", "longitude must be a finite number within [-180, 180]");
      if (!std::isfinite(lat) || lat < -90 || lat > 90) r.fail("center", "latitude must be a finite number within [-90, 90]");
      s.camera.center = {lon, lat};
    }
    s.camera.distance = r.num("distance", s.camera.distance, 1, 5e6);
    s.camera.pitch = r.num("pitch", s.camera.pitch, 0, 85);
    s.camera.bearing = r.num("bearing", s.camera.bearing, -360, 360);
    s.camera.fovY = r.num("fov_y", s.camera.fovY, 5, 120);
    r.rejectUnknown();
  }
  if (const toml::table* ses = top.table("session")) parseSession(*ses, path, s.session);
  if (const toml::node* layers = top.node("layers")) {
    if (!layers->is_array_of_tables()) throw Error(path, "expected [[layers]] tables", "layers");
    const toml::array& arr = *layers->as_array();
    if (arr.size() > SceneLimits::kMaxLayers)
      throw Error(path, std::to_string(arr.size()) + " layers; a scene may have at most " +
                            std::to_string(SceneLimits::kMaxLayers), "layers");
    std::set<std::string> ids;
    for (size_t i = 0; i < arr.size(); ++i) {
      LayerSpec l;
      parseLayer(*arr[i].as_table(), i, path, l);
      if (!ids.insert(l.id).second)
        throw Error(path, "duplicate layer id \"" + l.id + "\"", "layers[" + std::to_string(i) + "].id");
      s.layers.push_back(std::move(l));
    }
  }
  top.rejectUnknown();
  if (s.layers.empty()) throw Error(path, "the scene has no [[layers]]");
  // Derived layers read other layers' features: those must be source layers.
  for (size_t i = 0; i < s.layers.size(); ++i) {
    const DerivedSpec& d = s.layers[i].derived;
    if (d.kind == DerivedKind::None) continue;
    auto check = [&](const std::string& id, const char* key) {
      for (const LayerSpec& o : s.layers)
        if (o.id == id) {
          if (o.derived.kind != DerivedKind::None)
            throw Error(path, "layer \"" + id + "\" is itself derived; name a layer with a source",
                        "layers[" + std::to_string(i) + "]." + key);
          return;
        }
      throw Error(path, "no layer with id \"" + id + "\"", "layers[" + std::to_string(i) + "]." + key);
    };
    check(d.from, "from");
    if (d.kind == DerivedKind::Choropleth) check(d.regions, "regions");
    if (d.kind == DerivedKind::RingStats) check(d.regions, "campuses");
  }
  return s;
}

Scene loadScene(const std::string& path) { return parseScene(readFile(path, TomlLimits{}.maxBytes), path); }

const char* derivedKindName(DerivedKind k) {
  switch (k) {
    case DerivedKind::Hexbin: return "hexbin";
    case DerivedKind::Clusters: return "clusters";
    case DerivedKind::Choropleth: return "choropleth";
    case DerivedKind::RingStats: return "ring_stats";
    case DerivedKind::None: return "";
  }
  return "";
}

const char* layerKindName(LayerKind k) {
  switch (k) {
    case LayerKind::Fill: return "fill";
    case LayerKind::Extrusion: return "extrusion";
    case LayerKind::Line: return "line";
    case LayerKind::Point: return "point";
    case LayerKind::Label: return "label";
    case LayerKind::Ring: return "ring";
  }
  return "?";
}

// ---------------------------------------------------------------------------
// Saving
// ---------------------------------------------------------------------------
namespace {

std::string hexColor(const Rgba& c) {
  auto b = [](float v) { return static_cast<unsigned>(std::lround(std::clamp(v, 0.0f, 1.0f) * 255)); };
  char buf[16];
  if (b(c.a) == 255) std::snprintf(buf, sizeof buf, "#%02x%02x%02x", b(c.r), b(c.g), b(c.b));
  else std::snprintf(buf, sizeof buf, "#%02x%02x%02x%02x", b(c.r), b(c.g), b(c.b), b(c.a));
  return buf;
}

// Style floats are stored as float; print them rounded so files stay readable.
double r4(double v) { return std::round(v * 1e4) / 1e4; }

void putIf(toml::table& t, std::string_view k, const std::string& v) {
  if (!v.empty()) t.insert_or_assign(k, v);
}

toml::table styleTable(const StyleSpec& s) {
  static const StyleSpec def;
  toml::table t;
  t.insert_or_assign("color_mode", s.colorMode == ColorMode::Single ? "single"
                                  : s.colorMode == ColorMode::Category ? "category" : "ramp");
  t.insert_or_assign("color", hexColor(s.color));
  putIf(t, "color_field", s.colorField);
  if (!s.categories.empty()) {
    toml::table cats;
    for (const auto& [k, v] : s.categories) cats.insert_or_assign(k, hexColor(v));
    t.insert_or_assign("categories", std::move(cats));
  }
  if (!s.categoryLabels.empty()) {
    toml::table labels;
    for (const auto& [k, v] : s.categoryLabels) labels.insert_or_assign(k, toml::array{v.first, v.second});
    t.insert_or_assign("category_labels", std::move(labels));
  }
  if (s.colorMode == ColorMode::Ramp) {
    toml::array ramp;
    for (const Rgba& c : s.ramp) ramp.push_back(hexColor(c));
    t.insert_or_assign("ramp", std::move(ramp));
    t.insert_or_assign("ramp_min", s.rampMin);
    t.insert_or_assign("ramp_max", s.rampMax);
  }
  t.insert_or_assign("opacity", r4(s.opacity));
  if (s.outlineMatch) t.insert_or_assign("outline", "match");
  else if (s.outline) t.insert_or_assign("outline", hexColor(*s.outline));
  if (s.occupancyFilled) t.insert_or_assign("occupancy", "filled");
  if (s.vacantOpacity != def.vacantOpacity) t.insert_or_assign("vacant_opacity", r4(s.vacantOpacity));
  if (s.outlineWidth != def.outlineWidth) t.insert_or_assign("outline_width", r4(s.outlineWidth));
  if (s.heightScale != def.heightScale) t.insert_or_assign("height_scale", r4(s.heightScale));
  if (s.defaultHeight != def.defaultHeight) t.insert_or_assign("default_height", s.defaultHeight);
  if (s.floorHeight != def.floorHeight) t.insert_or_assign("floor_height", s.floorHeight);
  if (s.heightFromGfa) t.insert_or_assign("height_from_gfa", true);
  if (s.pointSize != def.pointSize) t.insert_or_assign("point_size", r4(s.pointSize));
  if (s.labelSize != def.labelSize) t.insert_or_assign("label_size", r4(s.labelSize));
  if (s.labelMaxDistance != def.labelMaxDistance) t.insert_or_assign("label_max_distance", s.labelMaxDistance);
  if (s.labelPriority != def.labelPriority) t.insert_or_assign("label_priority", s.labelPriority);
  if (s.labelColor != def.labelColor) t.insert_or_assign("label_color", hexColor(s.labelColor));
  if (s.haloColor != def.haloColor) t.insert_or_assign("halo_color", hexColor(s.haloColor));
  if (s.shape != def.shape) t.insert_or_assign("shape", std::string(pointShapeName(s.shape)));
  if (!s.shapes.empty()) {
    toml::table shapes;
    for (const auto& [k, v] : s.shapes) shapes.insert_or_assign(k, std::string(pointShapeName(v)));
    t.insert_or_assign("shapes", std::move(shapes));
  }
  if (!s.shapeField.empty()) t.insert_or_assign("shape_field", s.shapeField);
  if (!s.fillField.empty()) t.insert_or_assign("fill_field", s.fillField);
  if (!s.fills.empty()) {
    toml::table fills;
    for (const auto& [k, v] : s.fills) fills.insert_or_assign(k, std::string(pointFillName(v)));
    t.insert_or_assign("fills", std::move(fills));
  }
  if (!s.symbolLabels.empty()) {
    toml::table labels;
    for (const auto& [k, v] : s.symbolLabels) labels.insert_or_assign(k, toml::array{v.first, v.second});
    t.insert_or_assign("symbol_labels", std::move(labels));
  }
  return t;
}

// A data path as a saved scene stores it, so that the saved file can move
// (docs/SCENE.md, "Paths in a saved scene"): relative when the data lies in
// the scene's folder or below it (the folder moves as a whole), absolute
// otherwise (the file moves alone); connection strings as written.
std::string relativeTo(const std::string& p, const std::string& dir) {
  if (p.empty() || dir.empty() || p.find(':') != std::string::npos || p.rfind("/vsi", 0) == 0) return p;
  fs::path fp(p);
  if (!fp.is_absolute()) return p;
  const fs::path rel = fp.lexically_normal().lexically_relative(fs::path(dir).lexically_normal());
  if (rel.empty() || *rel.begin() == "..") return fp.lexically_normal().string();
  return rel.string();
}

// A layer's kind, and the parameters of a derived layer.
void putKind(toml::table& t, const LayerSpec& l) {
  const DerivedSpec& d = l.derived;
  if (d.kind != DerivedKind::None) {
    t.insert_or_assign("kind", derivedKindName(d.kind));
    t.insert_or_assign("from", d.from);
    switch (d.kind) {
      case DerivedKind::Hexbin:
        t.insert_or_assign("hex_size", d.hexSize);
        t.insert_or_assign("height_by", d.heightByCount ? "count" : "gfa");
        t.insert_or_assign("height_scale", d.hexHeightScale);
        putIf(t, "share_of", d.shareOf);
        break;
      case DerivedKind::Clusters:
        t.insert_or_assign("eps", d.eps);
        t.insert_or_assign("min_points", d.minPoints);
        t.insert_or_assign("hull", d.concave ? "concave" : "convex");
        t.insert_or_assign("hull_buffer", d.hullBuffer);
        break;
      case DerivedKind::Choropleth:
        t.insert_or_assign("regions", d.regions);
        t.insert_or_assign("metric", d.metric);
        t.insert_or_assign("classes", d.classes);
        t.insert_or_assign("method", d.quantile ? "quantile" : "equal_interval");
        break;
      case DerivedKind::RingStats:
        t.insert_or_assign("campuses", d.regions);
        t.insert_or_assign("merge", d.mergeRings);
        break;
      case DerivedKind::None: break;
    }
  } else {
    t.insert_or_assign("kind", layerKindName(l.kind));
  }
}

// The source, pointing at the same files when the scene is saved elsewhere.
toml::table sourceTable(const Scene& s, const LayerSpec& l, const std::string& newDir) {
  toml::table src;
  src.insert_or_assign("path", relativeTo(s.resolve(l.source.path), newDir));
  putIf(src, "layer", l.source.layer);
  putIf(src, "datum", l.source.datum);
  putIf(src, "crs", l.source.crs);
  putIf(src, "x", l.source.x);
  putIf(src, "y", l.source.y);
  putIf(src, "wkt", l.source.wkt);
  putIf(src, "where", l.source.where);
  return src;
}

toml::table layerTable(const Scene& s, const LayerSpec& l, const std::string& newDir) {
  toml::table t;
  t.insert_or_assign("id", l.id);
  putIf(t, "title", l.title);
  putIf(t, "title_en", l.titleEn);
  putKind(t, l);
  if (l.derived.kind == DerivedKind::None) t.insert_or_assign("source", sourceTable(s, l, newDir));
  toml::table f;
  const FieldRoles& r = l.fields;
  for (const FieldRoleDef& role : fieldRoleTable()) putIf(f, role.key, r.*role.member);
  if (!f.empty()) t.insert_or_assign("fields", std::move(f));
  t.insert_or_assign("style", styleTable(l.style));
  t.insert_or_assign("visible", l.visible);
  if (l.sample) t.insert_or_assign("sample", true);
  if (l.approximate) t.insert_or_assign("approximate", true);
  if (l.optional) t.insert_or_assign("optional", true);
  if (!l.ringRadii.empty()) {
    toml::array a;
    for (double v : l.ringRadii) a.push_back(v);
    t.insert_or_assign("ring_radii", std::move(a));
  }
  if (l.minDistance > 0) t.insert_or_assign("min_distance", l.minDistance);
  if (l.maxDistance > 0) t.insert_or_assign("max_distance", l.maxDistance);
  if (l.lodDistance != LayerSpec{}.lodDistance) t.insert_or_assign("lod_distance", l.lodDistance);
  putIf(t, "label_field", l.labelField);
  putIf(t, "attribution", l.attribution);
  if (l.occupancyPercent) t.insert_or_assign("occupancy_unit", "percent");
  if (!l.sectorValues.empty()) {
    toml::table sv;
    for (const auto& [value, id] : l.sectorValues) sv.insert_or_assign(value, id);
    t.insert_or_assign("sector_values", std::move(sv));
  }
  return t;
}

toml::table sessionTable(const SessionSpec& ss) {
  toml::table t;
  auto strings = [&](std::string_view k, const std::vector<std::string>& v) {
    if (v.empty()) return;
    toml::array a;
    for (const auto& x : v) a.push_back(x);
    t.insert_or_assign(k, std::move(a));
  };
  auto range = [&](std::string_view k, const std::optional<glm::dvec2>& v) {
    if (v) t.insert_or_assign(k, toml::array{v->x, v->y});
  };
  strings("hidden_sectors", ss.hiddenSectors);
  strings("hidden_sub_sectors", ss.hiddenSubSectors);
  auto rounded = [](const std::optional<glm::dvec2>& v, int decimals) -> std::optional<glm::dvec2> {
    if (!v) return v;
    return glm::dvec2(roundTo(v->x, decimals), roundTo(v->y, decimals));
  };
  range("gfa", rounded(ss.gfaRange, 1));              // m²
  range("occupancy", rounded(ss.occupancyRange, 4));  // fraction
  range("floors", rounded(ss.floorsRange, 1));
  if (ss.hideFiltered) t.insert_or_assign("hide_filtered", true);
  putIf(t, "language", ss.language);
  if (!ss.selection.empty()) {
    toml::array a;
    for (const auto& [layer, fid] : ss.selection) a.push_back(toml::array{layer, fid});
    t.insert_or_assign("selection", std::move(a));
  }
  return t;
}

}  // namespace

void saveScene(const Scene& s, const std::string& path) {
  std::error_code ec;
  const std::string newDir = fs::absolute(path, ec).parent_path().string();
  writeFileAtomic(path, sceneText(s, newDir), s.path);  // saving a scene over the file it came from is the point
}

std::string sceneText(const Scene& s, const std::string& newDir) {
  toml::table root;
  toml::table sc;
  putIf(sc, "title", s.title);
  putIf(sc, "title_en", s.titleEn);
  sc.insert_or_assign("crs", s.crs);
  sc.insert_or_assign("background", hexColor(s.background));
  putIf(sc, "quarter", s.quarter);
  if (!s.attribution.empty()) {
    toml::array a;
    for (const auto& x : s.attribution) a.push_back(x);
    sc.insert_or_assign("attribution", std::move(a));
  }
  root.insert_or_assign("scene", std::move(sc));
  toml::table cam;
  // Rounded to what they mean: lon/lat 6 decimals (~0.1 m), metres 1, degrees 2.
  cam.insert_or_assign("center", toml::array{roundTo(s.camera.center.x, 6), roundTo(s.camera.center.y, 6)});
  cam.insert_or_assign("distance", roundTo(s.camera.distance, 1));
  cam.insert_or_assign("pitch", roundTo(s.camera.pitch, 2));
  cam.insert_or_assign("bearing", roundTo(s.camera.bearing, 2));
  cam.insert_or_assign("fov_y", roundTo(s.camera.fovY, 2));
  root.insert_or_assign("camera", std::move(cam));
  toml::array layers;
  for (const LayerSpec& l : s.layers) layers.push_back(layerTable(s, l, newDir));
  root.insert_or_assign("layers", std::move(layers));
  if (!s.session.empty()) root.insert_or_assign("session", sessionTable(s.session));
  std::ostringstream out;
  out << "# Parkscape scene (schema: docs/SCENE.md)\n" << root << "\n";
  return tidyTomlNumbers(out.str());
}

}  // namespace ps
