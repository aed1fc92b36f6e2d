#include "data/siting_export.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <sstream>

#include <nlohmann/json.hpp>

#include "analysis/siting/result_table.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "io/gdal_writer.h"

namespace ps::siting {
namespace {

namespace fs = std::filesystem;

std::string lower(std::string s) {
  for (char& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s;
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

std::string formatCsv(const SitingResult& r, const SitingIndex& x) {
  std::ostringstream out;
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
  return out.str();
}

void writeCsv(const SitingResult& r, const SitingIndex& x, const std::string& path) {
  writeFileAtomic(path, formatCsv(r, x));
}

void writeVector(const SitingResult& r, const SitingIndex& x, const std::string& path, const std::string& driverName) {
  if (driverName != "GPKG" && driverName != "GeoJSON") throw Error(path, "unknown output driver '" + driverName + "' (GPKG or GeoJSON)");
  io::WriteOptions o;
  o.rfc7946 = true;
  o.narrowIntegers = true;
  io::writeTable(resultTable(r, x), path, driverName, "siting", {}, o);
}

void writeResult(const SitingResult& r, const SitingIndex& x, const std::string& path) {
  std::string ext = lower(fs::path(path).extension().string());
  if (ext == ".csv") return writeCsv(r, x, path);
  if (ext == ".gpkg") return writeVector(r, x, path, "GPKG");
  if (ext == ".geojson" || ext == ".json") return writeVector(r, x, path, "GeoJSON");
  throw Error(path, "unknown output format '" + ext + "' (use .csv, .gpkg or .geojson)");
}

}  // namespace ps::siting
