// libFuzzer target: arbitrary bytes as a GIS file, read by io::readSource as
// a scene's source would be (same cleaning, repair and limits). The bytes go
// to GDAL through an in-memory file (/vsimem/), so nothing touches the disk:
//   fuzz_geojson    the bytes are a .geojson file;
//   fuzz_gpkg       the bytes are a GeoPackage (SQLite database);
//   fuzz_shapefile  the bytes are the files of one Shapefile, each as a
//                   4-byte extension ("shp\0", "shx\0", "dbf\0", "prj\0",
//                   "cpg\0"), a 4-byte little-endian length and the bytes
//                   (make_corpus.py packs the repository's Shapefiles so).
// A source reads or throws ps::Error; anything else is a finding.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_vsi.h>

#include "core/error.h"
#include "core/feature_table.h"
#include "io/gdal_source.h"
#include "io/source_policy.h"
#include "scene/scene.h"

namespace {

#if defined(PS_FUZZ_FORMAT_geojson)
const char* const kOpen = "/vsimem/fuzz.geojson";
#elif defined(PS_FUZZ_FORMAT_gpkg)
const char* const kOpen = "/vsimem/fuzz.gpkg";
#else
const char* const kOpen = "/vsimem/fuzz.shp";
#define PS_FUZZ_PACKED 1
#endif

#if defined(PS_FUZZ_PACKED)
// The pieces of a packed Shapefile as /vsimem/fuzz.<ext>; the names made.
std::vector<std::string> unpack(const uint8_t* data, size_t size) {
  std::vector<std::string> made;
  size_t at = 0;
  while (size - at >= 8) {
    char ext[4];
    std::memcpy(ext, data + at, 4);
    uint32_t len = 0;
    for (int i = 0; i < 4; ++i) len |= static_cast<uint32_t>(data[at + 4 + i]) << (8 * i);
    at += 8;
    len = static_cast<uint32_t>(std::min<size_t>(len, size - at));
    bool known = false;
    for (const char* k : {"shp", "shx", "dbf", "prj", "cpg"}) known = known || std::memcmp(ext, k, 4) == 0;
    if (known) {
      std::string name = std::string("/vsimem/fuzz.") + ext;
      VSILFILE* f = VSIFileFromMemBuffer(name.c_str(), const_cast<GByte*>(data + at), len, FALSE);
      if (f) {
        VSIFCloseL(f);
        made.push_back(std::move(name));
      }
    }
    at += len;
  }
  return made;
}
#endif

bool setUp() {
  ps::io::SourcePolicy p = ps::io::sourcePolicy();
  p.allowMemoryFiles = true;
  ps::io::setSourcePolicy(p);
  CPLSetErrorHandler(CPLQuietErrorHandler);
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const bool ready = setUp();
  (void)ready;
#if defined(PS_FUZZ_FORMAT_shapefile)
  const std::vector<std::string> made = unpack(data, size);
#else
  VSILFILE* f = VSIFileFromMemBuffer(kOpen, const_cast<GByte*>(data), static_cast<vsi_l_offset>(size), FALSE);
  if (!f) return 0;
  VSIFCloseL(f);
  const std::vector<std::string> made = {kOpen};
#endif
  try {
    ps::SourceSpec spec;
    spec.path = kOpen;
    ps::LoadReport rep;
    const ps::FeatureTable t = ps::io::readSource(spec, kOpen, &rep);
    if (t.geom.featureCount() != rep.kept) __builtin_trap();
  } catch (const ps::Error&) {
  }
  for (const std::string& name : made) VSIUnlink(name.c_str());
  return 0;
}
