#pragma once
// What the presenter's own screen shows while a story is presented on the big
// one (viewer/presenter_window.h, drawn by ui/presenter_notes_panel.cpp): the
// step on air with its notes, the step that comes next, and the clocks. Pure:
// read off the story session at a time.
#include <string>
#include <vector>

#include "viewer/state.h"

namespace ps::viewer {

struct PresenterNotes {
  bool valid = false;             // a story is being presented
  int step = 0, stepCount = 0;    // step on air (0-based) of how many
  std::string title;              // its caption title, in the UI language
  std::vector<std::string> lines; // its caption lines
  std::string notes;              // the presenter's notes ("" when the step has none)
  bool hasNext = false;
  std::string nextTitle;          // the next step's title and first line
  std::string nextLine;
  double elapsed = 0;             // seconds since presenting began
  double stepElapsed = 0;         // seconds on this step
  double stepLength = 0;          // its flight + hold (what autoplay would wait)
  bool blank = false;             // the big screen is blanked (B)
};

PresenterNotes presenterNotes(const ViewerState& s);

// The strings the presenter's window may show: the UI strings and the open
// story's titles, captions and notes (its font is built from them).
std::vector<std::string> presenterFontTexts(const ViewerState& s);

// "m:ss", or "h:mm:ss" from an hour.
std::string presenterClock(double seconds);

}  // namespace ps::viewer
