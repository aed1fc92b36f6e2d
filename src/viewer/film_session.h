#pragma once
// The viewer's side of File → Export film…: starts the export of the open
// story with the dialog's choices (ViewerState::film), follows its progress
// into the state each frame, cancels it. The work runs in a child process
// (viewer/film_job.h); nothing here blocks the UI.
#include <memory>
#include <string>

#include "viewer/film_job.h"
#include "viewer/state.h"

namespace ps::viewer {

// Where the dialog proposes to write: ~/Parkscape/<story stem>.mp4, then _2, _3...
std::string proposedFilmPath(const ViewerState& s, const std::string& home = "");

class FilmSession {
 public:
  // Starts an export of the open story (its steps as the player holds them,
  // over the scene file); an error (no story, no scene file, a target that is
  // one of the inputs) is shown as an error toast and in the dialog.
  void start(ViewerState& s, const std::string& exe = "");
  void cancel();
  // Reads the child's progress into s.film; true when something shown changed.
  bool poll(ViewerState& s);
  bool running() const { return job_ && job_->running(); }

 private:
  std::unique_ptr<FilmJob> job_;
  int lastDone_ = -1;
};

}  // namespace ps::viewer
