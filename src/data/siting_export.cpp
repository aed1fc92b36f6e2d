#include "data/siting_export.h"

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <nlohmann/json.hpp>

#include "core/error.h"

namespace ps::siting {
namespace {

namespace fs = std::filesystem;

std::vector<size_t> usedCriteria(const SitingResult& r) {
  std::vector<size_t> v;
  for (size_t c = 0; c < kCriterionCount; ++c)
    if (r.demand.criteria[c].enabled) v.push_back(c);
  return v;
}

std::string lower(std::string s) {
  for (char& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s;
}

// Beside the target, same extension (GDAL drivers look at it), hidden, unique per process.
std::string tempPath(const std::string& path) {
  fs::path p(path);
  fs::path dir = p.has_parent_path() ? p.parent_path() : fs::path(".");
  return (dir / ("." + p.stem().string() + ".tmp" + std::to_string(::getpid()) + p.extension().string())).string();
}

void commit(const std::string& tmp, const std::string& path) {
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) {
    fs::remove(tmp, ec);
    throw Error(path, "cannot replace the file: " + ec.message());
  }
}

std::string csvField(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string o = "\"";
  for (char ch : s) o += ch == '"' ? std::string("\"\"") : std::string(1, ch);
  return o + "\"";
}

std::string num(double v, const char* f = "%.6g") {
  if (!std::isfinite(v)) return "";
  char b[64];
  std::snprintf(b, sizeof b, f, v);
  return b;
}

OGRGeometryH candidateGeometry(const SitingIndex& x, uint32_t i) {
  const GeometryColumn& g = x.table->geom;
  if (g.kind[i] != GeomKind::Polygon) {
    OGRGeometryH pt = OGR_G_CreateGeometry(wkbPoint);
    OGR_G_SetPoint_2D(pt, 0, x.anchor[i].x, x.anchor[i].y);
    return pt;
  }
  OGRGeometryH mp = OGR_G_CreateGeometry(wkbMultiPolygon);
  for (uint32_t part = g.featurePart[i]; part < g.featurePart[i + 1]; ++part) {
    OGRGeometryH poly = OGR_G_CreateGeometry(wkbPolygon);
    for (uint32_t r = g.partRing[part]; r < g.partRing[part + 1]; ++r) {
      uint32_t b = g.ringCoord[r], e = g.ringCoord[r + 1];
      if (e - b < 3) continue;
      OGRGeometryH ring = OGR_G_CreateGeometry(wkbLinearRing);
      for (uint32_t k = b; k < e; ++k) OGR_G_AddPoint_2D(ring, g.coords[k].x, g.coords[k].y);
      OGR_G_AddPoint_2D(ring, g.coords[b].x, g.coords[b].y);
      OGR_G_AddGeometryDirectly(poly, ring);
    }
    OGR_G_AddGeometryDirectly(mp, poly);
  }
  return mp;
}

}  // namespace

std::string formatTable(const SitingResult& r, bool zh) {
  std::ostringstream o;
  const std::string& name = zh || r.demand.nameEn.empty() ? r.demand.name : r.demand.nameEn;
  o << (zh ? "选址需求：" : "Demand: ") << name << "  (" << r.demand.path << ")\n";
  o << (zh ? "候选 " : "Candidates ") << formatArea(double(r.candidates)) << (zh ? "，满足硬性条件 " : ", passing ")
    << formatArea(double(r.passing));
  for (size_t c = 0; c < kCriterionCount; ++c)
    if (r.excludedFirst[c])
      o << (zh ? "；" : "; ") << criterionId(criterionAt(c)) << (zh ? " 排除 " : " excluded ")
        << formatArea(double(r.excludedFirst[c]));
  o << "\n";
  if (r.rows.empty()) {
    o << (zh ? r.noneMessageZh : r.noneMessageEn) << "\n";
    return o.str();
  }
  o << (zh ? "名次  得分   编号        名称 / 园区\n" : "rank  score  id          name / park\n");
  for (const ResultRow& row : r.rows) {
    char head[64];
    std::snprintf(head, sizeof head, "%4d%s %6.1f  %-10s  ", row.rank, row.tie ? "=" : " ", row.score, row.id.c_str());
    const std::string& nm = zh || row.nameEn.empty() ? row.nameZh : row.nameEn;
    o << head << nm << (row.park.empty() ? "" : " / " + row.park) << "\n";
    o << "                          " << (zh ? row.explanationZh : row.explanationEn) << "\n";
  }
  if (r.ties) o << (zh ? "“=” 表示同分，按编号排序。\n" : "'=' marks tied scores, ordered by id.\n");
  return o.str();
}

std::string formatJson(const SitingResult& r) {
  nlohmann::ordered_json j;
  j["demand"] = {{"file", r.demand.path}, {"name", r.demand.name}, {"name_en", r.demand.nameEn},
                 {"sector", r.demand.sector}, {"sub_sector", r.demand.subSector}};
  j["candidates"] = r.candidates;
  j["passing"] = r.passing;
  nlohmann::ordered_json ex = nlohmann::ordered_json::object(), w = nlohmann::ordered_json::object();
  for (size_t c : usedCriteria(r)) {
    std::string id(criterionId(criterionAt(c)));
    w[id] = r.weights[c];
    if (r.demand.criteria[c].hard) ex[id] = {{"excluded_first", r.excludedFirst[c]}, {"failing", r.failing[c]}};
  }
  j["weights"] = w;
  j["hard_constraints"] = ex;
  if (r.rows.empty()) j["message"] = r.noneMessageEn;
  j["results"] = nlohmann::ordered_json::array();
  for (const ResultRow& row : r.rows) {
    nlohmann::ordered_json o = {{"rank", row.rank}, {"id", row.id}, {"name_zh", row.nameZh}, {"name_en", row.nameEn},
                                {"park", row.park}, {"zone", row.zone}, {"district", row.district},
                                {"score", row.score}, {"tie", row.tie}};
    for (size_t c : usedCriteria(r)) {
      std::string id(criterionId(criterionAt(c)));
      o["c_" + id] = row.contribution[c];
      o["raw_" + id] = std::isfinite(row.raw[c]) ? nlohmann::ordered_json(row.raw[c]) : nlohmann::ordered_json();
    }
    o["explain_zh"] = row.explanationZh;
    o["explain_en"] = row.explanationEn;
    j["results"].push_back(o);
  }
  return j.dump(2) + "\n";
}

void writeCsv(const SitingResult& r, const SitingIndex& x, const std::string& path) {
  std::string tmp = tempPath(path);
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) throw Error(path, "cannot create the file");
    out << "\xEF\xBB\xBF";
    out << "rank,id,name_zh,name_en,park,zone,district,score,tie";
    for (size_t c : usedCriteria(r)) out << ",c_" << criterionId(criterionAt(c));
    for (size_t c : usedCriteria(r)) out << ",raw_" << criterionId(criterionAt(c));
    out << ",x,y,explain_zh,explain_en\n";
    for (const ResultRow& row : r.rows) {
      out << row.rank << ',' << csvField(row.id) << ',' << csvField(row.nameZh) << ',' << csvField(row.nameEn) << ','
          << csvField(row.park) << ',' << csvField(row.zone) << ',' << csvField(row.district) << ','
          << num(row.score, "%.4f") << ',' << (row.tie ? 1 : 0);
      for (size_t c : usedCriteria(r)) out << ',' << num(row.contribution[c], "%.4f");
      for (size_t c : usedCriteria(r)) out << ',' << num(row.raw[c]);
      out << ',' << num(x.anchor[row.candidate].x, "%.2f") << ',' << num(x.anchor[row.candidate].y, "%.2f") << ','
          << csvField(row.explanationZh) << ',' << csvField(row.explanationEn) << '\n';
    }
    out.flush();
    if (!out) {
      std::error_code ec;
      fs::remove(tmp, ec);
      throw Error(path, "write failed (disk full?)");
    }
  }
  commit(tmp, path);
}

