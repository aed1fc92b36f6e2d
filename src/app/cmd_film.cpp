// parkscape film <story> --out tour.mp4 [--size 1920x1080] [--fps 30] [--lang zh|en] [--frames DIR]
// Every frame rendered offscreen (EGL, no display) on a virtual clock from the
// story player, the caption card and legend burned in (viewer/story_render.h,
// the picture `render --story --step` makes), encoded to H.264 in MP4
// (media/video_encoder.h) or written as a PNG sequence. Ctrl-C or an error
// leaves no half-written film.
#include <chrono>
#include <csignal>
#include <cstdio>
#include <memory>
#include <string>

#include <unistd.h>

#include <CLI/CLI.hpp>

#include "app/commands.h"
#include "app/size_option.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "viewer/film_export.h"
#include "viewer/story_render.h"

namespace ps::app {

namespace {

volatile std::sig_atomic_t gInterrupted = 0;
void onSigint(int) { gInterrupted = 1; }

// Restores the previous SIGINT handler when the film is done or abandoned.
// SIGINT (Ctrl-C, the viewer's Cancel) and SIGTERM (the viewer quitting or
// dying) stop the film between frames, so that its temporary is removed.
struct SigintGuard {
  void (*previous)(int);
  void (*previousTerm)(int);
  SigintGuard() : previous(std::signal(SIGINT, onSigint)), previousTerm(std::signal(SIGTERM, onSigint)) { gInterrupted = 0; }
  ~SigintGuard() {
    std::signal(SIGINT, previous);
    std::signal(SIGTERM, previousTerm);
  }
  SigintGuard(const SigintGuard&) = delete;
  SigintGuard& operator=(const SigintGuard&) = delete;
};

std::string clock(double s) {
  const int v = static_cast<int>(s + 0.5);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%d:%02d", v / 60, v % 60);
  return buf;
}

// stderr: a redrawn bar with the ETA on a terminal, else a plain line per 10 %.
class Progress {
 public:
  explicit Progress(int total) : total_(total), tty_(::isatty(STDERR_FILENO) == 1), t0_(std::chrono::steady_clock::now()) {}
  void update(int done) {
    const double el = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0_).count();
    const double fps = el > 0 ? done / el : 0, eta = fps > 0 ? (total_ - done) / fps : 0;
    const int pct = total_ > 0 ? done * 100 / total_ : 100;
    if (tty_) {
      char bar[31];
      for (int i = 0; i < 30; ++i) bar[i] = i < pct * 30 / 100 ? '#' : '.';
      bar[30] = 0;
      std::fprintf(stderr, "\r[%s] %3d%% %d/%d frames, %.1f fps, ETA %s ", bar, pct, done, total_, fps, clock(eta).c_str());
      if (done == total_) std::fputc('\n', stderr);
    } else if (pct / 10 > lastDecile_ || done == total_) {
      lastDecile_ = pct / 10;
      std::fprintf(stderr, "parkscape: film %d%% (%d/%d frames, %.1f fps, ETA %s)\n", pct, done, total_, fps,
                   clock(eta).c_str());
    }
    std::fflush(stderr);
  }

 private:
  int total_;
  bool tty_;
  int lastDecile_ = 0;
  std::chrono::steady_clock::time_point t0_;
};

}  // namespace

void registerFilm(CLI::App& app, Runner& run) {
  struct Args {
    std::string story, out, size = "1920x1080", lang = "zh", frames, preset = "medium";
    int fps = 30, crf = 18, msaa = 4;
    float uiScale = 0;
    bool progressLines = false;
  };
  auto a = std::make_shared<Args>();
  auto* cmd = app.add_subcommand("film", "Render a story to an MP4 film (H.264) or a PNG sequence, headless");
  cmd->add_option("story", a->story, "Story file (TOML)")->required();
  cmd->add_option("--out,-o", a->out, "MP4 to write (atomically: nothing appears until the film is whole)");
  cmd->add_option("--frames", a->frames, "Write frame_00000.png ... into this folder instead of an MP4");
  cmd->add_option("--size,-s", a->size, "Frame size WIDTHxHEIGHT, even numbers, e.g. 1920x1080");
  cmd->add_option("--fps", a->fps, "Frames per second of story time (1 .. 120)");
  cmd->add_option("--lang", a->lang, "Text language: zh or en")->check(CLI::IsMember({"zh", "en"}));
  cmd->add_option("--crf", a->crf, "H.264 quality, 0 (lossless) .. 51; 18 looks lossless")->check(CLI::Range(0, 51));
  cmd->add_option("--preset", a->preset, "x264 preset")
      ->check(CLI::IsMember({"ultrafast", "superfast", "veryfast", "faster", "fast", "medium", "slow", "slower"}));
  cmd->add_option("--ui-scale", a->uiScale, "Scale of caption, legend and text (default: from the size)")
      ->check(CLI::Range(0.25, 8.0));
  cmd->add_option("--msaa", a->msaa, "Multisample count (1 = off)")->check(CLI::Range(1, 16));
  cmd->add_flag("--progress-lines", a->progressLines,
                "Print 'progress DONE TOTAL' on stdout after every frame (for the viewer's File menu export)");
  cmd->callback([&run, a] {
    run = [a] {
      const auto t0 = std::chrono::steady_clock::now();
      if (a->out.empty() == a->frames.empty())
        throw Error(a->story, "give either --out FILE.mp4 or --frames DIR", a->out.empty() ? "--out" : "--frames");
      viewer::FilmOptions fo;
      const auto [w, h] = parseSizeOption(a->size, 16, 8192);
      fo.video.width = w;
      fo.video.height = h;
      fo.video.fps = a->fps;
      fo.video.crf = a->crf;
      fo.video.preset = a->preset;
      fo.out = a->out;
      fo.framesDir = a->frames;
      media::checkVideoOptions(fo.video);
      std::vector<std::string> warnings;
      auto stage = viewer::stageStory(a->story, a->lang == "en" ? Lang::En : Lang::Zh, &warnings);
      for (const std::string& wn : warnings) std::fprintf(stderr, "parkscape: warning: %s\n", wn.c_str());
      if (!a->out.empty()) refuseInputTarget(a->out);
      viewer::StoryRenderer renderer(stage->state);
      viewer::StoryRenderOptions ro;
      ro.width = w;
      ro.height = h;
      ro.uiScale = a->uiScale;
      ro.msaa = a->msaa;
      SigintGuard sigint;
      viewer::FilmExport film(*stage->player, fo, [&](const story::Frame& f) { return renderer.render(*stage, f, ro); });
      Progress progress(film.frameCount());
      const auto machineProgress = [&] {
        if (!a->progressLines) return;
        std::printf("progress %d %d\n", film.framesDone(), film.frameCount());
        std::fflush(stdout);
      };
      machineProgress();
      while (!film.finished()) {
        if (gInterrupted)
          throw Error(a->frames.empty() ? a->out : a->frames, "interrupted (Ctrl-C) after " +
                                                                  std::to_string(film.framesDone()) + " frames; " +
                                                                  (a->frames.empty() ? "no film written" : "the frames written so far are complete"));
        film.step();
        progress.update(film.framesDone());
        machineProgress();
      }
      const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      std::printf("wrote %s (%d frames, %dx%d at %d fps = %s of film, %.1f s, %.2f frames/s)\n",
                  (a->frames.empty() ? a->out : a->frames + "/").c_str(), film.frameCount(), w, h, a->fps,
                  clock(double(film.frameCount()) / a->fps).c_str(), s, film.frameCount() / s);
      return 0;
    };
  });
}

}  // namespace ps::app
