#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <gtest/gtest.h>

#include "analysis/siting/demand.h"
#include "analysis/siting/engine.h"
#include "data/siting_export.h"
#include "app/site_command.h"
#include "core/error.h"
#include "siting_fixture.h"

using namespace ps;
using namespace ps::siting;
using ps::siting::test::TestScene;
namespace fs = std::filesystem;

namespace {

const std::string kDemandPath = std::string(PARKSCAPE_TEST_DATA) + "/siting/robots_small.toml";

TestScene scene() {
  TestScene s;
  s.building("A", {1500, 1100}, 4000);
  s.building("B", {2500, 1000}, 3000);
  s.building("C", {4000, 1000}, 2000);
  s.building("E", {1200, 1200}, 1000);
  return s;
}

std::string tmpDir() {
  std::string d = std::string(PARKSCAPE_TEST_TMP) + "/siting";
  fs::create_directories(d);
  return d;
}

std::string slurp(const std::string& p) {
  std::ifstream f(p, std::ios::binary);
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

}  // namespace

TEST(SitingExport, CsvHasBomHeaderAndRows) {
  TestScene s = scene();
  Demand d = loadDemand(kDemandPath);
  SitingIndex x = buildSitingIndex(s.inputs(), d.candidates);
  SitingResult r = runSiting(evaluate(x, d), demandWeights(d), 10);
  std::string path = tmpDir() + "/result.csv";
  writeCsv(r, x, path);
  std::string text = slurp(path);
  ASSERT_EQ(text.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_EQ(text.substr(3, text.find('\n') - 3),
            "rank,id,name_zh,name_en,park,zone,district,score,tie,c_space,c_ring,c_zone,c_agglomeration,c_ready,"
            "raw_space,raw_ring,raw_zone,raw_agglomeration,raw_ready,x,y,explain_zh,explain_en");
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 4);  // header + A, B, C
  EXPECT_NE(text.find("\n1,A,楼A,Building A,P1,高新区,成华区,100.0000,0,"), std::string::npos) << text;
  for (const auto& e : fs::directory_iterator(tmpDir()))  // no temporary left behind
    EXPECT_EQ(e.path().filename().string().find(".tmp"), std::string::npos) << e.path();
}

TEST(SitingExport, GeoPackageAndGeoJsonReopenWithScoreFields) {
  TestScene s = scene();
  Demand d = loadDemand(kDemandPath);
  SitingIndex x = buildSitingIndex(s.inputs(), d.candidates);
  SitingResult r = runSiting(evaluate(x, d), demandWeights(d), 10);
  for (const char* ext : {".gpkg", ".geojson"}) {
    std::string path = tmpDir() + "/result" + ext;
    writeResult(r, x, path);
    writeResult(r, x, path);  // overwriting works (rename over the old file)
    GDALAllRegister();
    GDALDatasetH ds = GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    ASSERT_NE(ds, nullptr) << path;
    OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
    ASSERT_NE(layer, nullptr);
    EXPECT_EQ(OGR_L_GetFeatureCount(layer, TRUE), 3);
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    for (const char* f : {"rank", "score", "c_space", "c_agglomeration", "raw_ring", "explain_zh", "explain_en"})
      EXPECT_GE(OGR_FD_GetFieldIndex(defn, f), 0) << ext << " " << f;
    OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer);
    ASSERT_NE(srs, nullptr);
    EXPECT_STREQ(OSRGetAuthorityCode(srs, nullptr), std::string(ext) == ".gpkg" ? "4507" : "4326");
    OGR_L_ResetReading(layer);
    OGRFeatureH f = OGR_L_GetNextFeature(layer);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(OGR_F_GetFieldAsInteger(f, OGR_FD_GetFieldIndex(defn, "rank")), 1);
    EXPECT_STREQ(OGR_F_GetFieldAsString(f, OGR_FD_GetFieldIndex(defn, "id")), "A");
    EXPECT_NEAR(OGR_F_GetFieldAsDouble(f, OGR_FD_GetFieldIndex(defn, "score")), 100.0, 1e-6);
    OGREnvelope env;
    OGR_G_GetEnvelope(OGR_F_GetGeometryRef(f), &env);
    if (std::string(ext) == ".geojson") {  // WGS 84 degrees near CM 105°E, ~30.6°N
      EXPECT_NEAR(env.MinX, 104, 1.5);
      EXPECT_NEAR(env.MinY, 30.6, 1.0);
    } else {
      EXPECT_NEAR(env.MinX, ps::siting::test::kOrigin.x + 1485, 1e-6);
    }
    OGR_F_Destroy(f);
    GDALClose(ds);
  }
  EXPECT_THROW(writeResult(r, x, tmpDir() + "/result.shp"), Error);
  EXPECT_THROW(writeResult(r, x, "/nonexistent-dir/result.csv"), Error);
}

TEST(SitingCommand, PrintsTableAndWritesOutput) {
  TestScene s = scene();
  Demand d = loadDemand(kDemandPath);
  SiteOptions o;
  o.out = tmpDir() + "/cmd.gpkg";
  o.top = 2;
  std::ostringstream out, err;
  EXPECT_EQ(runSiteCommand(s.inputs(), d, o, out, err), 0);
  std::string t = out.str();
  EXPECT_NE(t.find("人形机器人团队（测试）"), std::string::npos) << t;
  EXPECT_NE(t.find("   1   100.0  A"), std::string::npos) << t;
  EXPECT_NE(t.find("   2 "), std::string::npos);
  EXPECT_EQ(t.find("   3 "), std::string::npos);  // --top 2
  EXPECT_TRUE(fs::exists(o.out));
  o.format = "json";
  o.out.clear();
  std::ostringstream js, e2;
  EXPECT_EQ(runSiteCommand(s.inputs(), d, o, js, e2), 0);
  EXPECT_NE(js.str().find("\"c_agglomeration\""), std::string::npos);
  o.format = "csv";
  std::ostringstream cs, e3;
  EXPECT_EQ(runSiteCommand(s.inputs(), d, o, cs, e3), 0);
  EXPECT_EQ(cs.str().substr(0, 8), "\xEF\xBB\xBFrank,");
}

TEST(SitingCommand, NoCandidateExitsNonZeroWithCounts) {
  TestScene s = scene();
  Demand d = loadDemand(kDemandPath);
  d[Criterion::Space].min = 50000;
  std::ostringstream out, err;
  EXPECT_EQ(runSiteCommand(s.inputs(), d, SiteOptions{}, out, err), kExitNoCandidate);
  EXPECT_NE(err.str().find("space excluded 4"), std::string::npos) << err.str();
  EXPECT_NE(err.str().find(kDemandPath), std::string::npos);
  EXPECT_TRUE(out.str().empty());
}