void writeVector(const SitingResult& r, const SitingIndex& x, const std::string& path, const std::string& driverName) {
  GDALAllRegister();
  GDALDriverH drv = GDALGetDriverByName(driverName.c_str());
  if (!drv) throw Error(path, "GDAL has no " + driverName + " driver");
  std::string tmp = tempPath(path);
  std::error_code ec;
  fs::remove(tmp, ec);
  GDALDatasetH ds = GDALCreate(drv, tmp.c_str(), 0, 0, 0, GDT_Unknown, nullptr);
  if (!ds) throw Error(path, "cannot create the file: " + std::string(CPLGetLastErrorMsg()));
  auto fail = [&](const std::string& what) {
    GDALClose(ds);
    fs::remove(tmp, ec);
    throw Error(path, what + ": " + std::string(CPLGetLastErrorMsg()));
  };
  OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
  OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
  if (OSRSetFromUserInput(srs, x.crs.c_str()) != OGRERR_NONE) {
    OSRDestroySpatialReference(srs);
    fail("unknown scene CRS '" + x.crs + "'");
  }
  bool polygons = x.table && x.table->size() && x.table->geom.kind[0] == GeomKind::Polygon;
  const char* geojsonOpts[] = {"RFC7946=YES", "WRITE_NAME=NO", nullptr};
  char** opts = driverName == "GeoJSON" ? const_cast<char**>(geojsonOpts) : nullptr;
  OGRLayerH layer = GDALDatasetCreateLayer(ds, "siting", srs, polygons ? wkbMultiPolygon : wkbPoint, opts);
  OSRDestroySpatialReference(srs);
  if (!layer) fail("cannot create the layer");
  auto field = [&](const std::string& name, OGRFieldType t) {
    OGRFieldDefnH f = OGR_Fld_Create(name.c_str(), t);
    OGRErr e = OGR_L_CreateField(layer, f, TRUE);
    OGR_Fld_Destroy(f);
    if (e != OGRERR_NONE) fail("cannot create field " + name);
  };
  field("rank", OFTInteger);
  for (const char* s : {"id", "name_zh", "name_en", "park", "zone", "district"}) field(s, OFTString);
  field("score", OFTReal);
  field("tie", OFTInteger);
  std::vector<size_t> used = usedCriteria(r);
  for (size_t c : used) field("c_" + std::string(criterionId(criterionAt(c))), OFTReal);
  for (size_t c : used) field("raw_" + std::string(criterionId(criterionAt(c))), OFTReal);
  field("explain_zh", OFTString);
  field("explain_en", OFTString);
  OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
  bool tx = driverName == "GPKG" && OGR_L_StartTransaction(layer) == OGRERR_NONE;
  for (const ResultRow& row : r.rows) {
    OGRFeatureH f = OGR_F_Create(defn);
    int k = 0;
    OGR_F_SetFieldInteger(f, k++, row.rank);
    for (const std::string* s : {&row.id, &row.nameZh, &row.nameEn, &row.park, &row.zone, &row.district})
      OGR_F_SetFieldString(f, k++, s->c_str());
    OGR_F_SetFieldDouble(f, k++, row.score);
    OGR_F_SetFieldInteger(f, k++, row.tie ? 1 : 0);
    for (size_t c : used) OGR_F_SetFieldDouble(f, k++, row.contribution[c]);
    for (size_t c : used) {
      if (std::isfinite(row.raw[c])) OGR_F_SetFieldDouble(f, k, row.raw[c]);
      else OGR_F_SetFieldNull(f, k);
      ++k;
    }
    OGR_F_SetFieldString(f, k++, row.explanationZh.c_str());
    OGR_F_SetFieldString(f, k++, row.explanationEn.c_str());
    OGR_F_SetGeometryDirectly(f, candidateGeometry(x, row.candidate));
    OGRErr e = OGR_L_CreateFeature(layer, f);
    OGR_F_Destroy(f);
    if (e != OGRERR_NONE) fail("cannot write feature " + row.id);
  }
  if (tx && OGR_L_CommitTransaction(layer) != OGRERR_NONE) fail("cannot commit");
  CPLErrorReset();
  GDALClose(ds);  // void in GDAL 3.6: a failed flush shows as an error state
  if (CPLGetLastErrorType() >= CE_Failure || !fs::exists(tmp)) {
    fs::remove(tmp, ec);
    throw Error(path, "closing failed: " + std::string(CPLGetLastErrorMsg()));
  }
  commit(tmp, path);
}

void writeResult(const SitingResult& r, const SitingIndex& x, const std::string& path) {
  std::string ext = lower(fs::path(path).extension().string());
  if (ext == ".csv") return writeCsv(r, x, path);
  if (ext == ".gpkg") return writeVector(r, x, path, "GPKG");
  if (ext == ".geojson" || ext == ".json") return writeVector(r, x, path, "GeoJSON");
  throw Error(path, "unknown output format '" + ext + "' (use .csv, .gpkg or .geojson)");
}

}  // namespace ps::siting
