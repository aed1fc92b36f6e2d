// The source policy: what a scene may make GDAL open (hardening).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/crs_text.h"
#include "../error_of.h"
#include "core/error.h"
#include "io/gdal_source.h"
#include "io/source_policy.h"
#include "test_util.h"

using namespace ps;
using namespace ps::io;

namespace {

using test::errorOf;

// Restores the default policy after a test changed it.
struct PolicyGuard {
  SourcePolicy saved = sourcePolicy();
  ~PolicyGuard() { setSourcePolicy(saved); }
};

}  // namespace

TEST(SourcePolicy, NetworkSourcesAreRecognisedAlsoWhenChained) {
  for (const char* p : {"http://example.org/a.geojson", "https://x/y.gpkg", "/vsicurl/http://x/a.fgb",
                        "/vsizip//vsicurl/http://x/a.zip/a.shp", "/VSIS3/bucket/a.gpkg", "PG:dbname=gis", "MySQL:db",
                        "WFS:http://x"})
    EXPECT_TRUE(isNetworkSource(p)) << p;
  for (const char* p : {"geodata/cache/sample_parks.gpkg", "/tmp/a.shp", "C:/data/a.gpkg", "/vsizip/local.zip/a.shp",
                        "高新/地块.shp"})
    EXPECT_FALSE(isNetworkSource(p)) << p;
}

TEST(SourcePolicy, NetworkIsOffByDefaultAndNeedsTheOptIn) {
  PolicyGuard g;
  setSourcePolicy(SourcePolicy{});
  const std::string e = errorOf([] { checkSourceAllowed("/vsicurl/http://127.0.0.1:9/a.geojson", "layers[0].source.path"); });
  EXPECT_NE(e.find("'layers[0].source.path'"), std::string::npos) << e;
  EXPECT_NE(e.find("--allow-network"), std::string::npos) << e;
  // Reading refuses before GDAL is asked anything.
  EXPECT_NE(errorOf([] { readSource(SourceSpec{}, "PG:dbname=x host=127.0.0.1", nullptr); }).find("network"), std::string::npos);
  SourcePolicy open;
  open.allowNetwork = true;
  setSourcePolicy(open);
  EXPECT_NO_THROW(checkSourceAllowed("PG:dbname=x"));
  EXPECT_NE(std::find(allowedDrivers().begin(), allowedDrivers().end(), "PostgreSQL"), allowedDrivers().end());
}

TEST(SourcePolicy, OnlyArchiveVirtualPaths) {
  EXPECT_NE(errorOf([] { checkSourceAllowed("/vsimem/a.gpkg"); }).find("/vsizip/"), std::string::npos);
  EXPECT_NE(errorOf([] { checkSourceAllowed("/vsistdin/"); }).find("/vsizip/"), std::string::npos);
  EXPECT_NO_THROW(checkSourceAllowed("/vsizip/a.zip/a.shp"));
}

TEST(SourcePolicy, DriversOutsideTheListAreRefused) {
  // An OGR VRT can point anywhere (other files, SQL, URLs): not a format a scene may use.
  const std::string dir = test::tmpPath("policy_vrt");
  std::filesystem::create_directories(dir);
  const std::string vrt = dir + "/a.vrt";
  std::ofstream(vrt) << "<OGRVRTDataSource><OGRVRTLayer name=\"p\"><SrcDataSource>" << test::ioData("parcels.geojson")
                     << "</SrcDataSource></OGRVRTLayer></OGRVRTDataSource>\n";
  const std::string e = errorOf([&] { readSource(SourceSpec{}, vrt, nullptr); });
  EXPECT_NE(e.find("a.vrt"), std::string::npos) << e;
  EXPECT_NE(e.find("not one Parkscape reads"), std::string::npos) << e;
}

TEST(SourcePolicy, WhereFiltersArePlainComparisons) {
  for (const char* ok : {"sector = 'digital' AND gfa > 1000", "name IN ('a', 'b''s')", "x IS NOT NULL",
                         "\"名称\" LIKE '高新%'", "floors BETWEEN 3 AND 12", "(a = 1 OR b <> 2) AND NOT c = -1.5e3", ""})
    EXPECT_FALSE(whereProblem(ok).has_value()) << ok;
  for (const char* bad : {"randomblob(1000000000) IS NOT NULL", "1 = 1; DROP TABLE parcels", "x = (SELECT 1)",
                          "x = 'unterminated", "(a = 1", "length (name) > 3"})
    EXPECT_TRUE(whereProblem(bad).has_value()) << bad;
  SourceSpec spec;
  spec.where = "randomblob(1000000000) IS NOT NULL";
  const std::string e = errorOf([&] { readSource(spec, test::ioData("parcels.gpkg"), nullptr); });
  EXPECT_NE(e.find("'where'"), std::string::npos) << e;
  EXPECT_NE(e.find("function call"), std::string::npos) << e;
}

TEST(SourcePolicy, CrsTextsThatWouldReadFilesOrUrlsAreRefused) {
  for (const char* ok : {"EPSG:4507", "ESRI:102100", "IAU_2015:30100", "urn:ogc:def:crs:EPSG::4326",
                         "+proj=tmerc +lon_0=105", "GEOGCRS[\"WGS 84\",DATUM[\"x\"]]", "PROJCS[\"x\"]", "{\"type\": \"GeographicCRS\"}"})
    EXPECT_FALSE(crsTextProblem(ok).has_value()) << ok;
  for (const char* bad : {"http://example.org/crs.prj", "/etc/passwd", "crs.prj", "EPSG:4507/../x", "", "file:///a"})
    EXPECT_TRUE(crsTextProblem(bad).has_value()) << bad;
  SourceSpec spec;
  spec.crs = "/etc/hostname";
  EXPECT_NE(errorOf([&] { readSource(spec, test::ioData("parcels.geojson"), nullptr); }).find("file names and URLs"),
            std::string::npos);
}
