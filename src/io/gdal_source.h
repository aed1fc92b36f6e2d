#pragma once
// Reading any GDAL vector source into a FeatureTable: GeoJSON, Shapefile,
// GeoPackage, FlatGeobuf, KML, GML, CSV (WKT column or lon/lat columns),
// PostGIS ("PG:..."), anything else GDAL reads.
//
// Guarantees:
//  - the source is opened read-only and nothing is written beside it (no
//    .aux.xml, .gfs, spatial index);
//  - geometry is cleaned as io/ogr_geometry.h states: 2D, curves linearised,
//    rings open without repeated vertices, shells counter-clockwise and holes
//    clockwise, invalid polygons repaired with MakeValid; null, empty and
//    unrepairable geometries are skipped; all of it counted in the LoadReport;
//  - coordinates are in traditional GIS order (lon, lat) / (easting, northing);
//  - columns: Integer/Integer64 -> Integer, Real -> Real, everything else
//    String (dates as ISO 8601); text is UTF-8 (undeclared GBK/GB18030 is
//    recoded, other invalid bytes become U+FFFD; counted in report.nonUtf8 and
//    a warning names the file and field);
//  - table.crs = spec.crs when set, else the source's ("EPSG:n" when it has an
//    EPSG identity, else WKT2), else "" (unknown). CSV with lon/lat-range
//    coordinates and no CRS defaults to EPSG:4326;
//  - spec.datum == "gcj02": the GCJ-02 shift is undone here, on every vertex
//    before validation and repair, and table.crs becomes "EPSG:4326". Callers
//    must not undo it again.
// Errors are ps::Error(<path>, <problem incl. GDAL's message>): "file not found",
// "not a recognised vector format or corrupt file", "layer 'x' not found;
// layers: ...", "unknown CRS ...", "field 'x' not found; fields: ...".
// Thread-safe: any thread may read; each call has its own dataset handle.
#include <atomic>
#include <cstddef>
#include <string>
#include <vector>

#include "core/feature_table.h"
#include "io/gdal_writer.h"
#include "scene/scene.h"

namespace ps::io {

// `resolvedPath`: absolute path or connection string (Scene::resolve(spec.path)).
// `report` may be null. `cancel` is polled before every feature; when set the
// read stops with ps::Error(path, "loading cancelled").
FeatureTable readSource(const SourceSpec& spec, const std::string& resolvedPath, LoadReport* report,
                        const std::atomic<bool>* cancel = nullptr);

// How readSource works, never what it returns: every setting gives the same
// table and report (GDAL messages raised while reading ahead are listed after
// those raised while converting, and only that order can differ).
struct ReadTuning {
  // Read features on a helper thread while this one converts them
  // (io/feature_read_ahead.h). -1: when the layer reports >= readAheadMin
  // features and the machine has 2+ cores; 0: never; 1: always. Measured on
  // 2 shared cores: 1M GeoPackage parcels ~1.43 s instead of ~1.65-2.07 s;
  // at 100k no gain (within noise), hence the threshold.
  int readAhead = -1;
  long long readAheadMin = 200000;
  size_t readAheadBatch = 512;  // features per hand-over
};
FeatureTable readSource(const SourceSpec& spec, const std::string& resolvedPath, LoadReport* report,
                        const std::atomic<bool>* cancel, const ReadTuning& tuning);

// Layer names of a source, in order. Same errors as readSource.
std::vector<std::string> listLayers(const std::string& path);

}  // namespace ps::io
