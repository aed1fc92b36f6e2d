#pragma once
// The sample's GeoPackage: its tables as layers of one file, written by
// io::writeLayers (atomic, never over an input; throws ps::Error naming the file)
// with the choices that make it reproducible: fixed gpkg_contents timestamps,
// Polygon / Point layers unless a feature has several parts, EPSG:4326 when a
// table has no CRS.
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
