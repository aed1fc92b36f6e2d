// The film (viewer/film_export.h through viewer/story_render.h and
// media/video_encoder.h) against the stills `render --story --step N` makes
// (app::renderStory): a 3-step story at 320x180, 10 fps.
//  - the MP4: ffprobe reads H.264, 31 frames of 320x180; the last frame of each
//    step, decoded by ffmpeg, matches the step's still within the codec's
//    tolerance (yuv420p halves the chroma, so coloured text edges move: a
//    per-channel threshold of 48 and 1.5 % of the pixels);
//  - the PNG sequence (--frames): the same frames before encoding, within the
//    render tests' tolerance (threshold 16, 0.0005 of the pixels).
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "app/render_story.h"
#include "render/image.h"
#include "viewer/film_export.h"
#include "viewer/story_render.h"

using namespace ps;
namespace fs = std::filesystem;

namespace {

std::string run(const std::string& cmd) {
  std::string out;
  std::unique_ptr<FILE, int (*)(FILE*)> p(popen(cmd.c_str(), "r"), pclose);
  if (!p) return out;
  std::array<char, 256> buf{};
  while (fgets(buf.data(), buf.size(), p.get())) out += buf.data();
  return out;
}

std::string frameName(int i) {
  char name[32];
  std::snprintf(name, sizeof name, "frame_%05d.png", i);
  return name;
}

class Film : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!fs::exists(fs::path(PARKSCAPE_SOURCE_DIR) / "geodata/cache/sample_parks.gpkg")) return;
    dir_ = fs::path(PARKSCAPE_TEST_TMP) / "film";
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    const std::string story = std::string(PARKSCAPE_TEST_DATA) + "/film/three_steps.toml";
    auto stage = viewer::stageStory(story, Lang::En);
    viewer::StoryRenderer renderer(stage->state);
    viewer::StoryRenderOptions ro;
    ro.width = 320;
    ro.height = 180;
    const viewer::FrameSource source = [&](const story::Frame& f) { return renderer.render(*stage, f, ro); };
    for (const bool mp4 : {true, false}) {
      viewer::FilmOptions fo;
      fo.video.width = 320;
      fo.video.height = 180;
      fo.video.fps = 10;
      if (mp4) fo.out = (dir_ / "film.mp4").string();
      else fo.framesDir = (dir_ / "frames").string();
      viewer::FilmExport film(*stage->player, fo, source);
      while (film.step()) {
      }
      frames_ = film.frameCount();
    }
    for (int i = 0; i < 3; ++i) last_[i] = viewer::lastFrameOfStep(*stage->player, i, 10);
    app::RenderStoryArgs a;
    a.story = story;
    a.out = (dir_ / "still.png").string();
    a.lang = "en";
    a.step = 0;  // every step: still-1.png ...
    a.width = 320;
    a.height = 180;
    app::renderStory(a);
  }
  void SetUp() override {
    if (dir_.empty()) GTEST_SKIP() << "geodata/cache missing (scripts/prepare_data.sh)";
  }
  static render::Image still(int step) { return render::readPng((dir_ / ("still-" + std::to_string(step + 1) + ".png")).string()); }
  static fs::path dir_;
  static int frames_;
  static std::array<int, 3> last_;
};
fs::path Film::dir_;
int Film::frames_ = 0;
std::array<int, 3> Film::last_{};

}  // namespace

// One test (CTest runs each TEST in its own process, and the film and the
// stills take minutes on llvmpipe): the MP4, then the stills against the
// decoded MP4 and against the PNG sequence.
TEST_F(Film, Mp4AndFramesMatchTheStills) {
  EXPECT_EQ(frames_, 31);  // 3 x (0.5 s + 0.5 s) at 10 fps, both ends
  EXPECT_EQ(last_[0], 9);
  EXPECT_EQ(last_[1], 19);
  EXPECT_EQ(last_[2], 30);
  const std::string probe = run("ffprobe -v error -count_frames -select_streams v:0 -show_entries "
                                "stream=codec_name,width,height,nb_read_frames,pix_fmt -of default=nw=1 '" +
                                (dir_ / "film.mp4").string() + "'");
  EXPECT_NE(probe.find("codec_name=h264"), std::string::npos) << probe;
  EXPECT_NE(probe.find("pix_fmt=yuv420p"), std::string::npos) << probe;
  EXPECT_NE(probe.find("width=320"), std::string::npos) << probe;
  EXPECT_NE(probe.find("height=180"), std::string::npos) << probe;
  EXPECT_NE(probe.find("nb_read_frames=31"), std::string::npos) << probe;
  for (int s = 0; s < 3; ++s) {
    const std::string png = (dir_ / ("decoded-" + std::to_string(s) + ".png")).string();
    const std::string cmd = "ffmpeg -v error -y -i '" + (dir_ / "film.mp4").string() + "' -vf 'select=eq(n\\," +
                            std::to_string(last_[s]) + ")' -frames:v 1 '" + png + "'";
    ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
    const render::DiffResult d = render::compareImages(render::readPng(png), still(s), 48);
    if (d.fraction > 0.015 && !d.diff.empty()) render::writePng(d.diff, (dir_ / ("diff-" + std::to_string(s) + ".png")).string());
    EXPECT_LE(d.fraction, 0.015) << "step " << s + 1 << ": " << d.differing << " pixels, max " << d.maxDiff;
  }
  for (int s = 0; s < 3; ++s) {
    const render::Image frame = render::readPng((dir_ / "frames" / frameName(last_[s])).string());
    const render::DiffResult d = render::compareImages(frame, still(s), 16);
    EXPECT_LE(d.fraction, 0.0005) << "step " << s + 1 << ": " << d.differing << " pixels, max " << d.maxDiff;
  }
  EXPECT_TRUE(fs::exists(dir_ / "frames" / frameName(30)));
  EXPECT_FALSE(fs::exists(dir_ / "frames" / frameName(31)));
}
