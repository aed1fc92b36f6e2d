// The context layers scripts/prepare_data.sh makes with Debian's gmt
// (geodata/cache/context.gpkg, `parkscape prepare-context`): they exist once
// the data are prepared, and lie where the default scene expects them.
#include <filesystem>
#include <fstream>
#include <set>

#include <gtest/gtest.h>

#include <glm/common.hpp>

#include "core/error.h"
#include "core/feature_table.h"
#include "data/scene_loader.h"
#include "io/gdal_source.h"
#include "scene/scene.h"

using namespace ps;

namespace {

const std::string kCache = std::string(PARKSCAPE_SOURCE_DIR) + "/geodata/cache";

FeatureTable readLayer(const char* layer) {
  SourceSpec spec;
  spec.path = kCache + "/context.gpkg";
  spec.layer = layer;
  LoadReport rep;
  return io::readSource(spec, spec.path, &rep);
}

struct Box {
  glm::dvec2 lo{1e9}, hi{-1e9};
  void add(glm::dvec2 p) {
    lo = glm::min(lo, p);
    hi = glm::max(hi, p);
  }
};

}  // namespace

TEST(ContextLayers, PreparedRiversAndProvincesInsideTheExpectedExtent) {
  // Not prepared at all (a bare checkout): skip, like every test on geodata/cache.
  if (!std::filesystem::exists(kCache + "/chengdu_districts.gpkg"))
    GTEST_SKIP() << "geodata/cache not prepared (scripts/prepare_data.sh)";
  // Prepared: the context layers must be there too.
  ASSERT_TRUE(std::filesystem::exists(kCache + "/context.gpkg"))
      << "geodata/cache/context.gpkg missing: scripts/prepare_data.sh makes it with gmt (gmt-gshhg-high, gmt-dcw)";

  const FeatureTable rivers = readLayer("rivers");
  ASSERT_GT(rivers.size(), 20u);
  Box all;
  size_t nearChengdu = 0;  // vertices on the municipality (102.9-105.0 E, 30.1-31.5 N)
  for (const glm::dvec2& p : rivers.geom.coords) {
    all.add(p);
    nearChengdu += p.x > 102.9 && p.x < 105.0 && p.y > 30.1 && p.y < 31.5;
  }
  EXPECT_GE(all.lo.x, 97.0);
  EXPECT_LE(all.hi.x, 112.0);
  EXPECT_GE(all.lo.y, 26.0);
  EXPECT_LE(all.hi.y, 35.0);
  EXPECT_GT(nearChengdu, 200u) << "the 岷江 / 沱江 systems cross the municipality";
  for (size_t f = 0; f < rivers.size(); ++f) ASSERT_EQ(rivers.geom.kind[f], GeomKind::Line);

  const FeatureTable prov = readLayer("provinces");
  const Column* name = prov.column("name_zh");
  ASSERT_NE(name, nullptr);
  std::set<std::string> names;
  Box sichuan;
  for (size_t f = 0; f < prov.size(); ++f) {
    names.insert(name->asString(f));
    if (name->asString(f) != "四川省") continue;
    for (uint32_t c = prov.geom.ringCoord[prov.geom.partRing[prov.geom.featurePart[f]]];
         c < prov.geom.ringCoord[prov.geom.partRing[prov.geom.featurePart[f + 1]]]; ++c)
      sichuan.add(prov.geom.coords[c]);
  }
  EXPECT_EQ(names, (std::set<std::string>{"四川省", "重庆市", "贵州省", "云南省", "西藏自治区", "青海省", "甘肃省",
                                          "陕西省"}));
  // Sichuan's outline surrounds Chengdu (97.3-108.6 E, 26.0-34.3 N).
  EXPECT_LT(sichuan.lo.x, 99.0);
  EXPECT_GT(sichuan.hi.x, 108.0);
  EXPECT_LT(sichuan.lo.y, 27.0);
  EXPECT_GT(sichuan.hi.y, 34.0);
}

// A context layer marked `optional` whose prepared file is missing is left out
// with a warning naming the file and the script that makes it; the same layer
// without `optional` stops the load with a message naming file, key and script.
TEST(ContextLayers, MissingPreparedFileOptionalWarnsRequiredFails) {
  const std::filesystem::path dir = std::filesystem::path(PARKSCAPE_TEST_TMP) / "context_optional";
  std::filesystem::create_directories(dir / "cache");
  auto write = [&](bool optional) {
    std::ofstream(dir / "scene.toml") << "[scene]\ntitle = \"t\"\ncrs = \"EPSG:4507\"\n"
                                      << "[[layers]]\nid = \"rivers\"\nkind = \"line\"\n"
                                      << (optional ? "optional = true\n" : "")
                                      << "source = { path = \"cache/context.gpkg\", layer = \"rivers\" }\n";
  };
  write(true);
  const data::SceneData d = data::loadSceneData(loadScene((dir / "scene.toml").string()));
  ASSERT_EQ(d.layers.size(), 1u);
  EXPECT_EQ(d.layers[0].table.size(), 0u);
  const std::vector<std::string> w = data::loadWarnings(d);
  ASSERT_EQ(w.size(), 1u);
  EXPECT_NE(w[0].find("cache/context.gpkg not found; optional layer left out"), std::string::npos) << w[0];
  EXPECT_NE(w[0].find("scripts/prepare_data.sh"), std::string::npos) << w[0];

  write(false);
  try {
    data::loadSceneData(loadScene((dir / "scene.toml").string()));
    FAIL() << "a required layer with a missing file loaded";
  } catch (const Error& e) {
    const std::string msg = e.what();
    EXPECT_EQ(e.key(), "layers[0].source") << msg;
    EXPECT_NE(msg.find("context.gpkg"), std::string::npos) << msg;
    EXPECT_NE(msg.find("file not found"), std::string::npos) << msg;
    EXPECT_NE(msg.find("scripts/prepare_data.sh"), std::string::npos) << msg;
  }
}
