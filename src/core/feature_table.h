#pragma once
// FeatureTable: what a GDAL source becomes once read. Columnar, GeoArrow-like,
// so a million parcels are a handful of big arrays rather than millions of
// small allocations.
//
// Geometry layout for feature f:
//   parts  [geom.featurePart[f], geom.featurePart[f+1])
//   part p -> rings  [geom.partRing[p], geom.partRing[p+1])
//   ring r -> coords [geom.ringCoord[r], geom.ringCoord[r+1])
// Polygon parts: ring 0 is the shell, the others holes. Rings are stored open
// (the closing vertex equal to the first is dropped).
// Line parts: one ring, the line string. Point parts: one ring of one coord.
// Coordinates are (x, y) = (easting, northing) or (lon, lat): traditional GIS
// order whatever the CRS's official axis order.
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <glm/vec2.hpp>

namespace ps {

enum class GeomKind : uint8_t { None = 0, Point, Line, Polygon };

struct GeometryColumn {
  std::vector<GeomKind> kind;               // per feature
  std::vector<uint32_t> featurePart{0};     // size features+1
  std::vector<uint32_t> partRing{0};        // size parts+1
  std::vector<uint32_t> ringCoord{0};       // size rings+1
  std::vector<glm::dvec2> coords;

  size_t featureCount() const { return kind.size(); }
  size_t partCount() const { return partRing.size() - 1; }
  size_t ringCount() const { return ringCoord.size() - 1; }

  // Builders: beginFeature(kind); beginPart(); addRing(points...) ...; endFeature().
  void beginFeature(GeomKind k) { kind.push_back(k); }
  void beginPart() { partRing.push_back(partRing.back()); }
  void addRing(const glm::dvec2* pts, size_t n) {
    coords.insert(coords.end(), pts, pts + n);
    ringCoord.push_back(static_cast<uint32_t>(coords.size()));
    partRing.back() += 1;
  }
  void endFeature() { featurePart.push_back(static_cast<uint32_t>(partRing.size() - 1)); }
  void clear() { *this = GeometryColumn{}; }
};

enum class FieldType : uint8_t { Integer, Real, String };

struct Column {
  std::string name;
  FieldType type = FieldType::String;
  std::vector<int64_t> ints;        // used when type == Integer
  std::vector<double> reals;        // used when type == Real
  std::vector<std::string> strings; // used when type == String (UTF-8)
  std::vector<uint8_t> null;        // 1 = null, per row

  size_t size() const { return null.size(); }
  bool isNull(size_t row) const { return null[row] != 0; }
  bool numeric() const { return type != FieldType::String; }
  // Numeric value (NaN when null or not numeric-parsable).
  double asReal(size_t row) const;
  // Display value ("" when null).
  std::string asString(size_t row) const;
};

struct FeatureTable {
  std::string source;   // path or connection string it came from
  std::string layer;    // layer name within the source
  std::string crs;      // CRS of coords as WKT2 / "EPSG:xxxx" ("" = unknown)
  GeometryColumn geom;
  std::vector<int64_t> fid;  // source feature ids, per row
  std::vector<Column> columns;

  size_t size() const { return geom.featureCount(); }
  // Index of the column named `name` (exact, then case-insensitive), -1 if absent.
  int findColumn(std::string_view name) const;
  const Column* column(std::string_view name) const {
    int i = findColumn(name);
    return i < 0 ? nullptr : &columns[static_cast<size_t>(i)];
  }
};

// What happened while reading a source: shown by `parkscape info`, the CLI and the UI.
struct LoadReport {
  std::string source;
  std::string layer;
  std::string driver;
  size_t read = 0;           // features read from the source
  size_t kept = 0;           // features in the table
  size_t repaired = 0;       // invalid geometries made valid (GEOS MakeValid)
  size_t skippedNull = 0;    // features without geometry
  size_t skippedEmpty = 0;   // empty geometries
  size_t skippedBad = 0;     // unrepairable / unsupported geometries
  size_t nonUtf8 = 0;        // string values that were not valid UTF-8 (recoded or replaced)
  size_t removedPoints = 0;  // consecutive repeated vertices dropped
  std::map<std::string, size_t> geometryTypes;  // OGR type name -> count
  std::vector<std::string> warnings;
};

}  // namespace ps
