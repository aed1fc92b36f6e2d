#pragma once
// The municipality the sample is drawn in: Chengdu's 20 district polygons
// (geodata/cache/chengdu_districts.gpkg, made by `parkscape prepare-districts`
// from the real boundaries). A park's `district` is the polygon its centre
// stands in, never a name copied from its anchor; nothing is placed outside.
#include <string>
#include <vector>

#include <glm/vec2.hpp>

#include "core/feature_table.h"
#include "geometry/planar.h"

namespace ps::sample {

class Municipality {
 public:
  // Takes a districts table (EPSG:4326 polygons) and the name of its Chinese-name column.
  // Throws ps::Error naming the table's source and the column when it is missing or the table is empty.
  Municipality(FeatureTable districts, const std::string& nameField = "name_zh");

  // The district whose polygon holds lon/lat, "" outside the municipality.
  const std::string& districtAt(glm::dvec2 lonLat) const;
  bool contains(glm::dvec2 lonLat) const { return !districtAt(lonLat).empty(); }
  const std::vector<std::string>& districtNames() const { return names_; }
  const FeatureTable& table() const { return table_; }
  // The union of the districts: one Polygon feature (feature 0).
  const GeometryColumn& outline() const { return outline_; }

 private:
  FeatureTable table_;
  std::vector<std::string> names_;
  std::vector<geometry::Box> boxes_;
  GeometryColumn outline_;
};

// Reads the districts GeoPackage (layer "districts"). Throws ps::Error naming the file.
Municipality readMunicipality(const std::string& gpkgPath);

}  // namespace ps::sample
