#include "io/gdal_writer.h"

#include <filesystem>

#include <gdal.h>
#include <gtest/gtest.h>

#include "core/error.h"
#include "io/gdal_source.h"
#include "test_util.h"

using namespace ps;

TEST(GdalWriter, RoundTripsEveryDriver) {
  LoadReport rep;
  SourceSpec spec;
  FeatureTable src = io::readSource(spec, test::ioData("mixed.geojson"), &rep);
  // One kind per layer keeps the type tidy: the polygons only.
  FeatureTable polys = src;
  polys.geom.clear();
  for (auto& c : polys.columns) c = Column{c.name, c.type, {}, {}, {}, {}};
  polys.fid.clear();
  // Rebuild from the first three features (all polygons).
  for (size_t f = 0; f < 3; ++f) {
    polys.geom.beginFeature(GeomKind::Polygon);
    for (uint32_t p = src.geom.featurePart[f]; p < src.geom.featurePart[f + 1]; ++p) {
      polys.geom.beginPart();
      for (uint32_t r = src.geom.partRing[p]; r < src.geom.partRing[p + 1]; ++r)
        polys.geom.addRing(&src.geom.coords[src.geom.ringCoord[r]], src.geom.ringCoord[r + 1] - src.geom.ringCoord[r]);
    }
    polys.geom.endFeature();
    for (size_t i = 0; i < src.columns.size(); ++i) {
      const Column& s = src.columns[i];
      Column& d = polys.columns[i];
      d.null.push_back(s.null[f]);
      if (s.type == FieldType::Integer) d.ints.push_back(s.ints[f]);
      if (s.type == FieldType::Real) d.reals.push_back(s.reals[f]);
      if (s.type == FieldType::String) d.strings.push_back(s.strings[f]);
    }
  }

  for (const auto& [driver, ext] : std::vector<std::pair<std::string, std::string>>{
           {"GPKG", "gpkg"}, {"GeoJSON", "geojson"}, {"FlatGeobuf", "fgb"}, {"CSV", "csv"}}) {
    SCOPED_TRACE(driver);
    std::string dir = test::tmpPath("writer_" + ext);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    std::string out = dir + "/out." + ext;
    io::writeTable(polys, out, driver, "parcels", {{"source", "unit test"}});
    EXPECT_EQ(test::listDir(dir), std::set<std::string>{"out." + ext});  // no temporary left
    LoadReport r2;
    FeatureTable back = io::readSource(SourceSpec{}, out, &r2);
    ASSERT_EQ(back.size(), 3u);
    EXPECT_EQ(r2.repaired, 0u);
    if (driver != "CSV") {
      EXPECT_EQ(back.crs, "EPSG:4326");
    }
    EXPECT_EQ(test::partsOf(back.geom, 2), 2u);
    EXPECT_EQ(back.geom.coords.size(), polys.geom.coords.size());
    EXPECT_NEAR(back.geom.coords[0].x, polys.geom.coords[0].x, 1e-9);
    EXPECT_EQ(back.column("name")->asString(0), "带洞地块");
    EXPECT_DOUBLE_EQ(back.column("gfa")->asReal(0), 25000.5);
    EXPECT_TRUE(back.column("gfa")->isNull(1));
    if (driver == "GPKG") {
      GDALDatasetH ds = GDALOpenEx(out.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
      ASSERT_NE(ds, nullptr);
      const char* v = GDALGetMetadataItem(GDALDatasetGetLayer(ds, 0), "source", nullptr);
      EXPECT_STREQ(v, "unit test");
      GDALClose(ds);
    }
  }
}

TEST(GdalWriter, FailureLeavesNoTemporaryAndNamesThePath) {
  FeatureTable t;
  t.crs = "EPSG:4326";
  std::string dir = test::tmpPath("writer_fail");
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  try {
    io::writeTable(t, dir + "/x.gpkg", "NoSuchDriver", "l");
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("x.gpkg"), std::string::npos);
  }
  t.crs = "EPSG:999999";
  EXPECT_THROW(io::writeTable(t, dir + "/y.gpkg", "GPKG", "l"), Error);
  EXPECT_TRUE(test::listDir(dir).empty());
}

// A dataset read is an input with all its files: neither the GeoPackage nor a
// shapefile's .dbf can be written over, whatever the writer.
TEST(GdalWriter, RefusesToWriteOverAnyFileOfADatasetRead) {
  namespace fs = std::filesystem;
  const std::string dir = test::tmpPath("writer_inputs");
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (const char* ext : {".shp", ".shx", ".dbf", ".prj", ".cpg"})
    fs::copy_file(std::string(PARKSCAPE_TEST_DATA) + "/cli/gbk_cpg" + ext, dir + "/in" + ext);
  ASSERT_FALSE(io::listLayers(dir + "/in.shp").empty());
  FeatureTable t;
  t.crs = "EPSG:4326";
  const auto before = test::listDir(dir);
  for (const char* ext : {".shp", ".dbf", ".shx"}) {
    try {
      io::writeTable(t, dir + "/in" + ext, "GeoJSON", "l");
      ADD_FAILURE() << ext << " was written over";
    } catch (const Error& e) {
      EXPECT_NE(std::string(e.what()).find("refusing to overwrite an input"), std::string::npos) << e.what();
    }
  }
  EXPECT_EQ(test::listDir(dir), before);
  // A GeoPackage written, then read, is protected from then on.
  io::writeTable(t, dir + "/out.gpkg", "GPKG", "l");
  ASSERT_FALSE(io::listLayers(dir + "/out.gpkg").empty());
  EXPECT_THROW(io::writeTable(t, dir + "/out.gpkg", "GPKG", "l"), Error);
}
