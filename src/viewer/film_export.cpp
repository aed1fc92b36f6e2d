#include "viewer/film_export.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>

#include "core/error.h"

namespace ps::viewer {

namespace fs = std::filesystem;

int filmFrameCount(const story::StoryPlayer& player, int fps) {
  return static_cast<int>(std::floor(player.totalDuration() * fps + 1e-6)) + 1;
}

int lastFrameOfStep(const story::StoryPlayer& player, int step, int fps) {
  const int n = filmFrameCount(player, fps);
  if (step + 1 >= player.stepCount()) return n - 1;
  // Frame k shows time k / fps; step+1 owns every frame from its start on.
  const int firstOfNext = static_cast<int>(std::ceil(player.stepStart(step + 1) * fps - 1e-6));
  return std::clamp(firstOfNext - 1, 0, n - 1);
}

FilmExport::FilmExport(const story::StoryPlayer& player, FilmOptions opt, FrameSource source)
    : player_(player), opt_(std::move(opt)), source_(std::move(source)) {
  media::checkVideoOptions(opt_.video);
  if (player_.stepCount() == 0) throw Error(player_.story().path, "the story has no steps", "steps");
  frames_ = filmFrameCount(player_, opt_.video.fps);
  if (!opt_.framesDir.empty()) {
    std::error_code ec;
    if (fs::exists(opt_.framesDir, ec) && !fs::is_directory(opt_.framesDir, ec))
      throw Error(opt_.framesDir, "--frames must name a folder, this is a file", "--frames");
    fs::create_directories(opt_.framesDir, ec);
    if (ec) throw Error(opt_.framesDir, "cannot create the folder: " + ec.message(), "--frames");
  } else {
    encoder_ = std::make_unique<media::VideoEncoder>(opt_.out, opt_.video);
  }
}

FilmExport::~FilmExport() = default;

bool FilmExport::step() {
  if (finished()) return false;
  const double t = double(done_) / double(opt_.video.fps);
  const render::Image img = source_(player_.at(t));
  if (img.width != opt_.video.width || img.height != opt_.video.height)
    throw Error(opt_.out, "a frame came back at the wrong size");
  if (encoder_) {
    encoder_->addFrame(img.rgba.data(), img.width * 4);
  } else {
    char name[32];
    std::snprintf(name, sizeof name, "frame_%05d.png", done_);
    render::writePng(img, (fs::path(opt_.framesDir) / name).string(), {}, render::PngChannels::Rgb);
  }
  ++done_;
  if (finished() && encoder_) encoder_->finish();
  return !finished();
}

}  // namespace ps::viewer
