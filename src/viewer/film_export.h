#pragma once
// A story as a film, one frame at a time: frame i shows the story at virtual
// time i / fps (story::StoryPlayer), so the film is the same however fast the
// machine is. Each step() renders one frame through the caller's FrameSource
// (viewer/story_render.h's StoryRenderer: the picture `render --story --step`
// makes, caption card and legend burned in) and hands it to the H.264 encoder
// (media/video_encoder.h) or writes it as a PNG of a sequence.
//
// `parkscape film` loops step() to the end; the viewer's File menu calls it a
// few times per UI frame, so the window never freezes and Cancel is honoured
// between frames. Destroying an unfinished export removes the half-written
// film (nothing appears at the target); a PNG sequence keeps the frames
// written so far, each one complete (written atomically).
#include <functional>
#include <memory>
#include <string>

#include "media/video_encoder.h"
#include "render/image.h"
#include "story/player.h"

namespace ps::viewer {

struct FilmOptions {
  media::VideoOptions video;  // size, fps, quality
  std::string out;            // the MP4 (when framesDir is empty)
  std::string framesDir;      // else: frame_00000.png ... in this folder (created if missing)
};

using FrameSource = std::function<render::Image(const story::Frame&)>;

// Frames of a story at fps: one at t = 0, one every 1/fps, the last at the
// story's end (or just before it).
int filmFrameCount(const story::StoryPlayer& player, int fps);
// The frame that shows the end of step i's hold: the last one before step i+1 begins.
int lastFrameOfStep(const story::StoryPlayer& player, int step, int fps);

class FilmExport {
 public:
  // Checks the options and opens the target (the MP4's temporary, or the folder).
  FilmExport(const story::StoryPlayer& player, FilmOptions opt, FrameSource source);
  ~FilmExport();
  FilmExport(const FilmExport&) = delete;
  FilmExport& operator=(const FilmExport&) = delete;

  int frameCount() const { return frames_; }
  int framesDone() const { return done_; }
  bool finished() const { return done_ >= frames_; }
  // Renders and writes the next frame; after the last one, finishes the film
  // (moves the MP4 into place). Returns whether frames remain. Throws ps::Error.
  bool step();

 private:
  const story::StoryPlayer& player_;
  FilmOptions opt_;
  FrameSource source_;
  std::unique_ptr<media::VideoEncoder> encoder_;
  int frames_ = 0, done_ = 0;
};

}  // namespace ps::viewer
