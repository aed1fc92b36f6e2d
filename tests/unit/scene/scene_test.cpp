#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/atomic_file.h"
#include "core/error.h"
#include "scene/scene.h"

namespace {

const char* kGood = R"(
[scene]
title = "测试场景"
title_en = "Test scene"
crs = "EPSG:4507"
attribution = ["A", "B"]

[camera]
center = [104.05, 30.6]
distance = 12000
pitch = 50
bearing = -10

[[layers]]
id = "districts"
kind = "fill"
source = { path = "cache/d.gpkg", layer = "districts", datum = "gcj02" }
fields = { name = "name_zh" }
style = { color = "#d0d4d8", opacity = 0.9, outline = "#ffffff" }

[[layers]]
id = "rings"
kind = "ring"
ring_radii = [1500, 3000]
source = { path = "u.csv", x = "lon_wgs84", y = "lat_wgs84" }

[[layers]]
id = "buildings"
kind = "extrusion"
sample = true
source = { path = "/abs/b.gpkg" }
fields = { sector = "sector", height = "height_m" }
style = { color_mode = "category", color_field = "sector", height_scale = 2 }
)";

std::string expectError(const std::string& text) {
  try {
    ps::parseScene(text, "/tmp/x/bad.toml");
  } catch (const ps::Error& e) {
    return e.what();
  }
  ADD_FAILURE() << "no error for:\n" << text;
  return {};
}

}  // namespace

TEST(Scene, ParsesAllSections) {
  ps::Scene s = ps::parseScene(kGood, "/tmp/x/scene.toml");
  EXPECT_EQ(s.title, "测试场景");
  EXPECT_EQ(s.crs, "EPSG:4507");
  EXPECT_EQ(s.attribution.size(), 2u);
  EXPECT_DOUBLE_EQ(s.camera.center.x, 104.05);
  EXPECT_DOUBLE_EQ(s.camera.distance, 12000);
  ASSERT_EQ(s.layers.size(), 3u);
  EXPECT_EQ(s.layers[0].source.datum, "gcj02");
  EXPECT_TRUE(s.layers[0].style.outline.has_value());
  EXPECT_NEAR(s.layers[0].style.color.r, 0xd0 / 255.0, 1e-6);
  EXPECT_EQ(s.layers[1].kind, ps::LayerKind::Ring);
  EXPECT_EQ(s.layers[1].ringRadii, (std::vector<double>{1500, 3000}));
  EXPECT_TRUE(s.layers[2].sample);
  EXPECT_EQ(s.layers[2].style.colorMode, ps::ColorMode::Category);
  EXPECT_EQ(s.resolve("cache/d.gpkg"), "/tmp/x/cache/d.gpkg");
  EXPECT_EQ(s.resolve("/abs/b.gpkg"), "/abs/b.gpkg");
  EXPECT_EQ(s.resolve("PG:dbname=parks"), "PG:dbname=parks");
}

TEST(Scene, ErrorsNameFileKeyAndProblem) {
  std::string e = expectError("[camera]\npitch = 120\n[[layers]]\nid='a'\nkind='fill'\nsource={path='x'}\n");
  EXPECT_NE(e.find("bad.toml"), std::string::npos) << e;
  EXPECT_NE(e.find("camera.pitch"), std::string::npos) << e;
  EXPECT_NE(e.find("out of range"), std::string::npos) << e;

  e = expectError("[[layers]]\nid='a'\nkind='fill'\nsource={path='x'}\nstyle={colour='#fff'}\n");
  EXPECT_NE(e.find("layers[0].style.colour"), std::string::npos) << e;
  EXPECT_NE(e.find("unknown key"), std::string::npos) << e;

  e = expectError("[[layers]]\nid='a'\nkind='blob'\nsource={path='x'}\n");
  EXPECT_NE(e.find("unknown layer kind"), std::string::npos) << e;

  e = expectError("[[layers]]\nid='a'\nkind='ring'\nsource={path='x'}\n");
  EXPECT_NE(e.find("ring_radii"), std::string::npos) << e;

  e = expectError("[[layers]]\nid='a'\nkind='ring'\nring_radii=[-5]\nsource={path='x'}\n");
  EXPECT_NE(e.find("ring_radii[0]"), std::string::npos) << e;

  e = expectError("[[layers]]\nid='a'\nkind='fill'\nsource={path='x'}\nstyle={color='red'}\n");
  EXPECT_NE(e.find("colour"), std::string::npos) << e;

  e = expectError("[[layers]]\nid='a'\nkind='fill'\n");
  EXPECT_NE(e.find("layers[0].source"), std::string::npos) << e;

  e = expectError("[scene\ntitle='x'\n");
  EXPECT_NE(e.find("line 1"), std::string::npos) << e;

  e = expectError("[scene]\ntitle='x'\n");
  EXPECT_NE(e.find("no [[layers]]"), std::string::npos) << e;

  e = expectError("[[layers]]\nid='a'\nkind='fill'\nsource={path='x'}\n[[layers]]\nid='a'\nkind='fill'\nsource={path='y'}\n");
  EXPECT_NE(e.find("duplicate layer id"), std::string::npos) << e;

  e = expectError("[[layers]]\nid='a'\nkind='fill'\nsource={path='x', datum='bd09'}\n");
  EXPECT_NE(e.find("unknown datum"), std::string::npos) << e;

  e = expectError("[[layers]]\nid='a'\nkind='fill'\nsource={path='x'}\noccupancy_unit='promille'\n");
  EXPECT_NE(e.find("layers[0].occupancy_unit"), std::string::npos) << e;
  EXPECT_NE(e.find("\"percent\""), std::string::npos) << e;
}

