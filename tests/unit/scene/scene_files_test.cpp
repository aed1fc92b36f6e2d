// The bundled scenes: geodata/chengdu_core.toml is the default scene seen from
// the core city. Outside comments and [camera] the two files are the same
// text, so a layer changed in one is changed in the other; both parse, and the
// default camera stands back far enough to show the whole municipality.
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "scene/scene.h"

using namespace ps;

namespace {

const std::string kGeodata = std::string(PARKSCAPE_SOURCE_DIR) + "/geodata/";

// The file without comment lines, blank lines and its [camera] table.
std::string withoutCamera(const std::string& path) {
  std::ifstream in(path);
  std::string line, out;
  bool camera = false;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (line[0] == '[') camera = line == "[camera]";
    if (camera) continue;
    out += line.substr(0, line.find("  #")) + "\n";  // trailing comments may differ
  }
  return out;
}

}  // namespace

TEST(SceneFiles, CoreViewMatchesDefault) {
  const std::string a = withoutCamera(kGeodata + "chengdu.toml"), b = withoutCamera(kGeodata + "chengdu_core.toml");
  ASSERT_GT(a.size(), 1000u);
  EXPECT_EQ(a, b) << "geodata/chengdu_core.toml must have chengdu.toml's layers (only [camera] differs)";
  const Scene def = loadScene(kGeodata + "chengdu.toml"), core = loadScene(kGeodata + "chengdu_core.toml");
  ASSERT_EQ(def.layers.size(), core.layers.size());
  // The default view: the whole municipality (≈190 x 150 km) and its context; the core view much closer.
  EXPECT_GE(def.camera.distance, 150000.0);
  EXPECT_LE(core.camera.distance, 60000.0);
  // Context layers under everything else, optional; the lead-zone sketches approximate.
  // The city centre first (its label wins collisions), then the districts and the context.
  ASSERT_GE(def.layers.size(), 4u);
  EXPECT_EQ(def.layers[0].id, "city_centre");
  EXPECT_EQ(def.layers[1].id, "districts");
  EXPECT_EQ(def.layers[2].id, "rivers");
  EXPECT_TRUE(def.layers[2].optional);
  EXPECT_EQ(def.layers[3].id, "provinces");
  EXPECT_TRUE(def.layers[3].optional);
  bool zones = false;
  for (const LayerSpec& l : def.layers)
    if (l.id == "zones") zones = l.approximate && l.kind == LayerKind::Fill;
  EXPECT_TRUE(zones);
}
