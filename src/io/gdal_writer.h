#pragma once
// The one GDAL writer: FeatureTables as the layers of one file (prepare-districts,
// the sample generator, siting exports). Written through ps::writeViaTemp, so it
// is atomic, never replaces an input, and on any failure throws
// ps::Error(path, problem) leaving an existing `path` untouched.
#include <string>
#include <utility>
#include <vector>

#include "core/feature_table.h"

namespace ps::io {

using MetadataItems = std::vector<std::pair<std::string, std::string>>;

struct LayerOut {
  const FeatureTable* table = nullptr;
  std::string name;
  MetadataItems metadata;   // layer metadata items (GPKG: gpkg_metadata); ignored by CSV
  std::string description;  // GPKG: gpkg_contents.description
};

struct WriteOptions {
  MetadataItems datasetMetadata;  // items on the file itself (GPKG)
  // Polygon / Point layers when no feature has several parts (Multi* otherwise);
  // without it polygon and line layers are always Multi*.
  bool singlePartWhenPossible = false;
  // GeoJSON: RFC 7946 (reprojected to WGS 84 by GDAL, no "name" member).
  bool rfc7946 = false;
  // GPKG: a fixed gpkg_contents.last_change, so the same tables give the same bytes.
  std::string timestamp;
  // Integer columns whose values all fit in 32 bits as Integer rather than Integer64
  // (the siting exports' rank and tie have always been 32-bit fields).
  bool narrowIntegers = false;
  // A table without a CRS gets this one ("" writes no SRS).
  std::string defaultCrs;
};

// driver: "GPKG", "GeoJSON", "CSV" (geometry as a WKT column) or "FlatGeobuf";
// only GPKG takes several layers. Geometry type per layer: MultiPolygon /
// MultiLineString / Point (MultiPoint when any feature has several points),
// see WriteOptions::singlePartWhenPossible; Unknown for mixed kinds. Rows keep
// their order (FlatGeobuf is written without its spatial index).
void writeLayers(const std::string& path, const std::string& driver, const std::vector<LayerOut>& layers,
                 const WriteOptions& options = {});

// One layer.
void writeTable(const FeatureTable& t, const std::string& path, const std::string& driver,
                const std::string& layerName, const MetadataItems& metadata = {}, const WriteOptions& options = {});

}  // namespace ps::io
