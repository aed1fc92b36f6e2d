#pragma once
// A scene file (TOML, schema in docs/SCENE.md): sources, layer kinds, field
// roles, styles, the initial camera. Pure data; loading it touches no GDAL or GL.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec4.hpp>

#include "scene/point_shape.h"

namespace ps {

using Rgba = glm::vec4;  // linear 0..1 components, straight alpha

// Where features come from. `path` is resolved against the scene file's folder
// unless absolute or a GDAL connection string ("PG:...", "/vsi...").
struct SourceSpec {
  std::string path;
  std::string layer;        // "" = first layer
  std::string datum;        // "" / "wgs84" / "cgcs2000" or "gcj02" (Chinese web-map shift, undone on load)
  std::string crs;          // override the source's CRS ("EPSG:4326"); "" = use the source's
  std::string x, y;         // CSV point columns (lon/lat) when the source has no geometry
  std::string wkt;          // CSV WKT geometry column
  std::string where;        // optional OGR attribute filter
};

enum class LayerKind { Fill, Extrusion, Line, Point, Label, Ring };

// Which source field plays which role. Any may be empty ("not mapped").
struct FieldRoles {
  std::string name;         // display name (Chinese where the data has it)
  std::string nameEn;
  std::string id;
  std::string sector;       // sector id or name (core/sectors.h)
  std::string subSector;
  std::string height;       // metres
  std::string floors;       // storeys; height = floors * floorHeight when `height` is absent
  std::string gfa;          // gross floor area, m²
  std::string vacant;       // vacant area, m²
  std::string occupancy;    // 0..1 occupancy rate
  std::string tenants;
  std::string park;
  std::string district;
  std::string status;       // park status: operating / under_construction / planned / watch
  std::string carrierRole;  // 建圈强链 carrier role: main / co_carrier
};

enum class ColorMode { Single, Category, Ramp };

struct StyleSpec {
  ColorMode colorMode = ColorMode::Single;
  Rgba color{0.6f, 0.6f, 0.6f, 1.0f};
  std::string colorField;                   // field (or role name) for Category / Ramp
  std::map<std::string, Rgba> categories;   // value -> colour; "sector" palette when colorField maps to sector and this is empty
  std::map<std::string, std::pair<std::string, std::string>> categoryLabels;  // value -> (zh, en) legend text
  std::vector<Rgba> ramp;                   // >= 2 stops, evenly spaced over [rampMin, rampMax]
  double rampMin = 0, rampMax = 1;
  float opacity = 1.0f;
  std::optional<Rgba> outline;              // outline colour for fills/extrusions
  float outlineWidth = 1.0f;                // pixels
  float heightScale = 1.0f;                 // extrusion: metres multiplier
  double defaultHeight = 10.0;              // extrusion: when no height/floors value
  double floorHeight = 4.0;                 // extrusion: metres per storey
  bool heightFromGfa = false;               // extrusion: no height / floors value: GFA ÷ footprint area storeys
  float pointSize = 8.0f;                   // points, pixels
  float labelSize = 16.0f;                  // labels, pixels
  double labelMaxDistance = 0;              // labels only while the camera is nearer than this (m); 0 = always
  int labelPriority = 0;                    // labels of a higher priority win collisions first; equal: file order
  Rgba labelColor{0.1f, 0.1f, 0.1f, 1.0f};
  Rgba haloColor{1.0f, 1.0f, 1.0f, 0.85f};
  bool outlineMatch = false;                // outline = "match": each feature's outline in its own colour
  bool occupancyFilled = false;             // extrusion: occupancy = "filled": occupied floors solid, vacant translucent
  float vacantOpacity = 0.3f;               // ... opacity of the vacant part
  // Point layers: the symbol of every feature (`shape`), or per colour category
  // (`shapes`, colour mode "category" only: value -> symbol; values not listed get `shape`).
  PointShape shape = PointShape::Circle;
  std::map<std::string, PointShape> shapes;
  // ... or keyed on another field's values (`shape_field`, e.g. the carrier role);
  // the fill of the symbol by a field's values (`fill_field` + `fills`, e.g. the
  // park status: scene/point_shape.h PointFill); the legend's words for those
  // values (`symbol_labels`, value -> [zh, en]).
  std::string shapeField;
  std::string fillField;
  std::map<std::string, PointFill> fills;
  std::map<std::string, std::pair<std::string, std::string>> symbolLabels;
};

// Derived layers: computed at load time from another layer by the analysis
// functions (src/app/overlays/), then drawn like any other layer.
enum class DerivedKind { None, Hexbin, Clusters, Choropleth, RingStats };

// What a derived layer's parameters may be: the same bounds for a scene file
// and for the viewer's sliders (a 1 m hexagon over a city is millions of
// cells; DBSCAN with eps = 100 km is one cluster and quadratic work).
struct DerivedLimits {
  static constexpr double kHexMin = 250, kHexMax = 5000;  // m, circumradius
  static constexpr double kEpsMin = 100, kEpsMax = 3000;  // m
  static constexpr int kMinPointsMin = 2, kMinPointsMax = 50;
  static constexpr int kClassesMin = 2, kClassesMax = 9;
  static constexpr double kHullBufferMax = 2000;          // m
};

// How big a scene may be: 10,000 layers took 141 s to load (each layer opens
// its source, reprojects and builds its own buffers), and a legend of more than
// a few dozen entries is unreadable anyway. Checked before any layer is read.
struct SceneLimits {
  static constexpr size_t kMaxLayers = 256;
};

struct DerivedSpec {
  DerivedKind kind = DerivedKind::None;
  std::string from;                 // layer id the features come from (buildings)
  std::string regions;              // choropleth: polygon layer id (default "districts"); ring_stats: campus layer id (default "universities")
  // hexbin
  double hexSize = 500;             // m, circumradius
  bool heightByCount = false;       // height_by = "count" (else "gfa")
  double hexHeightScale = 0.001;    // m of column per m² (or per building)
  std::string shareOf;              // sector id: colour by that sector's GFA share (ramp) instead of the dominant sector
  // clusters
  double eps = 800;                 // m
  int minPoints = 5;
  bool concave = true;              // hull = "concave" | "convex"
  double hullBuffer = 60;           // m
  // choropleth
  std::string metric = "gfa";       // gfa | vacant | vacancy | parks | buildings | share:<sector>
  int classes = 5;
  bool quantile = true;             // method = "quantile" | "equal_interval"
  // ring_stats: ring_radii of the layer; merge campuses of one university
  bool mergeRings = false;
};

// A legend entry computed at load (choropleth classes, hex columns, occupancy parts).
struct LegendItem {
  std::string label, labelEn;
  Rgba color{0.6f, 0.6f, 0.6f, 1.0f};
};

struct LayerSpec {
  std::string id;                   // unique within the scene
  std::string title;                // Chinese title shown in legend
  std::string titleEn;
  LayerKind kind = LayerKind::Fill;
  SourceSpec source;
  FieldRoles fields;
  StyleSpec style;
  bool visible = true;
  bool sample = false;              // synthetic data: legend and attribution say "sample data"
  bool approximate = false;         // real places, approximate positions/outlines
  bool optional = false;            // context: a missing source file leaves the layer out with a warning
  std::vector<double> ringRadii;    // Ring layers: buffer radii in metres around each point
  double minDistance = 0;           // shown only while the camera is at least this far (m)
  double maxDistance = 0;           // ... and nearer than this (m; 0 = no limit)
  double lodDistance = 40000;       // extrusions: beyond this, flat footprints instead of prisms
  std::string labelField;           // Label layers / labels on other layers ("" = fields.name)
  std::string attribution;          // credit line for this layer's data
  // occupancy_unit = "percent": the occupancy field holds 0–100 (入驻率 85),
  // read as a 0–1 rate when the layer loads. Default "rate" (0–1).
  bool occupancyPercent = false;
  DerivedSpec derived;              // kind = hexbin / clusters / choropleth / ring_stats (drawn as extrusion / fill)
  // Filled at load by derived layers and occupancy display: when non-empty the
  // legend shows these entries (and the note) instead of the style's own rule.
  std::vector<LegendItem> legend;
  std::string legendNote, legendNoteEn;
  // The source's own sector values mapped onto sector ids (scene/sector_values.h),
  // applied to the sector field when the layer loads: "生物医药" -> "bio".
  std::map<std::string, std::string> sectorValues;
};

struct CameraSpec {
  glm::dvec2 center{104.06, 30.66};  // lon, lat (WGS84)
  double distance = 60000;           // metres from eye to center
  double pitch = 45;                 // degrees from vertical (0 = straight down)
  double bearing = 0;                // degrees clockwise from north
  double fovY = 35;                  // degrees
};

// What the viewer saves beyond camera and layer styles ([session] table,
// optional): filters, selection and UI language. Viewer-owned semantics
// (app/viewer_commands.h); the parser only checks types.
struct SessionSpec {
  std::vector<std::string> hiddenSectors;     // sector ids switched off
  std::vector<std::string> hiddenSubSectors;  // sub-sector ids switched off
  std::optional<glm::dvec2> gfaRange, occupancyRange, floorsRange;  // enabled range filters [lo, hi]
  bool hideFiltered = false;                  // filtered-out features hidden (else faded)
  std::vector<std::pair<std::string, int64_t>> selection;  // (layer id, source fid)
  std::string language;                       // "zh", "en" or "" (unchanged)
  bool empty() const {
    return hiddenSectors.empty() && hiddenSubSectors.empty() && !gfaRange && !occupancyRange && !floorsRange &&
           !hideFiltered && selection.empty() && language.empty();
  }
};

struct Scene {
  std::string path;                  // the scene file (absolute)
  std::string dir;                   // its folder, for relative source paths
  std::string title, titleEn;
  std::string crs = "EPSG:4507";     // scene (projected, metres) CRS
  CameraSpec camera;
  Rgba background{0.93f, 0.94f, 0.95f, 1.0f};
  std::vector<LayerSpec> layers;
  std::vector<std::string> attribution;
  SessionSpec session;
  std::string quarter;               // occupancy at this quarter ("2025Q2" or a fractional index "6.5"); "" = now

  // Absolute path or connection string for a source path.
  std::string resolve(const std::string& sourcePath) const;
};

// Parses and validates a scene file. Throws ps::Error naming the file, the key
// and the problem (unknown key, wrong type, impossible value, missing field...).
Scene loadScene(const std::string& path);
Scene parseScene(const std::string& tomlText, const std::string& path);
// Writes the scene back (atomic: temp file then rename).
void saveScene(const Scene& scene, const std::string& path);
// The TOML saveScene writes, with source paths relative to `dir`.
std::string sceneText(const Scene& scene, const std::string& dir);

const char* layerKindName(LayerKind k);
// "hexbin", "clusters", "choropleth", "ring_stats"; "" for None.
const char* derivedKindName(DerivedKind k);

}  // namespace ps
