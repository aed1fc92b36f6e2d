#pragma once
// Writing a FeatureTable with GDAL (prepare-districts, the sample generator,
// siting exports). Atomic: written to a temporary file in the target's folder,
// then renamed over `path`; on any failure the temporary is removed and
// ps::Error(path, problem) thrown, leaving an existing `path` untouched.
#include <string>
#include <utility>
#include <vector>

#include "core/feature_table.h"

namespace ps::io {

// driver: "GPKG", "GeoJSON", "CSV" (geometry as a WKT column) or "FlatGeobuf".
// Geometry type: MultiPolygon / MultiLineString / Point (MultiPoint when any
// feature has several points); Unknown for mixed kinds. t.crs may be "" (no SRS).
// Rows keep their order (FlatGeobuf is written without its spatial index).
// metadata: layer metadata items (GPKG stores them in gpkg_metadata); ignored by CSV.
void writeTable(const FeatureTable& t, const std::string& path, const std::string& driver,
                const std::string& layerName,
                const std::vector<std::pair<std::string, std::string>>& metadata = {});

}  // namespace ps::io
