#include "io/gdal_source.h"

#include <atomic>
#include <cmath>
#include <fstream>
#include <thread>

#include <gtest/gtest.h>

#include "core/error.h"
#include "test_util.h"

using namespace ps;
using ps::test::ioData;

namespace {

FeatureTable read(const std::string& file, LoadReport* rep = nullptr, SourceSpec spec = {}) {
  spec.path = ioData(file);
  return io::readSource(spec, spec.path, rep);
}

std::string errorOf(const std::string& path, SourceSpec spec = {}) {
  try {
    io::readSource(spec, path, nullptr);
  } catch (const Error& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST(GdalSource, GeoJsonMixedCountsRepairsAndCleans) {
  LoadReport rep;
  FeatureTable t = read("mixed.geojson", &rep);
  EXPECT_EQ(rep.driver, "GeoJSON");
  EXPECT_EQ(rep.read, 7u);
  EXPECT_EQ(rep.kept, 5u);
  EXPECT_EQ(rep.repaired, 1u);      // the bowtie
  EXPECT_EQ(rep.skippedNull, 1u);
  EXPECT_EQ(rep.skippedEmpty, 1u);
  EXPECT_EQ(rep.skippedBad, 0u);
  EXPECT_EQ(rep.removedPoints, 2u); // one in the multipolygon, one in the line
  EXPECT_EQ(rep.geometryTypes["POLYGON"], 2u);
  EXPECT_EQ(rep.geometryTypes["GEOMETRYCOLLECTION"], 1u);
  EXPECT_EQ(rep.geometryTypes["MULTIPOLYGON"], 1u);
  EXPECT_EQ(rep.geometryTypes["LINESTRING"], 1u);
  EXPECT_EQ(rep.geometryTypes["POINT"], 1u);
  EXPECT_EQ(t.crs, "EPSG:4326");
  ASSERT_EQ(t.size(), 5u);
  ASSERT_EQ(t.fid.size(), 5u);

  const GeometryColumn& g = t.geom;
  // Feature 0: shell (given clockwise) + hole (given counter-clockwise), stored open.
  EXPECT_EQ(g.kind[0], GeomKind::Polygon);
  ASSERT_EQ(test::partsOf(g, 0), 1u);
  size_t r0 = test::firstRing(g, 0);
  EXPECT_EQ(g.partRing[g.featurePart[0] + 1] - r0, 2u);
  EXPECT_EQ(test::ringSize(g, r0), 4u);
  EXPECT_EQ(test::ringSize(g, r0 + 1), 4u);
  EXPECT_GT(test::ringSignedArea(g, r0), 0.0);
  EXPECT_LT(test::ringSignedArea(g, r0 + 1), 0.0);
  EXPECT_NEAR(test::ringSignedArea(g, r0), 1e-4, 1e-12);
  // Lon/lat order kept.
  EXPECT_NEAR(g.coords[g.ringCoord[r0]].x, 104.0, 0.011);
  EXPECT_NEAR(g.coords[g.ringCoord[r0]].y, 30.0, 0.011);

  // Feature 1: two parts; the repeated vertex is gone.
  EXPECT_EQ(test::partsOf(g, 1), 2u);
  EXPECT_EQ(test::ringSize(g, g.partRing[g.featurePart[1] + 1]), 4u);

  // Feature 2: the bowtie, made valid: two triangles, both counter-clockwise.
  EXPECT_EQ(g.kind[2], GeomKind::Polygon);
  ASSERT_EQ(test::partsOf(g, 2), 2u);
  for (uint32_t p = g.featurePart[2]; p < g.featurePart[3]; ++p) {
    EXPECT_EQ(test::ringSize(g, g.partRing[p]), 3u);
    EXPECT_NEAR(test::ringSignedArea(g, g.partRing[p]), 0.25e-4, 1e-10);
  }

  // Feature 3: the line, 2D, 3 distinct vertices. Feature 4: the point.
  EXPECT_EQ(g.kind[3], GeomKind::Line);
  EXPECT_EQ(test::ringSize(g, test::firstRing(g, 3)), 3u);
  EXPECT_EQ(g.kind[4], GeomKind::Point);
  EXPECT_DOUBLE_EQ(g.coords[g.ringCoord[test::firstRing(g, 4)]].x, 104.06);
  EXPECT_DOUBLE_EQ(g.coords[g.ringCoord[test::firstRing(g, 4)]].y, 30.66);

  // Typed columns, nulls, dates as ISO strings, UTF-8 names.
  const Column* name = t.column("name");
  const Column* floors = t.column("floors");
  const Column* gfa = t.column("gfa");
  const Column* opened = t.column("opened");
  ASSERT_TRUE(name && floors && gfa && opened);
  EXPECT_EQ(name->type, FieldType::String);
  EXPECT_EQ(floors->type, FieldType::Integer);
  EXPECT_EQ(gfa->type, FieldType::Real);
  EXPECT_EQ(name->strings[0], "带洞地块");
  EXPECT_EQ(floors->ints[0], 12);
  EXPECT_DOUBLE_EQ(gfa->reals[0], 25000.5);
  EXPECT_TRUE(gfa->isNull(1));
  EXPECT_EQ(opened->asString(0), "2023-05-01");
  EXPECT_TRUE(floors->isNull(3));  // the road
  EXPECT_EQ(name->size(), 5u);
}

TEST(GdalSource, ReadsEveryFormatAlike) {
  for (const char* f : {"parcels.geojson", "parcels.gpkg", "parcels.fgb", "parcels.kml", "parcels.gml"}) {
    SCOPED_TRACE(f);
    LoadReport rep;
    FeatureTable t = read(f, &rep);
    ASSERT_EQ(t.size(), 2u);
    EXPECT_EQ(rep.kept, 2u);
    EXPECT_EQ(t.crs, "EPSG:4326");
    // FlatGeobuf's spatial index may reorder features: find the row by name.
    const Column* name = t.column("name");
    ASSERT_NE(name, nullptr);
    size_t row = name->asString(0) == "高新区A地块" ? 0 : 1;
    EXPECT_EQ(name->asString(row), "高新区A地块");
    EXPECT_EQ(t.geom.kind[row], GeomKind::Polygon);
    const size_t ring = test::firstRing(t.geom, row);
    const glm::dvec2 p = t.geom.coords[t.geom.ringCoord[ring]];
    EXPECT_NEAR(p.x, 104.065, 0.006);  // lon first whatever the format's axis order
    EXPECT_NEAR(p.y, 30.555, 0.006);
    EXPECT_GT(test::ringSignedArea(t.geom, ring), 0.0);
  }
}

TEST(GdalSource, GmlWritesNoGfsBesideTheSource) {
  auto before = test::listDir(std::string(PARKSCAPE_TEST_DATA) + "/io");
  LoadReport rep;
  read("parcels.gml", &rep);
  EXPECT_EQ(rep.driver, "GML");
  EXPECT_EQ(test::listDir(std::string(PARKSCAPE_TEST_DATA) + "/io"), before);
}

TEST(GdalSource, ShapefileGbkWithCpgComesOutUtf8) {
  LoadReport rep;
  FeatureTable t = read("gbk_cpg.shp", &rep);
  EXPECT_EQ(rep.nonUtf8, 0u);
  EXPECT_EQ(t.column("name")->strings[0], "高新区A地块");
  EXPECT_EQ(t.column("id")->type, FieldType::Integer);
}

TEST(GdalSource, ShapefileGbkWithoutCpgIsRecodedAndWarned) {
  // Copy without the .cpg into the tmp folder.
  std::string dir = test::tmpPath("gbk_nocpg");
  std::filesystem::create_directories(dir);
  for (const char* ext : {".shp", ".shx", ".dbf", ".prj"})
    std::filesystem::copy_file(ioData(std::string("gbk_cpg") + ext), dir + "/gbk" + ext,
                               std::filesystem::copy_options::overwrite_existing);
  LoadReport rep;
  FeatureTable t = io::readSource(SourceSpec{}, dir + "/gbk.shp", &rep);
  EXPECT_EQ(rep.nonUtf8, 1u);
  EXPECT_EQ(t.column("name")->strings[0], "高新区A地块");
  ASSERT_EQ(rep.warnings.size(), 1u);
  EXPECT_NE(rep.warnings[0].find("gbk.shp"), std::string::npos);
  EXPECT_NE(rep.warnings[0].find("'name'"), std::string::npos);
}

// A zip made on Windows: the Shapefile's own name is GBK bytes. The layer is
// listed under its UTF-8 name and found by it (it used to say "'高新': layer
// not found; layers: 高新").
TEST(GdalSource, ShapefileWithGbkFileNameIsFoundByItsUtf8Name) {
  const std::string dir = test::tmpPath("gbk_name");
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::string gbk = "\xB8\xDF\xD0\xC2";  // 高新 in GBK
  for (const char* ext : {".shp", ".shx", ".dbf", ".prj", ".cpg"})
    std::filesystem::copy_file(ioData(std::string("gbk_cpg") + ext), dir + "/" + gbk + ext);
  EXPECT_EQ(io::listLayers(dir), std::vector<std::string>{"高新"});
  SourceSpec spec;
  spec.layer = "高新";
  FeatureTable t = io::readSource(spec, dir, nullptr);
  ASSERT_EQ(t.size(), read("gbk_cpg.shp", nullptr).size());
  EXPECT_EQ(t.column("name")->strings[0], "高新区A地块");
}

TEST(GdalSource, ProjectedShapefileKeepsEastingNorthing) {
  FeatureTable t = read("parcels_4544.shp");
  EXPECT_EQ(t.crs, "EPSG:4544");
  // 104.06E 30.55N in CM 105E Gauss-Kruger: east of the 500 km false easting? no, west: ~410 km.
  EXPECT_NEAR(t.geom.coords[0].x, 410000, 2000);
  EXPECT_NEAR(t.geom.coords[0].y, 3381000, 2000);
}

TEST(GdalSource, CsvLonLatAutoDetected) {
  LoadReport rep;
  FeatureTable t = read("points.csv", &rep);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t.crs, "EPSG:4326");
  EXPECT_EQ(t.geom.kind[0], GeomKind::Point);
  EXPECT_DOUBLE_EQ(t.geom.coords[0].x, 104.0837);
  EXPECT_DOUBLE_EQ(t.geom.coords[0].y, 30.6302);
  EXPECT_EQ(t.findColumn("lon"), -1);  // consumed into the geometry
  EXPECT_EQ(t.column("name")->strings[1], "电子科大");
  EXPECT_EQ(t.column("beds")->type, FieldType::Integer);
  EXPECT_TRUE(t.column("beds")->isNull(1));
}

TEST(GdalSource, CsvNamedColumns) {
  SourceSpec spec;
  spec.x = "east_deg";
  spec.y = "north_deg";
  FeatureTable t = read("points_custom.csv", nullptr, spec);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_DOUBLE_EQ(t.geom.coords[1].x, 104.1);
  EXPECT_DOUBLE_EQ(t.geom.coords[1].y, 30.6);
}

TEST(GdalSource, CsvMissingNamedColumnListsFields) {
  SourceSpec spec;
  spec.x = "lng_wrong";
  spec.y = "north_deg";
  std::string msg = errorOf(ioData("points_custom.csv"), spec);
  EXPECT_NE(msg.find("points_custom.csv"), std::string::npos) << msg;
  EXPECT_NE(msg.find("lng_wrong"), std::string::npos) << msg;
  EXPECT_NE(msg.find("east_deg"), std::string::npos) << msg;  // the list of fields
}

TEST(GdalSource, CsvWkt) {
  LoadReport rep;
  FeatureTable t = read("wkt.csv", &rep);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t.geom.kind[0], GeomKind::Polygon);
  EXPECT_EQ(t.geom.kind[1], GeomKind::Line);
  EXPECT_EQ(t.crs, "EPSG:4326");
  EXPECT_EQ(t.findColumn("WKT"), -1);
  EXPECT_EQ(t.column("name")->strings[0], "square");
}

TEST(GdalSource, CrsOverrideAndWhere) {
  SourceSpec spec;
  spec.crs = "EPSG:4490";
  spec.where = "id = 2";
  FeatureTable t = read("parcels.gpkg", nullptr, spec);
  EXPECT_EQ(t.crs, "EPSG:4490");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t.column("name")->strings[0], "Tianfu B");
}

