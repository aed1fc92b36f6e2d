#pragma once
// Writes FeatureTables as the layers of one GeoPackage, atomically: a temp file
// in the destination's folder, renamed over `path` only once GDAL has closed it
// cleanly, so a reader never sees half a file. Throws ps::Error naming the file.
//
// Geometry type per layer: Point, or Polygon / MultiPolygon (MultiPolygon when
// any feature has more than one part). CRS from FeatureTable::crs ("EPSG:4326"
// is written in traditional lon/lat order). Integer columns become Integer64.
#include <map>
#include <string>
#include <vector>

#include "core/feature_table.h"

namespace ps::sample {

struct GpkgMetadata {
  std::map<std::string, std::string> dataset;                       // GDAL metadata items on the file
  std::map<std::string, std::map<std::string, std::string>> layer;  // layer name -> items
  std::map<std::string, std::string> description;                   // layer name -> gpkg_contents.description
};

void writeGeoPackage(const std::string& path, const std::vector<const FeatureTable*>& layers, const GpkgMetadata& meta);

}  // namespace ps::sample
