// `parkscape info <file-or-scene.toml>`: what Parkscape makes of a GIS source
// (or of every layer of a scene): driver, geometry, counts of what was kept,
// repaired and skipped, text encoding problems, CRS and extents, fields, and
// what the map will draw. Exit 0 when everything was read, 1 otherwise.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "app/commands.h"
#include "data/source_inspect.h"
#include "core/error.h"
#include "geo/reproject.h"
#include "io/gdal_source.h"
#include "scene/field_roles.h"
#include "scene/scene.h"

namespace ps::app {

namespace {

using nlohmann::json;

struct InfoOptions {
  std::string path, layer, x, y, wkt, crs, datum, where;
  bool json = false;
  bool suggest = false;
  size_t head = 0;  // print the first `head` rows' attribute values
};

json extentOf(const std::vector<glm::dvec2>& pts) {
  if (pts.empty()) return nullptr;
  double inf = std::numeric_limits<double>::infinity();
  glm::dvec2 lo(inf), hi(-inf);
  for (const auto& p : pts) {
    if (!std::isfinite(p.x) || !std::isfinite(p.y)) continue;
    lo = glm::dvec2(std::min(lo.x, p.x), std::min(lo.y, p.y));
    hi = glm::dvec2(std::max(hi.x, p.x), std::max(hi.y, p.y));
  }
  if (lo.x > hi.x) return nullptr;
  return json::array({lo.x, lo.y, hi.x, hi.y});
}

const char* typeName(FieldType t) {
  switch (t) {
    case FieldType::Integer: return "Integer";
    case FieldType::Real: return "Real";
    case FieldType::String: return "String";
  }
  return "?";
}

// Everything known about one read layer, as JSON (the text output prints this).
json describe(const FeatureTable& t, const LoadReport& rep, size_t head) {
  json j;
  j["source"] = rep.source;
  j["layer"] = rep.layer;
  j["driver"] = rep.driver;
  j["geometry_types"] = rep.geometryTypes;
  j["features"] = {{"read", rep.read},
                   {"kept", rep.kept},
                   {"repaired", rep.repaired},
                   {"skipped_null", rep.skippedNull},
                   {"skipped_empty", rep.skippedEmpty},
                   {"skipped_bad", rep.skippedBad}};
  j["repeated_points_removed"] = rep.removedPoints;
  j["non_utf8_values"] = rep.nonUtf8;

  json crs;
  crs["definition"] = t.crs.size() > 200 ? t.crs.substr(0, 200) + "..." : t.crs;
  if (t.crs.empty()) {
    crs["name"] = "unknown";
  } else {
    try {
      int epsg = 0;
      crs["name"] = geo::crsName(t.crs, &epsg);
      if (epsg) crs["epsg"] = epsg;
    } catch (const Error& e) {
      crs["name"] = "unknown";
      crs["error"] = e.problem();
    }
  }
  j["crs"] = crs;
  j["extent"] = extentOf(t.geom.coords);
  if (!t.crs.empty()) {
    try {
      geo::Reprojector r(t.crs, "EPSG:4326");
      std::vector<glm::dvec2> ll = t.geom.coords;
      r.transform(ll.data(), ll.size());
      j["extent_wgs84"] = extentOf(ll);
    } catch (const Error& e) {
      j["extent_wgs84"] = nullptr;
      j["extent_wgs84_error"] = e.problem();
    }
  } else {
    j["extent_wgs84"] = nullptr;
  }

  json fields = json::array();
  for (const Column& c : t.columns) {
    size_t nulls = static_cast<size_t>(std::count(c.null.begin(), c.null.end(), uint8_t{1}));
    fields.push_back({{"name", c.name}, {"type", typeName(c.type)}, {"nulls", nulls}});
  }
  j["fields"] = fields;
  json rows = json::array();
  for (size_t r = 0; r < std::min(head, t.size()); ++r) {
    json row = json::object();
    for (const Column& c : t.columns) row[c.name] = c.isNull(r) ? json(nullptr) : json(c.asString(r));
    rows.push_back(row);
  }
  if (head) j["head"] = rows;

  size_t polys = 0, lines = 0, points = 0;
  for (GeomKind k : t.geom.kind) {
    polys += k == GeomKind::Polygon;
    lines += k == GeomKind::Line;
    points += k == GeomKind::Point;
  }
  json draws = json::array();
  if (polys) draws.push_back(std::to_string(polys) + " polygons -> fill or extrusion");
  if (lines) draws.push_back(std::to_string(lines) + " lines -> lines");
  if (points) draws.push_back(std::to_string(points) + " points -> points, labels or rings");
  if (draws.empty()) draws.push_back("nothing (no usable geometry)");
  j["draws"] = draws;
  j["warnings"] = rep.warnings;
  return j;
}

std::string num(double v) {
  char b[64];
  std::snprintf(b, sizeof b, std::fabs(v) < 1000 ? "%.6f" : "%.2f", v);
  return b;
}

std::string extentText(const json& e) {
  if (e.is_null()) return "none";
  return num(e[0]) + ", " + num(e[1]) + " - " + num(e[2]) + ", " + num(e[3]);
}

void printLayer(const json& j, const char* indent) {
  std::printf("%slayer %s (driver %s)\n", indent, j["layer"].get<std::string>().c_str(),
              j["driver"].get<std::string>().c_str());
  if (j.contains("kind")) std::printf("%s  kind: %s\n", indent, j["kind"].get<std::string>().c_str());
  std::string types;
  for (const auto& [k, v] : j["geometry_types"].items()) types += (types.empty() ? "" : ", ") + k + " " + v.dump();
  std::printf("%s  geometry types: %s\n", indent, types.empty() ? "none" : types.c_str());
  const json& f = j["features"];
  std::printf("%s  features: read %zu, kept %zu, repaired %zu, skipped %zu (null %zu, empty %zu, bad %zu)\n", indent,
              f["read"].get<size_t>(), f["kept"].get<size_t>(), f["repaired"].get<size_t>(),
              f["skipped_null"].get<size_t>() + f["skipped_empty"].get<size_t>() + f["skipped_bad"].get<size_t>(),
              f["skipped_null"].get<size_t>(), f["skipped_empty"].get<size_t>(), f["skipped_bad"].get<size_t>());
  std::printf("%s  repeated points removed: %zu\n", indent, j["repeated_points_removed"].get<size_t>());
  std::printf("%s  non-UTF-8 values: %zu\n", indent, j["non_utf8_values"].get<size_t>());
  const json& crs = j["crs"];
  std::string crsText = crs["name"].get<std::string>();
  if (crs.contains("epsg")) crsText += " (EPSG:" + crs["epsg"].dump() + ")";
  if (crs["name"] == "unknown" && !j["extent"].is_null()) {
    const json& e = j["extent"];
    bool ll = e[0] >= -180 && e[2] <= 180 && e[1] >= -90 && e[3] <= 90;
    crsText += ll ? " (coordinates look like lon/lat)" : " (coordinates do not look like lon/lat: set the CRS)";
  }
  std::printf("%s  CRS: %s\n", indent, crsText.c_str());
  std::printf("%s  extent (source CRS): %s\n", indent, extentText(j["extent"]).c_str());
  std::printf("%s  extent (WGS84):      %s\n", indent, extentText(j["extent_wgs84"]).c_str());
  std::printf("%s  fields:\n", indent);
  for (const auto& fd : j["fields"])
    std::printf("%s    %-24s %-8s nulls %zu\n", indent, fd["name"].get<std::string>().c_str(),
                fd["type"].get<std::string>().c_str(), fd["nulls"].get<size_t>());
  if (j.contains("head")) {
    size_t r = 0;
    for (const auto& row : j["head"]) {
      std::string line;
      for (const auto& [k, v] : row.items()) line += (line.empty() ? "" : ", ") + k + "=" + (v.is_null() ? "(null)" : v.get<std::string>());
      std::printf("%s  row %zu: %s\n", indent, r++, line.c_str());
    }
  }
  if (j.contains("roles")) {
    std::printf("%s  field roles:\n", indent);
    for (const auto& r : j["roles"])
      std::printf("%s    %-10s -> %-20s %s\n", indent, r["role"].get<std::string>().c_str(),
                  r["field"].get<std::string>().c_str(), r["found"].get<bool>() ? "ok" : "MISSING");
  }
  for (const auto& d : j["draws"]) std::printf("%s  draws: %s\n", indent, d.get<std::string>().c_str());
}

json roleChecks(const LayerSpec& l, const FeatureTable& t, bool* allFound) {
  const FieldRoles& r = l.fields;
  std::vector<std::pair<const char*, const std::string*>> roles;
  for (const FieldRoleDef& d : fieldRoleTable()) roles.emplace_back(d.key, &(r.*d.member));
  roles.emplace_back("label", &l.labelField);
  roles.emplace_back("color", &l.style.colorField);
  json out = json::array();
  for (const auto& [role, field] : roles) {
    if (field->empty()) continue;
    bool found = t.findColumn(*field) >= 0;
    // colorField may name a role rather than a field.
    if (!found && std::string(role) == "color")
      for (const auto& [rn, rf] : roles)
        if (*field == rn && !rf->empty() && t.findColumn(*rf) >= 0) found = true;
    if (!found) *allFound = false;
    out.push_back({{"role", role}, {"field", *field}, {"found", found}});
  }
  return out;
}

void warn(const json& j) {
  for (const auto& w : j["warnings"]) std::fprintf(stderr, "parkscape: warning: %s\n", w.get<std::string>().c_str());
}

int infoScene(const InfoOptions& o) {
  Scene scene = loadScene(o.path);
  json all = {{"scene", o.path}, {"title", scene.title}, {"crs", scene.crs}, {"layers", json::array()}};
  int rc = 0;
  if (!o.json) std::printf("%s: scene \"%s\", CRS %s, %zu layers\n", o.path.c_str(), scene.title.c_str(),
                           scene.crs.c_str(), scene.layers.size());
  for (const LayerSpec& l : scene.layers) {
    if (!o.layer.empty() && l.id != o.layer) continue;
    if (l.derived.kind != DerivedKind::None) {
      // Computed at load from another layer: nothing to read here.
      json j = {{"id", l.id}, {"kind", derivedKindName(l.derived.kind)}, {"derived_from", l.derived.from}};
      if (!o.json) std::printf("  [%s]\n    %s, derived from layer '%s' when the scene loads\n", l.id.c_str(),
                               derivedKindName(l.derived.kind), l.derived.from.c_str());
      all["layers"].push_back(j);
      continue;
    }
    std::string resolved = scene.resolve(l.source.path);
    json j;
    try {
      LoadReport rep;
      FeatureTable t = io::readSource(l.source, resolved, &rep);
      j = describe(t, rep, o.head);
      bool allFound = true;
      j["roles"] = roleChecks(l, t, &allFound);
      if (!allFound) {
        rc = 1;
        std::string fieldList;
        for (const Column& c : t.columns) fieldList += (fieldList.empty() ? "" : ", ") + c.name;
        for (const auto& r : j["roles"])
          if (!r["found"].get<bool>())
            std::fprintf(stderr, "parkscape: error: %s: layer '%s': field '%s' (role %s) not found in %s; fields: %s\n",
                         o.path.c_str(), l.id.c_str(), r["field"].get<std::string>().c_str(),
                         r["role"].get<std::string>().c_str(), resolved.c_str(), fieldList.c_str());
      }
    } catch (const Error& e) {
      rc = 1;
      j = {{"layer", l.id}, {"source", resolved}, {"error", e.what()}};
      std::fprintf(stderr, "parkscape: error: layer '%s': %s\n", l.id.c_str(), e.what());
    }
    j["id"] = l.id;
    j["kind"] = layerKindName(l.kind);
    if (!j.contains("error")) {
      warn(j);
      if (!o.json) {
        std::printf("  [%s]\n", l.id.c_str());
        printLayer(j, "    ");
      }
    }
    all["layers"].push_back(j);
  }
  if (o.json) std::printf("%s\n", all.dump(2).c_str());
  return rc;
}

int infoFile(const InfoOptions& o) {
  std::vector<std::string> layers = o.layer.empty() ? io::listLayers(o.path) : std::vector<std::string>{o.layer};
  const std::string shown = Error::redactPasswords(o.path);  // a PG: connection's password stays off screen
  json all = {{"source", shown}, {"layers", json::array()}};
  if (!o.json) std::printf("%s: %zu layer(s)\n", shown.c_str(), layers.size());
  int rc = 0;
  for (const auto& name : layers) {
    SourceSpec spec;
    spec.path = o.path;
    spec.layer = name;
    spec.x = o.x;
    spec.y = o.y;
    spec.wkt = o.wkt;
    spec.crs = o.crs;
    spec.datum = o.datum;
    spec.where = o.where;
    // Every layer is described, the bad ones too: one broken layer of a
    // GeoPackage does not hide the others (nor the others the broken one).
    try {
      LoadReport rep;
      FeatureTable t = io::readSource(spec, o.path, &rep);
      json j = describe(t, rep, o.head);
      warn(j);
      if (!o.json) printLayer(j, "  ");
      all["layers"].push_back(j);
    } catch (const Error& e) {
      if (layers.size() == 1) throw;  // a single layer: the error is the answer, as before
      rc = 1;
      std::fprintf(stderr, "parkscape: error: layer '%s': %s\n", name.c_str(), e.what());
      if (!o.json) std::printf("  layer %s\n    error: %s\n", name.c_str(), e.what());
      all["layers"].push_back({{"layer", name}, {"source", shown}, {"error", e.what()}});
    }
  }
  if (o.json) std::printf("%s\n", all.dump(2).c_str());
  return rc;
}

// `--suggest`: the guesses as comments, then a scene that draws the file.
int infoSuggest(const InfoOptions& o) {
  SourceSpec base;
  base.x = o.x;
  base.y = o.y;
  base.wkt = o.wkt;
  base.crs = o.crs;
  base.datum = o.datum;
  base.where = o.where;
  data::SourceInspection in = data::inspectSource(o.path, base);
  if (!o.layer.empty())
    std::erase_if(in.layers, [&](const data::InspectedLayer& l) { return l.name != o.layer; });
  int rc = 0;
  std::printf("# parkscape info --suggest %s: %zu layer(s)\n", Error::redactPasswords(o.path).c_str(), in.layers.size());
  for (const data::InspectedLayer& l : in.layers) {
    if (!l.error.empty()) {
      std::fprintf(stderr, "parkscape: error: %s\n", l.error.c_str());
      std::printf("#\n# layer '%s': not readable: %s\n", l.name.c_str(), l.error.c_str());
      rc = 1;
      continue;
    }
    std::string types;
    for (const auto& [k, v] : l.report.geometryTypes) types += (types.empty() ? "" : ", ") + k;
    std::printf("#\n# layer '%s' -> [[layers]] id \"%s\": %zu features (%s)\n", l.name.c_str(),
                l.proposal.id.c_str(), l.table.size(), types.empty() ? "no geometry" : types.c_str());
    std::printf("#   CRS: %s%s%s (%s)\n", l.crs.empty() ? "unknown" : l.crs.c_str(), l.crsName.empty() ? "" : " ",
                l.crsName.c_str(), l.crsNote.c_str());
    if (l.crs.empty()) rc = 1;
    for (const FieldGuess& g : l.guesses.roles)
      std::printf("#   %-10s <- %s\n", g.role.c_str(), g.field.empty() ? ("(none: " + g.reason + ")").c_str() : g.reason.c_str());
    for (const std::string& n : l.guesses.notes) std::printf("#   %s\n", n.c_str());
    for (const SectorValue& v : l.guesses.sectorValues.values)
      std::printf("#   sector value \"%s\" (%zu) -> %s\n", v.value.c_str(), v.count,
                  v.sector.empty() ? "UNMATCHED: map it in sector_values" : (v.sector + " (" + v.how + ")").c_str());
    for (const std::string& w : l.report.warnings) std::printf("#   warning: %s\n", w.c_str());
  }
  Scene s = data::suggestScene(in);
  std::printf("#\n%s", sceneText(s, ".").c_str());
  return rc;
}

bool isScene(const std::string& path) {
  auto n = path.size();
  return n > 5 && path.compare(n - 5, 5, ".toml") == 0;
}

}  // namespace

void registerInfo(CLI::App& app, Runner& run) {
  auto* cmd = app.add_subcommand("info", "Describe a GIS source or every layer of a scene file");
  auto o = std::make_shared<InfoOptions>();
  cmd->add_option("path", o->path, "GIS file, connection string (\"PG:...\") or scene .toml")->required();
  cmd->add_option("--layer", o->layer, "only this layer (source layer name, or scene layer id)");
  cmd->add_flag("--json", o->json, "machine-readable output");
  cmd->add_flag("--suggest", o->suggest,
                "guess the field roles, CRS and sector values of a GIS file and print a ready scene (TOML)");
  cmd->add_option("--head", o->head, "also print the first N rows' attribute values");
  cmd->add_option("--x", o->x, "CSV: longitude / easting column");
  cmd->add_option("--y", o->y, "CSV: latitude / northing column");
  cmd->add_option("--wkt", o->wkt, "CSV: WKT geometry column");
  cmd->add_option("--crs", o->crs, "override the source CRS (e.g. EPSG:4544)");
  cmd->add_option("--datum", o->datum, "gcj02: undo the Chinese web-map shift");
  cmd->add_option("--where", o->where, "OGR attribute filter");
  cmd->callback([&run, o] { run = [o] {
      if (o->suggest && !isScene(o->path)) return infoSuggest(*o);
      return isScene(o->path) ? infoScene(*o) : infoFile(*o);
    }; });
}

}  // namespace ps::app
