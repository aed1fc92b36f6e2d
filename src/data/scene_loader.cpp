#include "data/scene_loader.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>

#include <glm/common.hpp>

#include "data/derive.h"
#include "data/quarter_option.h"
#include "core/cancel.h"
#include "core/error.h"
#include "geo/crs_guess.h"
#include "geo/reproject.h"
#include "geometry/buffer.h"
#include "io/gdal_source.h"
#include "scene/field_roles.h"
#include "scene/sector_values.h"

namespace ps::data {

const LoadedLayer* SceneData::find(const std::string& id) const {
  for (const auto& l : layers)
    if (l.spec && l.spec->id == id) return &l;
  return nullptr;
}
LoadedLayer* SceneData::find(const std::string& id) {
  for (auto& l : layers)
    if (l.spec && l.spec->id == id) return &l;
  return nullptr;
}

namespace {

// A source without a CRS: lon/lat or zone-numbered Gauss-Krüger coordinates
// say which it is (geo/crs_guess.h); anything else must be set in the scene.
void assumeCrs(const std::string& path, LoadedLayer& l) {
  const geo::CrsGuess g = geo::guessCrsFromCoordinates(l.table.geom.coords);
  if (g.crs.empty())
    throw Error(path, "the source has no coordinate reference system and " + g.reason +
                          " (in the scene: source.crs, e.g. crs = \"EPSG:4544\")");
  l.table.crs = g.crs;
  l.report.warnings.push_back(path + ": no CRS given; " + g.reason);
}

// The source's own sector values as sector ids ([[layers]] sector_values).
void mapSectors(LoadedLayer& l) {
  if (l.spec->sectorValues.empty()) return;
  const int c = l.table.findColumn(l.spec->fields.sector);
  if (c >= 0) applySectorValues(l.table.columns[static_cast<size_t>(c)], l.spec->sectorValues);
}

// occupancy_unit = "percent": the occupancy column becomes a 0–1 rate here,
// once, so every reader of the role (styles, filters, stats) sees a rate.
void occupancyAsRate(LoadedLayer& l) {
  if (!l.spec->occupancyPercent || l.spec->fields.occupancy.empty()) return;
  const int c = l.table.findColumn(l.spec->fields.occupancy);
  if (c < 0) return;
  Column& col = l.table.columns[static_cast<size_t>(c)];
  std::vector<double> rate(col.size());
  for (size_t r = 0; r < col.size(); ++r) rate[r] = col.asReal(r) / 100.0;
  col.type = FieldType::Real;
  col.reals = std::move(rate);
  col.ints.clear();
  col.strings.clear();
  for (size_t r = 0; r < col.size(); ++r)
    if (std::isnan(col.reals[r])) col.null[r] = 1;
}

// Every field role the scene maps must exist in the source: a typo in a field
// name must not silently draw flat grey buildings.
void checkFieldRoles(const Scene& scene, size_t index, const LoadedLayer& l) {
  const FieldRoles& f = l.spec->fields;
  auto available = [&] {
    std::string s;
    for (const auto& c : l.table.columns) s += (s.empty() ? "" : ", ") + c.name;
    return s.empty() ? std::string("(none)") : s;
  };
  const std::string prefix = "layers[" + std::to_string(index) + "]";
  const std::string where = l.spec->derived.kind == DerivedKind::None
                                ? scene.resolve(l.spec->source.path)
                                : std::string("the ") + derivedKindName(l.spec->derived.kind) + " table derived from '" +
                                      l.spec->derived.from + "'";
  for (const FieldRoleDef& d : fieldRoleTable()) {
    const std::string& field = f.*d.member;
    if (field.empty() || l.table.findColumn(field) >= 0) continue;
    throw Error(scene.path,
                "field \"" + field + "\" not found in " + where +
                    " (layer " + l.table.layer + "); available fields: " + available(),
                prefix + ".fields." + d.key);
  }
  const std::string& cf = l.spec->style.colorField;
  if (!cf.empty() && l.table.findColumn(cf) < 0) {
    // colour_field may name a role instead of a column.
    if (roleField(f, cf).empty())
      throw Error(scene.path,
                  "field \"" + cf + "\" not found in " + where +
                      "; available fields: " + available(),
                  prefix + ".style.color_field");
  }
}

// Ring layers: every point becomes one polygon per radius (largest first, so
// smaller rings draw on top). Attributes are copied; radius_m is added.
FeatureTable makeRings(const FeatureTable& points, const std::vector<double>& radiiIn) {
  std::vector<double> radii = radiiIn;
  std::sort(radii.begin(), radii.end(), std::greater<>());
  FeatureTable out;
  out.source = points.source;
  out.layer = points.layer;
  out.crs = points.crs;
  std::vector<size_t> rowOf;
  for (double r : radii) {
    GeometryColumn g = geometry::bufferPoints(points.geom, r, 24);
    // Append g's features to out.geom, keeping the offset structure.
    for (size_t f = 0; f < g.featureCount(); ++f) {
      out.geom.beginFeature(g.kind[f]);
      for (uint32_t p = g.featurePart[f]; p < g.featurePart[f + 1]; ++p) {
        out.geom.beginPart();
        for (uint32_t r2 = g.partRing[p]; r2 < g.partRing[p + 1]; ++r2)
          out.geom.addRing(&g.coords[g.ringCoord[r2]], g.ringCoord[r2 + 1] - g.ringCoord[r2]);
      }
      out.geom.endFeature();
      rowOf.push_back(f);
    }
  }
  Column radius{"radius_m", FieldType::Real, {}, {}, {}, {}};
  for (double r : radii)
    for (size_t f = 0; f < points.size(); ++f) {
      radius.reals.push_back(r);
      radius.null.push_back(0);
    }
  for (const Column& c : points.columns) {
    Column nc{c.name, c.type, {}, {}, {}, {}};
    for (size_t row : rowOf) {
      nc.null.push_back(c.null[row]);
      if (c.type == FieldType::Integer) nc.ints.push_back(c.ints[row]);
      else if (c.type == FieldType::Real) nc.reals.push_back(c.reals[row]);
      else nc.strings.push_back(c.strings[row]);
    }
    out.columns.push_back(std::move(nc));
  }
  for (size_t row : rowOf) out.fid.push_back(row < points.fid.size() ? points.fid[row] : static_cast<int64_t>(row));
  out.columns.push_back(std::move(radius));
  return out;
}

}  // namespace

SceneData loadSceneData(Scene scene, const ProgressFn& progress, const std::atomic<bool>* cancel) {
  SceneData data;
  data.scene = std::move(scene);
  const Scene& s = data.scene;
  const size_t n = s.layers.size();
  data.layers.resize(n);
  const std::optional<double> quarter = sceneQuarter(s);  // a bad quarter fails before any reading
  // A bad scene CRS is the scene's fault, not the first source's: say so before any reading.
  try {
    (void)geo::crsName(s.crs);
  } catch (const Error& e) {
    throw Error(s.path, e.problem(), "scene.crs");
  }
  glm::dvec2 lo(std::numeric_limits<double>::max()), hi(std::numeric_limits<double>::lowest());
  for (size_t i = 0; i < n; ++i) {
    if (cancel && cancel->load()) throw Error(s.path, "loading cancelled");
    const LayerSpec& spec = s.layers[i];
    LoadedLayer& l = data.layers[i];
    l.spec = &spec;
    if (spec.derived.kind != DerivedKind::None) continue;  // computed below, from the layers it names
    const std::string path = s.resolve(spec.source.path);
    if (progress) progress(static_cast<float>(i) / static_cast<float>(n), "读取 " + spec.title + " (" + path + ")");
    if (spec.optional && !std::filesystem::exists(path) && path.find(':') == std::string::npos &&
        path.rfind("/vsi", 0) != 0) {
      // Context the scene can do without: left out, said once.
      l.table.layer = spec.source.layer;
      l.table.crs = s.crs;
      l.report.source = path;
      l.report.warnings.push_back(s.path + ": '" + "layers[" + std::to_string(i) + "].source' (" + spec.id +
                                  "): " + path + " not found; optional layer left out" +
                                  (path.find("/cache/") != std::string::npos ? " (made by scripts/prepare_data.sh)" : ""));
      continue;
    }
    try {
      l.table = io::readSource(spec.source, path, &l.report, cancel);
      if (l.table.crs.empty()) assumeCrs(path, l);
      // datum = "gcj02" is undone inside io::readSource, before repair.
      geo::reprojectTable(l.table, s.crs);
    } catch (const Error& e) {
      // The source's own message (file and key), under the scene and the layer's key.
      if (cancel && cancel->load()) throw;
      std::string what = e.what();
      if (path.find("/cache/") != std::string::npos && !std::filesystem::exists(path))
        what += " (geodata/cache/ is made by scripts/prepare_data.sh)";
      throw Error(s.path, what, "layers[" + std::to_string(i) + "].source");
    }
    checkFieldRoles(s, i, l);
    mapSectors(l);
    occupancyAsRate(l);
    if (spec.kind == LayerKind::Ring) {
      try {
        l.table = makeRings(l.table, spec.ringRadii);
      } catch (const Cancelled&) {
        throw;
      } catch (const Error& e) {  // GEOS's message names no file: the scene and the layer's key do
        throw Error(s.path, "ring buffers of " + path + ": " + e.what(), "layers[" + std::to_string(i) + "]");
      }
    }
    for (const auto& c : l.table.geom.coords) {
      lo = glm::min(lo, c);
      hi = glm::max(hi, c);
    }
  }
  if (lo.x <= hi.x) data.frame.origin = glm::round((lo + hi) * 0.5 / 1000.0) * 1000.0;
  // Derived layers (hex columns, cluster hulls, choropleths, ring statistics)
  // lie within the layers they come from, so the frame above already holds them.
  if (progress) progress(1.0f, "叠加分析");
  deriveLayers(data, quarter);
  for (size_t i = 0; i < n; ++i)
    if (s.layers[i].derived.kind != DerivedKind::None) checkFieldRoles(s, i, data.layers[i]);
  if (progress) progress(1.0f, "");
  return data;
}

std::vector<std::string> loadWarnings(const SceneData& data) {
  std::vector<std::string> out;
  for (size_t i = 0; i < data.layers.size(); ++i) {
    const LoadedLayer& l = data.layers[i];
    for (const auto& w : l.report.warnings) out.push_back(w);
    const LoadReport& r = l.report;
    const size_t skipped = r.skippedNull + r.skippedEmpty + r.skippedBad;
    if (skipped == 0) continue;
    std::string why;
    auto add = [&](size_t n, const char* what) {
      if (n) why += (why.empty() ? "" : ", ") + std::to_string(n) + " " + what;
    };
    add(r.skippedNull, "without geometry");
    add(r.skippedEmpty, "with an empty geometry");
    add(r.skippedBad, "invalid beyond repair or of an unsupported kind");
    out.push_back(data.scene.path + ": 'layers[" + std::to_string(i) + "]' (" + (l.spec ? l.spec->id : "") + ", " +
                  r.source + "): " + std::to_string(skipped) + " of " + std::to_string(r.read) +
                  " features skipped: " + why);
  }
  return out;
}

}  // namespace ps::data
