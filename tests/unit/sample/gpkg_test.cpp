// The GeoPackage as written: layers, fields, CRS, metadata, reproducibility, atomic replace.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "core/error.h"
#include "sample/csv.h"
#include "sample/gpkg_writer.h"
#include "sample_fixture.h"

using namespace ps;
using namespace ps::sample;
using namespace ps::sample::test;
namespace fs = std::filesystem;

namespace {

std::string tmpFile(const std::string& name) {
  fs::create_directories(PARKSCAPE_TEST_TMP);
  return std::string(PARKSCAPE_TEST_TMP) + "/" + name;
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

GpkgMetadata meta() {
  GpkgMetadata m;
  m.dataset = {{"DATA_STATUS", "SAMPLE DATA"}, {"SEED", "20240103"}};
  m.layer["parks"] = {{"SEED", "20240103"}};
  return m;
}

}  // namespace

TEST(SampleGpkg, WritesEveryLayerWithTheContractFields) {
  const SampleData& d = sampleData(kDefaultSeed, 0.25);
  const std::string path = tmpFile("sample_contract.gpkg");
  writeGeoPackage(path, d.layers(), meta());
  GDALAllRegister();
  std::unique_ptr<GDALDataset> ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  ASSERT_TRUE(ds);
  EXPECT_STREQ(ds->GetMetadataItem("DATA_STATUS"), "SAMPLE DATA");
  const std::map<std::string, std::vector<std::string>> contract = {
      {"parks", {"park_id", "name_zh", "name_en", "sector", "sub_sector", "horizon", "zone", "district", "anchor_id",
                 "anchor_kind", "opened", "gfa_m2", "vacant_m2", "occupancy", "buildings", "data_status"}},
      {"parcels", {"parcel_id", "park_id", "name_zh", "name_en", "sector", "sub_sector", "land_use", "area_m2", "far", "data_status"}},
      {"buildings", {"building_id", "parcel_id", "park_id", "name_zh", "name_en", "sector", "sub_sector", "floors",
                     "height_m", "gfa_m2", "vacant_m2", "occupancy", "occ_2024q1", "occ_2025q2", "occ_2026q4", "tenants",
                     "ready_now", "rent_cny_m2_month", "data_status"}},
      {"tenants", {"tenant_id", "building_id", "park_id", "name_zh", "sector", "sub_sector", "area_m2", "since", "data_status"}},
      {"zones", {"zone_id", "name_zh", "name_en", "area_km2_public", "area_km2_drawn", "note"}},
      {"ecosystem", {"site_id", "name_zh", "name_en", "kind", "sector", "real", "position", "data_status"}},
      {"universities", {"id", "name_zh", "name_en", "campus", "district", "coord_status", "ring_program"}}};
  for (const auto& [name, fields] : contract) {
    OGRLayer* l = ds->GetLayerByName(name.c_str());
    ASSERT_NE(l, nullptr) << name;
    for (const auto& f : fields) EXPECT_GE(l->GetLayerDefn()->GetFieldIndex(f.c_str()), 0) << name << "." << f;
    const OGRSpatialReference* srs = l->GetSpatialRef();
    ASSERT_NE(srs, nullptr);
    EXPECT_STREQ(srs->GetAuthorityCode(nullptr), "4326");
  }
  EXPECT_EQ(wkbFlatten(ds->GetLayerByName("buildings")->GetGeomType()), wkbPolygon);
  EXPECT_EQ(wkbFlatten(ds->GetLayerByName("tenants")->GetGeomType()), wkbPoint);
  EXPECT_EQ(wkbFlatten(ds->GetLayerByName("zones")->GetGeomType()), wkbMultiPolygon);  // 高新区 has two parts
  OGRLayer* b = ds->GetLayerByName("buildings");
  EXPECT_EQ(static_cast<size_t>(b->GetFeatureCount()), d.buildings.size());
  // Values survive the round trip exactly (the invariants are checked on exact doubles).
  std::unique_ptr<OGRFeature> f(b->GetNextFeature());
  ASSERT_TRUE(f);
  EXPECT_STREQ(f->GetFieldAsString("building_id"), col(d.buildings, "building_id").strings[0].c_str());
  EXPECT_EQ(f->GetFieldAsDouble("vacant_m2"), col(d.buildings, "vacant_m2").reals[0]);
  OGREnvelope env;
  f->GetGeometryRef()->getEnvelope(&env);
  EXPECT_GT(env.MinX, 103.0);  // lon first
  EXPECT_LT(env.MinY, 31.5);
  EXPECT_STREQ(ds->GetLayerByName("parks")->GetMetadataItem("SEED"), "20240103");
}

TEST(SampleGpkg, SameSeedSameBytesAndAtomicReplace) {
  const SampleData& d = sampleData(kDefaultSeed, 0.25);
  const std::string a = tmpFile("sample_a.gpkg"), b = tmpFile("sample_b.gpkg");
  writeGeoPackage(a, d.layers(), meta());
  writeGeoPackage(b, d.layers(), meta());
  EXPECT_EQ(slurp(a), slurp(b));
  // Replacing an existing file leaves no temp file behind.
  writeGeoPackage(a, d.layers(), meta());
  for (const auto& e : fs::directory_iterator(PARKSCAPE_TEST_TMP))
    EXPECT_EQ(e.path().filename().string().find(".tmp-"), std::string::npos) << e.path();
}

TEST(SampleGpkg, MissingFolderIsAnErrorNamingTheFile) {
  const SampleData& d = sampleData(kDefaultSeed, 0.25);
  try {
    writeGeoPackage("/nonexistent-parkscape-dir/x.gpkg", d.layers(), meta());
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.file(), "/nonexistent-parkscape-dir/x.gpkg");
  }
}

TEST(SampleCsv, QuotedFieldsAndErrors) {
  const CsvTable t = parseCsv("id,what,lat\r\na,\"x, y \"\"z\"\"\",30.1\nb,,\n", "mem.csv");
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0][t.col("what")], "x, y \"z\"");
  EXPECT_EQ(t.rows[1][t.col("lat")], "");
  EXPECT_THROW(t.col("nope"), Error);
  EXPECT_THROW(parseCsv("a,b\n1,2,3\n", "bad.csv"), Error);
  try {
    readAnchors("/nonexistent-parkscape-geodata");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_NE(e.file().find("universities_chengdu.csv"), std::string::npos);
  }
}
