#include "sample/anchors.h"

#include <charconv>

#include "core/error.h"
#include "sample/csv.h"

namespace ps::sample {
namespace {

bool parseDegrees(const std::string& s, double& out) {
  if (s.empty()) return false;
  auto res = std::from_chars(s.data(), s.data() + s.size(), out);
  return res.ec == std::errc() && res.ptr == s.data() + s.size();
}

std::string firstWord(const std::string& s) {
  const size_t end = s.find(' ');
  return end == std::string::npos ? s : s.substr(0, end);
}

// "双流区 永安镇 (+5.3 km² in 新津区)..." -> "双流区"; "四川天府新区 兴隆湖" -> "" (a zone, not a district).
std::string districtIn(const std::string& s) {
  const std::string w = firstWord(s);
  for (const char* suffix : {"区", "市", "县"}) {
    const std::string suf = suffix;
    if (w.size() > suf.size() && w.compare(w.size() - suf.size(), suf.size(), suf) == 0 &&
        w.find("新区") == std::string::npos)
      return w;
  }
  return {};
}

}  // namespace

const Campus* Anchors::campus(const std::string& id) const {
  for (const Campus& c : campuses)
    if (c.id == id) return &c;
  return nullptr;
}
const Cluster* Anchors::cluster(const std::string& id) const {
  for (const Cluster& c : clusters)
    if (c.id == id) return &c;
  return nullptr;
}

std::string ringProgramFor(const std::string& id) {
  if (id == "uestc_jiulidi") return {};  // 金牛: the UESTC future-industry science park, not the 成华 ring
  if (id.rfind("uestc_", 0) == 0) return "环电子科大知识经济圈";
  if (id.rfind("sicau_", 0) == 0) return "环川农大知识经济圈";
  if (id == "swjtu_jiuli") return "环交大智慧城";
  if (id == "cdut") return "环成都理工大学知识经济圈";
  if (id == "xhu") return "环西华大学经济圈";
  return {};
}

Anchors readAnchors(const std::string& dir) {
  Anchors a;
  {
    const CsvTable t = readCsv(dir + "/universities_chengdu.csv");
    const size_t id = t.col("id"), zh = t.col("name_zh"), en = t.col("name_en"), campus = t.col("campus"),
                 dist = t.col("expected_district"), lat = t.col("lat_wgs84"), lon = t.col("lon_wgs84"),
                 status = t.col("coord_status");
    for (const auto& r : t.rows) {
      Campus c{r[id], r[zh], r[en], r[campus], firstWord(r[dist]), r[status], ringProgramFor(r[id]), {}};
      if (!parseDegrees(r[lon], c.lonLat.x) || !parseDegrees(r[lat], c.lonLat.y))
        throw Error(t.path, "campus '" + r[id] + "' has no usable lon_wgs84/lat_wgs84", "lat_wgs84");
      a.campuses.push_back(std::move(c));
    }
  }
  {
    const CsvTable t = readCsv(dir + "/clusters_chengdu.csv");
    const size_t id = t.col("id"), zh = t.col("name_zh"), en = t.col("name_en"), dz = t.col("district_or_zone"),
                 what = t.col("what"), lat = t.col("lat_wgs84"), lon = t.col("lon_wgs84"),
                 status = t.col("coord_status");
    for (const auto& r : t.rows) {
      Cluster c{r[id], r[zh], r[en], r[dz], r[what], r[status], districtIn(r[dz]), false, {}};
      const bool hasLon = parseDegrees(r[lon], c.lonLat.x), hasLat = parseDegrees(r[lat], c.lonLat.y);
      if (hasLon != hasLat) throw Error(t.path, "cluster '" + r[id] + "' has only one of lat/lon", "lat_wgs84");
      c.hasPosition = hasLon && hasLat;
      a.clusters.push_back(std::move(c));
    }
  }
  return a;
}

}  // namespace ps::sample
