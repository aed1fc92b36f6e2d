#pragma once
// The test mode's loop: a replay script played on a virtual clock at 60
// frames per second (deterministic whatever the machine), waiting for scene
// loads in real time, then a few settling frames, the screenshot and the end.
// Also the idle measurement (--measure-idle): the interactive loop's waiting
// with no input, and the CPU time it costs.
#include <string>

#include "viewer/input_replay.h"
#include "viewer/replay_host.h"

namespace ps::viewer {

class ReplayRunner {
 public:
  ReplayRunner(ReplayScript script, bool wantScreenshot);

  // One frame of the replay. False once it is over (script done and settled,
  // screenshot taken, or 60 s of virtual time past the last event).
  bool step(ReplayHost& host);
  // The virtual clock (seconds).
  double clock() const { return vt_; }

 private:
  void runDueEvents(ReplayHost& host);

  ReplayScript script_;
  bool screenshot_;
  size_t next_ = 0;
  double vt_ = 0;             // virtual clock
  double start_ = -1;         // vt at which the script began (after loading)
  int settleFrames_ = 0;
  double lastExportFrame_ = 0;  // wall clock of the last frame drawn while a film export ran
  bool wantShot_ = false;
};

// Stays idle for `seconds` as the interactive loop would (drawing only while
// busy or for the first frames) and records CPU seconds, wall seconds and
// frames in host.log(). `clock` continues the virtual clock.
void measureIdle(ReplayHost& host, double seconds, double clock);

}  // namespace ps::viewer
