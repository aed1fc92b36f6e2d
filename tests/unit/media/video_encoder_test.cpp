// media::VideoEncoder against FFmpeg's own tools: ffprobe reads what it wrote
// (H.264, yuv420p, the frame count, size and rate), ffmpeg decodes a frame
// close to what went in, and an unfinished film leaves nothing behind.
#include "media/video_encoder.h"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "render/image.h"

using namespace ps;
namespace fs = std::filesystem;

namespace {

fs::path scratch(const char* name) {
  fs::path d = fs::path(PARKSCAPE_TEST_TMP) / "media" / name;
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}

std::string run(const std::string& cmd) {
  std::string out;
  std::unique_ptr<FILE, int (*)(FILE*)> p(popen(cmd.c_str(), "r"), pclose);
  if (!p) return out;
  std::array<char, 256> buf{};
  while (fgets(buf.data(), buf.size(), p.get())) out += buf.data();
  return out;
}

bool haveFfprobe() { return std::system("ffprobe -version > /dev/null 2>&1") == 0; }

// A frame with large flat areas and a moving bar (frame k).
render::Image testFrame(int w, int h, int k) {
  render::Image img;
  img.width = w;
  img.height = h;
  img.rgba.resize(size_t(w) * h * 4);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      uint8_t* p = img.pixel(x, y);
      const bool bar = x >= 10 + 8 * k && x < 40 + 8 * k;
      p[0] = bar ? 200 : uint8_t(x * 255 / w);
      p[1] = bar ? 40 : uint8_t(y * 255 / h);
      p[2] = bar ? 30 : 160;
      p[3] = 255;
    }
  return img;
}

}  // namespace

TEST(VideoEncoder, FfprobeReadsH264FramesAndSize) {
  if (!haveFfprobe()) GTEST_FAIL() << "ffprobe missing (Debian package ffmpeg, scripts/debian-packages.txt)";
  const fs::path dir = scratch("probe");
  const std::string out = (dir / "film.mp4").string();
  media::VideoOptions opt;
  opt.width = 320;
  opt.height = 180;
  opt.fps = 25;
  {
    media::VideoEncoder enc(out, opt);
    for (int k = 0; k < 12; ++k) {
      const render::Image f = testFrame(320, 180, k);
      enc.addFrame(f.rgba.data(), f.width * 4);
    }
    EXPECT_FALSE(fs::exists(out));  // only the temporary until finish()
    enc.finish();
    EXPECT_EQ(enc.frames(), 12);
  }
  ASSERT_TRUE(fs::exists(out));
  const std::string probe = run("ffprobe -v error -count_frames -select_streams v:0 -show_entries "
                                "stream=codec_name,pix_fmt,width,height,nb_read_frames,r_frame_rate -of default=nw=1 '" +
                                out + "'");
  EXPECT_NE(probe.find("codec_name=h264"), std::string::npos) << probe;
  EXPECT_NE(probe.find("pix_fmt=yuv420p"), std::string::npos) << probe;
  EXPECT_NE(probe.find("width=320"), std::string::npos) << probe;
  EXPECT_NE(probe.find("height=180"), std::string::npos) << probe;
  EXPECT_NE(probe.find("nb_read_frames=12"), std::string::npos) << probe;
  EXPECT_NE(probe.find("r_frame_rate=25/1"), std::string::npos) << probe;
  // Frame 5 decoded back: close to what went in (lossy, but not by much).
  const std::string png = (dir / "f5.png").string();
  ASSERT_EQ(std::system(("ffmpeg -v error -y -i '" + out + "' -vf 'select=eq(n\\,5)' -frames:v 1 '" + png + "'").c_str()), 0);
  const render::DiffResult d = render::compareImages(render::readPng(png), testFrame(320, 180, 5), 24);
  EXPECT_LT(d.fraction, 0.02) << d.differing << " pixels differ by more than 24";
  // Nothing temporary left beside the film.
  int entries = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++entries;
  EXPECT_EQ(entries, 2);
}

TEST(VideoEncoder, UnfinishedFilmLeavesNothing) {
  const fs::path dir = scratch("unfinished");
  const std::string out = (dir / "film.mp4").string();
  {
    media::VideoOptions opt;
    opt.width = 64;
    opt.height = 64;
    media::VideoEncoder enc(out, opt);
    const render::Image f = testFrame(64, 64, 0);
    enc.addFrame(f.rgba.data(), f.width * 4);
  }  // an error or Ctrl-C: destroyed without finish()
  EXPECT_TRUE(fs::is_empty(dir));
}

TEST(VideoEncoder, BadOptionsAreNamed) {
  media::VideoOptions odd;
  odd.width = 321;
  odd.height = 180;
  try {
    media::checkVideoOptions(odd);
    FAIL();
  } catch (const std::exception& e) {
    EXPECT_NE(std::string(e.what()).find("--size"), std::string::npos) << e.what();
  }
  media::VideoOptions fps;
  fps.fps = 0;
  try {
    media::checkVideoOptions(fps);
    FAIL();
  } catch (const std::exception& e) {
    EXPECT_NE(std::string(e.what()).find("--fps"), std::string::npos) << e.what();
  }
}
