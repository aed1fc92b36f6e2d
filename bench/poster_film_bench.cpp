// Posters and film: figures for the README.
//  1. Peak RSS (VmHWM) and time of a 16K poster (15360 x 8640, tiled, rows
//     streamed to the PNG) beside a plain 1080p render of the same scene, each
//     in its own forked process so one peak does not hide the other.
//  2. Film frames per second at 1080p (story render + H.264 encode), beside
//     the story render alone and a plain `render` of the same frame.
//   build/bench/poster_film_bench [poster|film|all]   (default all; minutes on llvmpipe)
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

#include <sys/wait.h>
#include <unistd.h>

#include "core/build_paths.h"
#include "core/process_memory.h"
#include "map/render_poster.h"
#include "viewer/film_export.h"
#include "viewer/story_render.h"

using namespace ps;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double secondsSince(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

// In a child process: load the scene, render w x h to a PNG, print time and peak RSS.
void posterCase(const char* label, int w, int h) {
  std::fflush(stdout);
  const pid_t pid = fork();
  if (pid == 0) {
    const std::string scene = std::string(sourceDir()) + "/geodata/chengdu.toml";
    const data::SceneData data = data::loadSceneData(loadScene(scene));
    const long loadedKb = peakResidentKb();
    map::RenderOptions opt;
    opt.width = w;
    opt.height = h;
    const std::string out = (fs::temp_directory_path() / ("parkscape_bench_" + std::to_string(getpid()) + ".png")).string();
    const auto t0 = Clock::now();
    const map::PosterResult r = map::renderPoster(data, opt, {}, out, map::pngMetadata(data));
    const double s = secondsSince(t0);
    std::error_code ec;
    const auto bytes = fs::file_size(out, ec);
    fs::remove(out, ec);
    std::printf("%-22s %5dx%-5d %2d tiles  %7.1f s  peak RSS %6.0f MB (after load %4.0f MB)  PNG %5.1f MB\n", label, w, h,
                r.tilesX * r.tilesY, s, peakResidentKb() / 1024.0, loadedKb / 1024.0, double(bytes) / 1e6);
    std::fflush(stdout);
    _exit(0);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) std::printf("%-22s failed (status %d)\n", label, status);
}

void filmCase() {
  const std::string story = std::string(sourceDir()) + "/geodata/stories/kiosk_attract.toml";
  auto stage = viewer::stageStory(story, Lang::Zh);
  viewer::StoryRenderer renderer(stage->state);
  viewer::StoryRenderOptions ro;  // 1920 x 1080
  const int fps = 30, n = 10;
  const double t0s = stage->player->stepStart(1);  // mid-flight into step 2: the camera moves every frame
  // Story render alone.
  auto t0 = Clock::now();
  for (int i = 0; i < n; ++i) (void)renderer.render(*stage, stage->player->at(t0s + double(i) / fps), ro);
  const double renderOnly = n / secondsSince(t0);
  // Render + encode: the film's own loop over the same frames.
  const std::string out = (fs::temp_directory_path() / ("parkscape_bench_" + std::to_string(getpid()) + ".mp4")).string();
  {
    media::VideoOptions vo;
    media::VideoEncoder enc(out, vo);
    t0 = Clock::now();
    for (int i = 0; i < n; ++i) {
      const render::Image img = renderer.render(*stage, stage->player->at(t0s + double(i) / fps), ro);
      enc.addFrame(img.rgba.data(), img.width * 4);
    }
    enc.finish();
  }
  const double film = n / secondsSince(t0);
  std::error_code ec;
  fs::remove(out, ec);
  // A plain render of the same scene at 1080p (context, upload, labels, furniture: what `render` does per image).
  t0 = Clock::now();
  (void)map::renderScene(*stage->state.data, map::RenderOptions{});
  const double plain = secondsSince(t0);
  std::printf("film 1920x1080: %.2f frames/s (render + H.264), story render alone %.2f frames/s, "
              "plain render of one frame %.2f s\n", film, renderOnly, plain);
}

}  // namespace

int main(int argc, char** argv) {
  const std::string what = argc > 1 ? argv[1] : "all";
  if (what == "poster" || what == "all") {
    posterCase("plain render 1080p", 1920, 1080);
    posterCase("16K poster", 15360, 8640);
  }
  if (what == "film" || what == "all") filmCase();
  return 0;
}