TEST(GdalSource, Gcj02DatumIsUndoneOnLoad) {
  SourceSpec spec;
  spec.datum = "gcj02";
  FeatureTable t = read("mixed.geojson", nullptr, spec);
  FeatureTable raw = read("mixed.geojson");
  size_t pt = t.geom.ringCoord[test::firstRing(t.geom, 4)];
  glm::dvec2 d = raw.geom.coords[pt] - t.geom.coords[pt];
  // GCJ-02 is ~+0.0025 deg east, ~-0.0025 deg north of WGS84 here: undoing it moves west and north.
  EXPECT_GT(d.x, 0.002);
  EXPECT_LT(d.y, -0.002);
  EXPECT_EQ(t.crs, "EPSG:4326");
}

TEST(GdalSource, Errors) {
  std::string m = errorOf(ioData("nope.gpkg"));
  EXPECT_NE(m.find("nope.gpkg"), std::string::npos);
  EXPECT_NE(m.find("file not found"), std::string::npos);

  std::string garbage = test::tmpPath("garbage.gpkg");
  std::ofstream(garbage) << "this is not a geopackage at all\n";
  m = errorOf(garbage);
  EXPECT_NE(m.find("garbage.gpkg"), std::string::npos) << m;
  EXPECT_NE(m.find("not a recognised vector format"), std::string::npos) << m;

  SourceSpec spec;
  spec.layer = "buildings";
  m = errorOf(ioData("parcels.gpkg"), spec);
  EXPECT_NE(m.find("'buildings'"), std::string::npos) << m;
  EXPECT_NE(m.find("layers: parcels"), std::string::npos) << m;

  SourceSpec badCrs;
  badCrs.crs = "EPSG:999999";
  m = errorOf(ioData("parcels.gpkg"), badCrs);
  EXPECT_NE(m.find("unknown CRS"), std::string::npos) << m;
}

TEST(GdalSource, ListLayers) {
  auto layers = io::listLayers(ioData("parcels.gpkg"));
  ASSERT_EQ(layers.size(), 1u);
  EXPECT_EQ(layers[0], "parcels");
}

TEST(GdalSource, ReadsOnWorkerThreadsAndCancels) {
  FeatureTable a, b;
  std::thread t1([&] { a = read("parcels.gpkg"); });
  std::thread t2([&] { b = read("mixed.geojson"); });
  t1.join();
  t2.join();
  EXPECT_EQ(a.size(), 2u);
  EXPECT_EQ(b.size(), 5u);

  std::atomic<bool> cancel{true};
  SourceSpec spec;
  EXPECT_THROW(io::readSource(spec, ioData("parcels.gpkg"), nullptr, &cancel), Error);
}
