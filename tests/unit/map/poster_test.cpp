// Posters (map/render_poster.h): a tiled render, stitched and streamed to the
// PNG, equals the untiled render of the same size within the render tests'
// tolerance (threshold 16, 0.0005 of the pixels: tests/render/README.md); the
// dpi lands in pHYs; the output scale grows with the picture.
#include <filesystem>
#include <fstream>
#include <iterator>

#include <gtest/gtest.h>

#include "map/render_poster.h"
#include "render/image.h"

using namespace ps;

namespace {

std::filesystem::path scratch() {
  std::filesystem::path d = std::filesystem::path(PARKSCAPE_TEST_TMP) / "poster";
  std::filesystem::create_directories(d);
  return d;
}

// pHYs x pixels per unit and unit, from the raw file (0 when absent).
std::pair<unsigned, int> physOf(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const size_t at = bytes.find("pHYs");
  if (at == std::string::npos || at + 13 > bytes.size()) return {0, -1};
  const auto b = [&](size_t i) { return static_cast<unsigned>(static_cast<unsigned char>(bytes[at + 4 + i])); };
  return {b(0) << 24 | b(1) << 16 | b(2) << 8 | b(3), static_cast<int>(b(8))};
}

}  // namespace

TEST(Poster, OutputScaleFollowsTheArea) {
  EXPECT_FLOAT_EQ(map::outputScale(1280, 720), 1.0f);
  EXPECT_FLOAT_EQ(map::outputScale(1920, 1080), 1.0f);
  EXPECT_FLOAT_EQ(map::outputScale(3840, 2160), 2.0f);
  EXPECT_FLOAT_EQ(map::outputScale(7680, 4320), 4.0f);
  EXPECT_FLOAT_EQ(map::outputScale(4320, 7680), 4.0f);  // portrait alike
  EXPECT_FLOAT_EQ(map::outputScale(7680, 4320, 1.5f), 1.5f);
  EXPECT_FLOAT_EQ(map::furnitureScale(1280, 720), 0.75f);  // unchanged below 1080p
  EXPECT_FLOAT_EQ(map::furnitureScale(7680, 4320), 4.0f);
}

// An oblique 3D view with labels near tall buildings (labels hidden behind
// them decided once for the whole picture), furniture across band edges.
TEST(Poster, TiledEqualsUntiled) {
  const std::string scene = std::string(PARKSCAPE_SOURCE_DIR) + "/geodata/chengdu.toml";
  if (!std::filesystem::exists(std::string(PARKSCAPE_SOURCE_DIR) + "/geodata/cache/sample_parks.gpkg"))
    GTEST_SKIP() << "geodata/cache missing (scripts/prepare_data.sh)";
  const data::SceneData data = data::loadSceneData(loadScene(scene));
  map::RenderOptions opt;
  opt.width = 520;
  opt.height = 330;
  CameraSpec cam = data.scene.camera;
  cam.center = {104.0530, 30.5620};
  cam.distance = 2600;
  cam.pitch = 58;
  cam.bearing = 25;
  opt.camera = cam;
  const std::string whole = (scratch() / "whole.png").string(), tiled = (scratch() / "tiled.png").string();
  map::PosterOptions one;
  const map::PosterResult r1 = map::renderPoster(data, opt, one, whole, {});
  EXPECT_EQ(r1.tilesX * r1.tilesY, 1);
  map::PosterOptions small;
  small.maxTile = 128;  // 5 x 3 tiles, the last ones partial
  small.dpi = 300;
  const map::PosterResult r2 = map::renderPoster(data, opt, small, tiled, {{"Comment", "tiled"}});
  EXPECT_EQ(r2.tilesX, 5);
  EXPECT_EQ(r2.tilesY, 3);
  const render::Image a = render::readPng(tiled), e = render::readPng(whole);
  const render::DiffResult d = render::compareImages(a, e, 16);
  if (d.fraction > 0.0005 && !d.diff.empty()) render::writePng(d.diff, (scratch() / "diff.png").string());
  EXPECT_LE(d.fraction, 0.0005) << d.differing << " pixels differ, max " << d.maxDiff << "; see " << scratch();
  EXPECT_EQ(physOf(tiled).first, 11811u);  // 300 dpi = 11811 px/m
  EXPECT_EQ(physOf(tiled).second, 1);      // unit: metre
  EXPECT_EQ(physOf(whole).first, 0u);      // no dpi, no pHYs
  EXPECT_EQ(render::readPngText(tiled).at(0).second, "tiled");
}
