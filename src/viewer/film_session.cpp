#include "viewer/film_session.h"

#include <cstdlib>
#include <filesystem>

#include "core/error.h"
#include "core/i18n.h"
#include "story/story.h"
#include "viewer/commands.h"
#include "viewer/story_session.h"

namespace ps::viewer {
namespace fs = std::filesystem;

std::string proposedFilmPath(const ViewerState& s, const std::string& home) {
  std::string stem = "parkscape";
  if (s.story && !s.story->path.empty()) stem = fs::path(s.story->path).stem().string();
  else if (!s.scenePath.empty()) stem = fs::path(s.scenePath).stem().string();
  fs::path dir = home;
  if (dir.empty()) {
    const char* h = std::getenv("HOME");
    dir = h && *h ? fs::path(h) : fs::current_path();
  }
  dir /= "Parkscape";
  fs::path p = dir / (stem + ".mp4");
  for (int n = 2; fs::exists(p); ++n) p = dir / (stem + "_" + std::to_string(n) + ".mp4");
  return p.string();
}

void FilmSession::start(ViewerState& s, const std::string& exe) {
  if (running()) return;
  auto& f = s.film;
  f.result.clear();
  f.failed = false;
  try {
    if (!s.story || !s.story->player || s.story->player->story().steps.empty())
      throw Error(f.out, s.tr("film.no_story"));
    const std::string scene = s.story->player->story().scenePath.empty() ? s.scenePath : s.story->player->story().scenePath;
    if (scene.empty()) throw Error(f.out, s.tr("film.no_scene"));
    if (f.out.empty()) f.out = proposedFilmPath(s);
    std::error_code ec;
    const fs::path dir = fs::absolute(f.out, ec).parent_path();
    if (!dir.empty()) fs::create_directories(dir, ec);
    FilmJobOptions o;
    o.exe = exe;
    o.storyToml = story::storyToToml(s.story->player->story(), fs::absolute(scene, ec).lexically_normal().string());
    o.out = f.out;
    o.width = f.width;
    o.height = f.height;
    o.fps = f.fps;
    o.lang = s.lang == Lang::En ? "en" : "zh";
    job_ = std::make_unique<FilmJob>(o);
    f.running = true;
    f.framesDone = f.frameCount = 0;
    f.elapsed = 0;
    lastDone_ = -1;
  } catch (const std::exception& e) {
    f.result = e.what();
    f.failed = true;
    toast(s, e.what(), true, 8.0);
  }
}

void FilmSession::cancel() {
  if (job_) job_->cancel();
}

bool FilmSession::poll(ViewerState& s) {
  if (!job_) return false;
  job_->poll();
  auto& f = s.film;
  f.framesDone = job_->framesDone();
  f.frameCount = job_->frameCount();
  f.elapsed = job_->elapsed();
  bool changed = f.framesDone != lastDone_;
  lastDone_ = f.framesDone;
  if (job_->running()) return changed;
  f.running = false;
  switch (job_->state()) {
    case FilmJob::State::Done:
      f.result = substitute(s.tr("film.done"), {{"file", job_->out()}});
      f.failed = false;
      toast(s, f.result);
      break;
    case FilmJob::State::Cancelled:
      f.result = s.tr("film.cancelled");
      f.failed = false;
      toast(s, f.result);
      break;
    default:
      f.result = job_->message();
      f.failed = true;
      toast(s, f.result, true, 8.0);
      break;
  }
  job_.reset();
  return true;
}

}  // namespace ps::viewer
