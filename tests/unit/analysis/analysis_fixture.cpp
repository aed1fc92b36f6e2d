#include "analysis_fixture.h"

#include <cmath>
#include <cstdio>
#include <stdexcept>

#include <cpl_error.h>

#include "analysis/quarters.h"
#include "core/sectors.h"

namespace fx {

using ps::FieldType;

std::string tmpDir() {
  std::filesystem::path p = std::filesystem::path(PARKSCAPE_TEST_TMP) / "analysis";
  std::filesystem::create_directories(p);
  return p.string();
}

City makeCity(int buildingCount) {
  City c;
  c.districts = makeTable("districts", {{"code", FieldType::String}, {"name_zh", FieldType::String},
                                        {"name_en", FieldType::String}, {"area_km2", FieldType::Real}});
  addPolygon(c.districts, {rect(0, 0, 10000, 10000)}, {std::string("510104"), std::string("锦江区"),
                                                       std::string("Jinjiang"), 100.0});
  addPolygon(c.districts, {rect(10000, 0, 20000, 10000)}, {std::string("510105"), std::string("青羊区"),
                                                           std::string("Qingyang"), 100.0});
  addPolygon(c.districts, {rect(0, 10000, 20000, 20000), rect(2000, 12000, 6000, 16000)},
             {std::string("510106"), std::string("金牛区"), std::string("Jinniu"), 184.0});

  c.zones = makeTable("zones", {{"zone_id", FieldType::String}, {"name_zh", FieldType::String},
                                {"name_en", FieldType::String}});
  addPolygon(c.zones, {rect(5000, 5000, 15000, 15000)}, {std::string("gaoxin"), std::string("高新区"),
                                                          std::string("High-tech Zone")});
  addPolygon(c.zones, {rect(12000, 2000, 19000, 19000)}, {std::string("tianfu"), std::string("天府新区"),
                                                           std::string("Tianfu New Area")});

  Lcg rng(20240103);
  auto secs = ps::sectors();
  c.parks = makeTable("parks", {{"park_id", FieldType::String}, {"name_zh", FieldType::String},
                                {"name_en", FieldType::String}, {"sector", FieldType::String},
                                {"sub_sector", FieldType::String}});
  std::vector<glm::dvec2> parkCentre;
  std::vector<int> parkSector;
  for (int p = 0; p < 12; ++p) {
    glm::dvec2 ctr{rng.uniform(500, 19500), rng.uniform(500, 19500)};
    int s = p % 7;
    parkCentre.push_back(ctr);
    parkSector.push_back(s);
    char id[8];
    std::snprintf(id, sizeof id, "P%02d", p + 1);
    addPolygon(c.parks, {rect(ctr.x - 250, ctr.y - 250, ctr.x + 250, ctr.y + 250)},
               {std::string(id), "园区" + std::to_string(p + 1), "Park " + std::to_string(p + 1),
                std::string(secs[size_t(s)].id), std::string(secs[size_t(s)].subSectors[0].id)});
  }

  std::vector<std::pair<std::string, FieldType>> bcols = {
      {"building_id", FieldType::String}, {"park_id", FieldType::String}, {"sector", FieldType::String},
      {"sub_sector", FieldType::String},  {"floors", FieldType::Integer}, {"height_m", FieldType::Real},
      {"gfa_m2", FieldType::Real},        {"vacant_m2", FieldType::Real}, {"occupancy", FieldType::Real}};
  for (int q = 0; q < ps::analysis::kQuarterCount; ++q)
    bcols.push_back({ps::analysis::occupancyColumnName(q), FieldType::Real});
  c.buildings = makeTable("buildings", bcols);
  for (int i = 0; i < buildingCount; ++i) {
    // Most buildings cluster around a park (so DBSCAN and rings have something to find), some are loose.
    int p = rng.below(12);
    glm::dvec2 ctr = rng.below(5) == 0 ? glm::dvec2{rng.uniform(-2000, 22000), rng.uniform(-2000, 22000)}
                                       : parkCentre[size_t(p)] + glm::dvec2{rng.uniform(-400, 400), rng.uniform(-400, 400)};
    double half = rng.uniform(8, 30);
    int s = rng.below(8) == 0 ? -1 : parkSector[size_t(p)];
    std::vector<Value> v;
    v.push_back("B" + std::to_string(i));
    v.push_back(rng.below(10) == 0 ? Value{} : Value{c.parks.columns[0].strings[size_t(p)]});
    v.push_back(s < 0 ? Value{} : Value{std::string(secs[size_t(s)].id)});
    v.push_back(s < 0 ? Value{} : Value{std::string(secs[size_t(s)].subSectors[size_t(i) % secs[size_t(s)].subSectors.size()].id)});
    int floors = 1 + rng.below(20);
    v.push_back(int64_t(floors));
    v.push_back(floors * 4.2);
    double gfa = std::round(rng.uniform(500, 30000) * 10) / 10;
    double occ[ps::analysis::kQuarterCount];
    for (double& o : occ) o = std::round(rng.uniform(0.2, 1.0) * 1000) / 1000;
    double now = occ[ps::analysis::kQuarterCount - 1];
    v.push_back(gfa);
    v.push_back(rng.below(6) == 0 ? Value{} : Value{gfa * (1 - now)});  // some nulls: fall back to occupancy
    v.push_back(now);
    for (double o : occ) v.push_back(o);
    addPolygon(c.buildings, {rect(ctr.x - half, ctr.y - half, ctr.x + half, ctr.y + half * 1.5)}, v);
  }

  c.universities = makeTable("universities", {{"id", FieldType::String}, {"name_zh", FieldType::String},
                                              {"name_en", FieldType::String}, {"campus", FieldType::String},
                                              {"ring_program", FieldType::String}});
  addPoint(c.universities, parkCentre[0] + glm::dvec2{300, 200},
           {std::string("uestc"), std::string("电子科技大学"), std::string("UESTC"), std::string("沙河"),
            std::string("环电子科大知识经济圈")});
  addPoint(c.universities, parkCentre[0] + glm::dvec2{1800, 200},
           {std::string("uestc"), std::string("电子科技大学"), std::string("UESTC"), std::string("清水河"), Value{}});
  addPoint(c.universities, parkCentre[5] + glm::dvec2{-100, 600},
           {std::string("swjtu"), std::string("西南交通大学"), std::string("SWJTU"), std::string("九里"),
            std::string("环交大智慧城")});
  addPoint(c.universities, parkCentre[9],
           {std::string("cdut"), std::string("成都理工大学"), std::string("CDUT"), std::string("砚湖"), Value{}});
  return c;
}

void writeGpkg(const std::string& path, const std::vector<const ps::FeatureTable*>& tables) {
  GDALAllRegister();
  std::filesystem::remove(path);
  GDALDriverH drv = GDALGetDriverByName("GPKG");
  GDALDatasetH ds = GDALCreate(drv, path.c_str(), 0, 0, 0, GDT_Unknown, nullptr);
  if (!ds) throw std::runtime_error("cannot create " + path);
  OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
  OSRImportFromEPSG(srs, 4507);
  for (const ps::FeatureTable* t : tables) {
    OGRwkbGeometryType gt = t->size() && t->geom.kind[0] == ps::GeomKind::Point ? wkbPoint : wkbPolygon;
    OGRLayerH lyr = GDALDatasetCreateLayer(ds, t->layer.c_str(), srs, gt, nullptr);
    for (const ps::Column& c : t->columns) {
      OGRFieldType ft = c.type == ps::FieldType::Integer ? OFTInteger64 : c.type == ps::FieldType::Real ? OFTReal : OFTString;
      OGRFieldDefnH fd = OGR_Fld_Create(c.name.c_str(), ft);
      OGR_L_CreateField(lyr, fd, 1);
      OGR_Fld_Destroy(fd);
    }
    if (OGR_L_StartTransaction(lyr) != OGRERR_NONE) throw std::runtime_error("transaction");
    for (size_t f = 0; f < t->size(); ++f) {
      OGRFeatureH feat = OGR_F_Create(OGR_L_GetLayerDefn(lyr));
      for (size_t ci = 0; ci < t->columns.size(); ++ci) {
        const ps::Column& c = t->columns[ci];
        int idx = int(ci);
        if (c.isNull(f)) OGR_F_SetFieldNull(feat, idx);
        else if (c.type == ps::FieldType::Integer) OGR_F_SetFieldInteger64(feat, idx, c.ints[f]);
        else if (c.type == ps::FieldType::Real) OGR_F_SetFieldDouble(feat, idx, c.reals[f]);
        else OGR_F_SetFieldString(feat, idx, c.strings[f].c_str());
      }
      const ps::GeometryColumn& g = t->geom;
      uint32_t part = g.featurePart[f];
      OGRGeometryH geom;
      if (g.kind[f] == ps::GeomKind::Point) {
        geom = OGR_G_CreateGeometry(wkbPoint);
        glm::dvec2 p = g.coords[g.ringCoord[g.partRing[part]]];
        OGR_G_SetPoint_2D(geom, 0, p.x, p.y);
      } else {
        geom = OGR_G_CreateGeometry(wkbPolygon);
        for (uint32_t r = g.partRing[part]; r < g.partRing[part + 1]; ++r) {
          OGRGeometryH ring = OGR_G_CreateGeometry(wkbLinearRing);
          for (uint32_t k = g.ringCoord[r]; k < g.ringCoord[r + 1]; ++k) OGR_G_AddPoint_2D(ring, g.coords[k].x, g.coords[k].y);
          OGR_G_AddPoint_2D(ring, g.coords[g.ringCoord[r]].x, g.coords[g.ringCoord[r]].y);
          OGR_G_AddGeometryDirectly(geom, ring);
        }
      }
      OGR_F_SetGeometryDirectly(feat, geom);
      if (OGR_L_CreateFeature(lyr, feat) != OGRERR_NONE) throw std::runtime_error("cannot write a feature to " + path);
      OGR_F_Destroy(feat);
    }
    if (OGR_L_CommitTransaction(lyr) != OGRERR_NONE) throw std::runtime_error("commit");
  }
  OSRDestroySpatialReference(srs);
  GDALClose(ds);
}

std::vector<SqlRow> sqlRows(const std::string& gpkg, const std::string& sql) {
  GDALAllRegister();
  GDALDatasetH ds = GDALOpenEx(gpkg.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
  if (!ds) throw std::runtime_error("cannot open " + gpkg);
  OGRLayerH res = GDALDatasetExecuteSQL(ds, sql.c_str(), nullptr, "SQLite");
  if (!res) {
    GDALClose(ds);
    throw std::runtime_error("SQL failed: " + sql + ": " + CPLGetLastErrorMsg());
  }
  std::vector<SqlRow> rows;
  OGRFeatureH f;
  while ((f = OGR_L_GetNextFeature(res)) != nullptr) {
    SqlRow row;
    int n = OGR_F_GetFieldCount(f);
    row.key = OGR_F_IsFieldSetAndNotNull(f, 0) ? OGR_F_GetFieldAsString(f, 0) : "";
    for (int i = 1; i < n; ++i) row.values.push_back(OGR_F_GetFieldAsDouble(f, i));
    rows.push_back(std::move(row));
    OGR_F_Destroy(f);
  }
  GDALDatasetReleaseResultSet(ds, res);
  GDALClose(ds);
  return rows;
}

}  // namespace fx
