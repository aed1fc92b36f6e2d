// A saved view (issue 15 item 5): numbers rounded to what they mean, no
// float noise, and data paths that survive moving the saved file: the real
// Chengdu scene saved outside geodata/, moved to another folder, opened again.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "scene/scene.h"
#include "scene/toml_numbers.h"

namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST(TomlNumbers, FloatNoiseTidiedStringsAndCommentsKept) {
  EXPECT_EQ(ps::tidyTomlNumbers("center = [ 30.579999999999998, 104.06 ]\n"), "center = [ 30.58, 104.06 ]\n");
  EXPECT_EQ(ps::tidyTomlNumbers("opacity = 0.30000001192092896\n"), "opacity = 0.3\n");
  EXPECT_EQ(ps::tidyTomlNumbers("x = 0.10000000000000001\n"), "x = 0.1\n");
  EXPECT_EQ(ps::tidyTomlNumbers("d = 30000.0\nn = 12\nneg = -3.0000000000000004\n"), "d = 30000.0\nn = 12\nneg = -3.0\n");
  EXPECT_EQ(ps::tidyTomlNumbers("t = '0.10000000000000001' # 0.20000000000000001\n"),
            "t = '0.10000000000000001' # 0.20000000000000001\n");
  EXPECT_EQ(ps::tidyTomlNumbers("s = \"a \\\" 1.30000000000000004\"\nk = 1.30000000000000004\n"),
            "s = \"a \\\" 1.30000000000000004\"\nk = 1.3\n");
  EXPECT_EQ(ps::tidyTomlNumbers("day = 2024-01-01\nbig = 4005123.4567891\n"), "day = 2024-01-01\nbig = 4005123.456789\n");
  EXPECT_EQ(ps::roundTo(-0.00001, 4), 0.0);
  EXPECT_FALSE(std::signbit(ps::roundTo(-0.00001, 4)));
}

TEST(SceneSave, NumbersRoundedAndAMovedViewStillFindsItsData) {
  const fs::path root = fs::path(PARKSCAPE_TEST_TMP) / "scene_save_move";
  fs::remove_all(root);
  fs::create_directories(root / "a");
  fs::create_directories(root / "b" / "deeper");

  ps::Scene s = ps::loadScene(std::string(PARKSCAPE_SOURCE_DIR) + "/geodata/chengdu.toml");
  s.camera.center = {104.06 + 1e-13, 30.579999999999998};
  s.camera.distance = 12345.678901;
  s.camera.pitch = 47.123456;
  s.session.occupancyRange = glm::dvec2(0.1 + 0.2, 0.95);
  s.session.gfaRange = glm::dvec2(1000.0 / 3.0, 50000);
  s.session.language = "en";
  const fs::path saved = root / "a" / "view.toml";
  ps::saveScene(s, saved.string());
  const std::string text = slurp(saved);
  EXPECT_NE(text.find("center = [ 104.06, 30.58 ]"), std::string::npos) << text.substr(0, 600);
  EXPECT_NE(text.find("distance = 12345.7"), std::string::npos);
  EXPECT_NE(text.find("pitch = 47.12"), std::string::npos);
  EXPECT_NE(text.find("occupancy = [ 0.3, 0.95 ]"), std::string::npos);
  EXPECT_NE(text.find("gfa = [ 333.3, 50000.0 ]"), std::string::npos);
  for (const char* noise : {"0000000", "9999999"}) EXPECT_EQ(text.find(noise), std::string::npos) << noise;

  // Saved outside geodata/: the data paths are absolute, so the file can move.
  fs::rename(saved, root / "b" / "deeper" / "moved.toml");
  const ps::Scene back = ps::loadScene((root / "b" / "deeper" / "moved.toml").string());
  ASSERT_EQ(back.layers.size(), s.layers.size());
  size_t checked = 0;
  for (size_t i = 0; i < back.layers.size(); ++i) {
    if (back.layers[i].source.path.empty()) continue;  // derived layers
    EXPECT_EQ(fs::weakly_canonical(back.resolve(back.layers[i].source.path)),
              fs::weakly_canonical(s.resolve(s.layers[i].source.path)))
        << back.layers[i].id;
    ++checked;
  }
  EXPECT_GT(checked, 5u);
  EXPECT_NEAR(back.camera.center.y, 30.58, 1e-12);
}

TEST(SceneSave, DataBesideTheSavedFileStaysRelativeSoTheFolderCanMove) {
  const fs::path root = fs::path(PARKSCAPE_TEST_TMP) / "scene_save_folder";
  fs::remove_all(root);
  fs::create_directories(root / "project" / "data");
  std::ofstream(root / "project" / "data" / "parks.geojson") << R"({"type":"FeatureCollection","features":[]})";
  const std::string toml = R"([scene]
crs = "EPSG:4507"
[[layers]]
id = "parks"
kind = "fill"
source = { path = "data/parks.geojson" }
)";
  ps::Scene s = ps::parseScene(toml, (root / "project" / "scene.toml").string());
  ps::saveScene(s, (root / "project" / "view.toml").string());
  EXPECT_NE(slurp(root / "project" / "view.toml").find("path = 'data/parks.geojson'"), std::string::npos)
      << slurp(root / "project" / "view.toml");
  fs::rename(root / "project", root / "moved_project");
  const ps::Scene back = ps::loadScene((root / "moved_project" / "view.toml").string());
  EXPECT_TRUE(fs::exists(back.resolve(back.layers[0].source.path)));
}
