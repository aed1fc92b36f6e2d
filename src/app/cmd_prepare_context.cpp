// `parkscape prepare-context --rivers R.txt --provinces P.txt --out FILE`: the
// context layers under the map (issue 13) from GMT's own data, made at set-up by
// scripts/prepare_data.sh with Debian's `gmt` (gmt coast -M writes them as
// multiple-segment text):
//  - rivers: GSHHG's WDBII rivers (gmt-gshhg-high, LGPL), levels 1-4 around Chengdu;
//  - provinces: Sichuan's and its neighbours' outlines from DCW-GMT (gmt-dcw, LGPL).
// -> a WGS84 GeoPackage with line layers "rivers" and "provinces".
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "app/commands.h"
#include "core/error.h"
#include "io/gdal_writer.h"
#include "io/gmt_text.h"

namespace ps::app {

namespace {

// What the layers cover: Chengdu (102.9-105.0 E, 30.1-31.5 N) with room to zoom out
// to the province; the scene CRS (EPSG:4507, CM 105 E) stays well inside its area of use.
constexpr glm::dvec2 kLo{97.0, 26.0}, kHi{112.0, 35.0};

struct Province {
  const char* gmt;  // DCW-GMT's name in the segment header
  const char* code;
  const char* zh;
  const char* en;
};
constexpr Province kProvinces[] = {
    {"Sichuan", "CN.SC", "四川省", "Sichuan"},   {"Chongqing", "CN.CQ", "重庆市", "Chongqing"},
    {"Guizhou", "CN.GZ", "贵州省", "Guizhou"},   {"Yunnan", "CN.YN", "云南省", "Yunnan"},
    {"Xizang", "CN.XZ", "西藏自治区", "Xizang"}, {"Qinghai", "CN.QH", "青海省", "Qinghai"},
    {"Gansu", "CN.GS", "甘肃省", "Gansu"},       {"Shaanxi", "CN.SN", "陕西省", "Shaanxi"},
};

// WDBII river classes (GSHHG's README).
const char* riverClass(int level) {
  switch (level) {
    case 1: return "double-lined river";
    case 2: return "permanent major river";
    case 3: return "additional major river";
    case 4: return "additional river";
    default: return "minor or intermittent river";
  }
}

std::string readText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path, "cannot open (made by scripts/prepare_data.sh with `gmt coast ... -M`)");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Column column(const char* name, FieldType type) { return Column{name, type, {}, {}, {}, {}}; }

FeatureTable lineTable(const char* layer) {
  FeatureTable t;
  t.layer = layer;
  t.crs = "EPSG:4326";
  return t;
}

void addLine(FeatureTable& t, const std::vector<std::vector<glm::dvec2>>& pieces) {
  t.geom.beginFeature(GeomKind::Line);
  for (const auto& p : pieces) {
    t.geom.beginPart();
    t.geom.addRing(p.data(), p.size());
  }
  t.geom.endFeature();
  t.fid.push_back(static_cast<int64_t>(t.fid.size()) + 1);
}

FeatureTable rivers(const std::string& path) {
  FeatureTable t = lineTable("rivers");
  t.columns = {column("level", FieldType::Integer), column("class", FieldType::String)};
  for (const io::GmtSegment& s : io::parseGmtSegments(readText(path), path)) {
    const auto pieces = io::clipToBox(s.points, kLo, kHi);
    if (pieces.empty()) continue;
    const int level = io::gmtSegmentLevel(s.header);
    for (const auto& p : pieces) {
      addLine(t, {p});
      t.columns[0].ints.push_back(level);
      t.columns[0].null.push_back(level < 0);
      t.columns[1].strings.push_back(riverClass(level));
      t.columns[1].null.push_back(0);
    }
  }
  if (t.size() == 0) throw Error(path, "no river inside the Chengdu region (was it made with gmt coast -R... -Ia -M?)");
  return t;
}

FeatureTable provinces(const std::string& path) {
  FeatureTable t = lineTable("provinces");
  t.columns = {column("code", FieldType::String), column("name_zh", FieldType::String),
               column("name_en", FieldType::String)};
  std::vector<bool> seen(std::size(kProvinces), false);
  for (const io::GmtSegment& s : io::parseGmtSegments(readText(path), path)) {
    const Province* pr = nullptr;
    for (const Province& p : kProvinces)
      if (s.header.rfind(p.gmt, 0) == 0) pr = &p;
    if (!pr) throw Error(path, "unexpected segment \"" + s.header + "\" (expected one of Sichuan and its neighbours)");
    seen[static_cast<size_t>(pr - kProvinces)] = true;
    std::vector<glm::dvec2> ring = s.points;
    if (ring.size() >= 2 && ring.front() != ring.back()) ring.push_back(ring.front());
    const auto pieces = io::clipToBox(ring, kLo, kHi);
    if (pieces.empty()) continue;
    addLine(t, pieces);
    for (auto [c, v] : {std::pair{0, pr->code}, {1, pr->zh}, {2, pr->en}}) {
      t.columns[static_cast<size_t>(c)].strings.push_back(v);
      t.columns[static_cast<size_t>(c)].null.push_back(0);
    }
  }
  if (!seen[0]) throw Error(path, "no Sichuan outline (was it made with gmt coast -ECN.SC,... -M?)");
  return t;
}

int run(const std::string& riverPath, const std::string& provincePath, const std::string& out) {
  const FeatureTable r = rivers(riverPath);
  const FeatureTable p = provinces(provincePath);
  const io::MetadataItems credit = {
      {"source", "GMT's own data through Debian's gmt (gmt coast -M) at set-up"},
      {"licence", "LGPL-3.0-or-later (GSHHG 2.3.7: Wessel & Smith; DCW-GMT 2.1.1: Wessel)"}};
  io::WriteOptions opt;
  opt.datasetMetadata = credit;
  io::writeLayers(out, "GPKG",
                  {{&r, "rivers", {{"source", "GSHHG 2.3.7 WDBII rivers, high resolution (Debian gmt-gshhg-high), LGPL"}},
                    "Rivers around Chengdu, GSHHG/WDBII (LGPL)"},
                   {&p, "provinces", {{"source", "DCW-GMT 2.1.1 (Debian gmt-dcw), LGPL"}},
                    "Sichuan and neighbouring provinces, DCW-GMT (LGPL)"}},
                  opt);
  std::printf("prepare-context: %zu river lines (%zu vertices), %zu province outlines (%zu vertices) -> %s\n", r.size(),
              r.geom.coords.size(), p.size(), p.geom.coords.size(), out.c_str());
  return 0;
}

}  // namespace

void registerPrepareContext(CLI::App& app, Runner& runner) {
  auto* cmd = app.add_subcommand("prepare-context",
                                 "Rivers (GSHHG) and province outlines (DCW-GMT) from `gmt coast -M` text -> GeoPackage");
  auto rivers = std::make_shared<std::string>();
  auto provinces = std::make_shared<std::string>();
  auto out = std::make_shared<std::string>();
  cmd->add_option("--rivers", *rivers, "gmt coast -R... -Ia -Dh -M output")->required();
  cmd->add_option("--provinces", *provinces, "gmt coast -ECN.SC,... -M output")->required();
  cmd->add_option("--out", *out, "output GeoPackage (written atomically)")->required();
  cmd->callback([&runner, rivers, provinces, out] {
    runner = [rivers, provinces, out] { return run(*rivers, *provinces, *out); };
  });
}

}  // namespace ps::app
