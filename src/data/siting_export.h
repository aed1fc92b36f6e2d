#pragma once
// Siting results out of the program: a terminal table, JSON, CSV, GeoPackage
// and GeoJSON. Files go through ps::writeFileAtomic / io::writeTable: atomic,
// never over one of the inputs.
//
// Columns everywhere: rank, id, name_zh, name_en, park, zone, district, score,
// tie, c_<criterion> (points of the score) and raw_<criterion> for each
// criterion the demand uses, explain_zh, explain_en.
// CSV: UTF-8 with a byte-order mark (Excel needs it to read Chinese; QGIS and
// pandas skip it), comma-separated, RFC 4180 quoting, with x, y anchor
// coordinates in the scene CRS. GeoPackage: geometries in the scene CRS.
// GeoJSON: RFC 7946, reprojected to WGS 84 (EPSG:4326) by GDAL.
#include <string>

#include "analysis/siting/engine.h"

namespace ps::siting {

std::string formatTable(const SitingResult& r, bool zh = true);
std::string formatJson(const SitingResult& r);
// The bytes writeCsv writes.
std::string formatCsv(const SitingResult& r, const SitingIndex& index);

// By extension: .csv, .gpkg, .geojson / .json. Throws ps::Error naming the path.
void writeResult(const SitingResult& r, const SitingIndex& index, const std::string& path);
void writeCsv(const SitingResult& r, const SitingIndex& index, const std::string& path);
// driver: "GPKG" or "GeoJSON".
void writeVector(const SitingResult& r, const SitingIndex& index, const std::string& path, const std::string& driver);

}  // namespace ps::siting
