#include "render/image.h"

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "core/error.h"

namespace {

namespace fs = std::filesystem;
using ps::render::Image;

fs::path tmpDir(const std::string& name) {
  const fs::path d = fs::path(PARKSCAPE_TEST_TMP) / "render" / name;
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}

Image gradient(int w, int h) {
  Image img;
  img.width = w;
  img.height = h;
  img.rgba.resize(size_t(w) * h * 4);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      uint8_t* p = img.pixel(x, y);
      p[0] = uint8_t(x * 255 / (w - 1));
      p[1] = uint8_t(y * 255 / (h - 1));
      p[2] = uint8_t((x + y) % 256);
      p[3] = uint8_t(y == 0 ? 128 : 255);
    }
  return img;
}

TEST(Png, RoundTripKeepsPixelsAndTextChunks) {
  const fs::path d = tmpDir("roundtrip");
  const Image img = gradient(37, 21);
  const std::string path = (d / "out.png").string();
  ps::render::writePng(img, path, {{"Source", "Parkscape sample data"}, {"Title", "成都 武侯区"}});
  const Image back = ps::render::readPng(path);
  EXPECT_EQ(back.width, 37);
  EXPECT_EQ(back.height, 21);
  EXPECT_EQ(back.rgba, img.rgba);
  const auto text = ps::render::readPngText(path);
  ASSERT_EQ(text.size(), 2u);
  EXPECT_EQ(text[0].first, "Source");
  EXPECT_EQ(text[0].second, "Parkscape sample data");
  EXPECT_EQ(text[1].second, "成都 武侯区");
}

TEST(Png, AtomicWriteLeavesNoTempFile) {
  const fs::path d = tmpDir("atomic");
  const std::string path = (d / "a.png").string();
  ps::render::writePng(gradient(8, 8), path);
  ps::render::writePng(gradient(16, 4), path);  // replaces
  size_t files = 0;
  for (const auto& e : fs::directory_iterator(d)) {
    ++files;
    EXPECT_EQ(e.path().filename(), "a.png");
  }
  EXPECT_EQ(files, 1u);
  EXPECT_EQ(ps::render::readPng(path).width, 16);
}

TEST(Png, WriteIntoMissingFolderNamesTheFile) {
  const std::string path = (tmpDir("missing") / "no" / "such" / "x.png").string();
  try {
    ps::render::writePng(gradient(4, 4), path);
    FAIL() << "expected ps::Error";
  } catch (const ps::Error& e) {
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
  }
}

TEST(Png, ReadErrorsNameTheFile) {
  const fs::path d = tmpDir("errors");
  const std::string missing = (d / "missing.png").string();
  EXPECT_THROW(ps::render::readPng(missing), ps::Error);
  const std::string garbage = (d / "garbage.png").string();
  std::ofstream(garbage) << "this is not a png";
  try {
    ps::render::readPng(garbage);
    FAIL() << "expected ps::Error";
  } catch (const ps::Error& e) {
    EXPECT_EQ(e.file(), garbage);
    EXPECT_NE(std::string(e.what()).find("not a PNG"), std::string::npos);
  }
  // A truncated file: the signature is right, the data is cut.
  const std::string good = (d / "good.png").string();
  ps::render::writePng(gradient(64, 64), good);
  const auto size = fs::file_size(good);
  fs::resize_file(good, size / 2);
  EXPECT_THROW(ps::render::readPng(good), ps::Error);
}

TEST(CompareImages, CountsPixelsOverTheThreshold) {
  const Image a = gradient(10, 10);
  Image b = a;
  auto same = ps::render::compareImages(a, b, 0);
  EXPECT_EQ(same.differing, 0u);
  EXPECT_EQ(same.fraction, 0.0);
  b.pixel(3, 4)[1] = uint8_t(b.pixel(3, 4)[1] ^ 0x40);  // 64 off
  b.pixel(7, 7)[0] = uint8_t(b.pixel(7, 7)[0] > 128 ? b.pixel(7, 7)[0] - 5 : b.pixel(7, 7)[0] + 5);
  auto r = ps::render::compareImages(b, a, 10);
  EXPECT_EQ(r.differing, 1u);
  EXPECT_DOUBLE_EQ(r.fraction, 0.01);
  EXPECT_EQ(r.maxDiff, 64);
  ASSERT_EQ(r.diff.width, 10);
  EXPECT_EQ(r.diff.pixel(3, 4)[0], 255);
  EXPECT_EQ(r.diff.pixel(3, 4)[1], 0);
  EXPECT_EQ(r.diff.pixel(7, 7)[0], r.diff.pixel(7, 7)[1]);  // grey, not red
  EXPECT_EQ(ps::render::compareImages(b, a, 4).differing, 2u);
}

TEST(CompareImages, DifferentSizesDifferEntirely) {
  const auto r = ps::render::compareImages(gradient(10, 10), gradient(10, 11), 255);
  EXPECT_EQ(r.fraction, 1.0);
  EXPECT_TRUE(r.diff.empty());
}

}  // namespace