// Hardening: a scene may not ask for more than the viewer's sliders allow (a
// 1 m hexagon over a city is millions of cells; eps = 100 km one cluster).
TEST(Scene, DerivedParametersHaveTheViewersLimits) {
  const std::string base = "[[layers]]\nid='b'\nkind='extrusion'\nsource={path='x'}\n[[layers]]\nid='d'\nfrom='b'\n";
  std::string e = expectError(base + "kind='hexbin'\nhex_size=1\n");
  EXPECT_NE(e.find("layers[1].hex_size"), std::string::npos) << e;
  e = expectError(base + "kind='clusters'\neps=100000\n");
  EXPECT_NE(e.find("layers[1].eps"), std::string::npos) << e;
  e = expectError(base + "kind='clusters'\nmin_points=100000\n");
  EXPECT_NE(e.find("layers[1].min_points"), std::string::npos) << e;
}

TEST(Scene, MissingFileNamesIt) {
  try {
    ps::loadScene("/nonexistent/scene.toml");
    FAIL();
  } catch (const ps::Error& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/scene.toml: file not found"), std::string::npos);
  }
}

TEST(Scene, SaveLoadRoundTripAtomic) {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(PARKSCAPE_TEST_TMP) / "scene_roundtrip";
  fs::create_directories(dir / "sub");
  ps::Scene s = ps::parseScene(kGood, (dir / "scene.toml").string());
  s.camera.bearing = 33;
  s.layers[2].style.opacity = 0.5f;
  const std::string out = (dir / "sub" / "saved.toml").string();
  ps::saveScene(s, out);
  ps::Scene t = ps::loadScene(out);
  EXPECT_EQ(t.title, s.title);
  EXPECT_DOUBLE_EQ(t.camera.bearing, 33);
  ASSERT_EQ(t.layers.size(), 3u);
  EXPECT_FLOAT_EQ(t.layers[2].style.opacity, 0.5f);
  EXPECT_EQ(t.layers[1].ringRadii, s.layers[1].ringRadii);
  // Relative sources still point at the same files from the new folder.
  EXPECT_EQ(t.resolve(t.layers[0].source.path), s.resolve(s.layers[0].source.path));
  // No temp files left behind.
  for (auto& e : fs::directory_iterator(dir / "sub"))
    EXPECT_EQ(e.path().filename().string().find(".saved.tmp"), std::string::npos);
}

TEST(Scene, AtomicWriteIntoMissingFolderFailsCleanly) {
  EXPECT_THROW(ps::writeFileAtomic("/nonexistent-dir/x.toml", "a"), ps::Error);
}

TEST(Scene, DefaultChengduSceneParses) {
  ps::Scene s = ps::loadScene(std::string(PARKSCAPE_SOURCE_DIR) + "/geodata/chengdu.toml");
  EXPECT_EQ(s.crs, "EPSG:4507");
  EXPECT_GE(s.layers.size(), 5u);
  bool anySample = false;
  for (const auto& l : s.layers) anySample = anySample || l.sample;
  EXPECT_TRUE(anySample);
}
