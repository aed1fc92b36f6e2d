#pragma once
// Test fixtures for analysis::: FeatureTables built by hand, a small
// synthetic city with known structure, and a GeoPackage writer so GDAL's
// SQLite/SpatiaLite SQL can recompute the same totals independently.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <glm/vec2.hpp>

#include "core/feature_table.h"

namespace fx {

// A cell value; default-constructed = null. (Not std::variant: GCC 12 warns
// maybe-uninitialized on its string alternative under -O2.)
struct Value {
  enum class Kind { Null, Int, Real, Text } kind = Kind::Null;
  int64_t i = 0;
  double d = 0;
  std::string s;
  Value() = default;
  Value(int64_t v) : kind(Kind::Int), i(v) {}
  Value(int v) : kind(Kind::Int), i(v) {}
  Value(double v) : kind(Kind::Real), d(v) {}
  Value(std::string v) : kind(Kind::Text), s(std::move(v)) {}
  Value(const char* v) : kind(Kind::Text), s(v) {}
};

inline ps::FeatureTable makeTable(const std::string& layer,
                                  const std::vector<std::pair<std::string, ps::FieldType>>& cols) {
  ps::FeatureTable t;
  t.layer = layer;
  t.source = "memory:" + layer;
  t.crs = "EPSG:4507";
  for (const auto& [name, type] : cols) {
    ps::Column c;
    c.name = name;
    c.type = type;
    t.columns.push_back(std::move(c));
  }
  return t;
}

inline void addValues(ps::FeatureTable& t, const std::vector<Value>& values) {
  t.fid.push_back(int64_t(t.fid.size()) + 1);
  for (size_t i = 0; i < t.columns.size(); ++i) {
    ps::Column& c = t.columns[i];
    const Value& v = i < values.size() ? values[i] : Value{};
    c.null.push_back(v.kind == Value::Kind::Null);
    switch (c.type) {
      case ps::FieldType::Integer: c.ints.push_back(v.i); break;
      case ps::FieldType::Real: c.reals.push_back(v.kind == Value::Kind::Int ? double(v.i) : v.d); break;
      case ps::FieldType::String: c.strings.push_back(v.s); break;
    }
  }
}

// Polygon with optional holes (rings open).
inline void addPolygon(ps::FeatureTable& t, const std::vector<std::vector<glm::dvec2>>& rings,
                       const std::vector<Value>& values) {
  t.geom.beginFeature(ps::GeomKind::Polygon);
  t.geom.beginPart();
  for (const auto& r : rings) t.geom.addRing(r.data(), r.size());
  t.geom.endFeature();
  addValues(t, values);
}

inline std::vector<glm::dvec2> rect(double x0, double y0, double x1, double y1) {
  return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
}

inline void addPoint(ps::FeatureTable& t, glm::dvec2 p, const std::vector<Value>& values) {
  t.geom.beginFeature(ps::GeomKind::Point);
  t.geom.beginPart();
  t.geom.addRing(&p, 1);
  t.geom.endFeature();
  addValues(t, values);
}

// Deterministic generator (tests must not depend on std:: distributions, which vary by library).
struct Lcg {
  uint64_t s;
  explicit Lcg(uint64_t seed) : s(seed) {}
  uint32_t next() {
    s = s * 6364136223846793005ull + 1442695040888963407ull;
    return uint32_t(s >> 33);
  }
  double uniform(double a, double b) { return a + (b - a) * (next() / 2147483648.0); }
  int below(int n) { return int(next() % uint32_t(n)); }
};

struct City {
  ps::FeatureTable districts, buildings, parks, universities, zones;
};

// Three districts (one with a hole), 12 parks, 600 buildings scattered over
// and beyond them, four campuses (two of one university 1.5 km apart), two
// overlapping zones.
City makeCity(int buildingCount = 600);

// Writes tables as layers of a new GeoPackage (EPSG:4507), replacing the file.
void writeGpkg(const std::string& path, const std::vector<const ps::FeatureTable*>& tables);

std::string tmpDir();

// Runs `sql` with GDAL's SQLite dialect (SpatiaLite functions available) on the
// GeoPackage and returns every row as doubles keyed by the first column's text.
struct SqlRow {
  std::string key;
  std::vector<double> values;
};
std::vector<SqlRow> sqlRows(const std::string& gpkg, const std::string& sql);

}  // namespace fx
