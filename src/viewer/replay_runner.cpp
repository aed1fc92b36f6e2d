#include "viewer/replay_runner.h"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <thread>

#include "core/process_memory.h"
#include "viewer/replay_commands.h"

namespace ps::viewer {
namespace {

double cpuSeconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) * 1e-6;
}

double wallSeconds() {
  using namespace std::chrono;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}

}  // namespace

ReplayRunner::ReplayRunner(ReplayScript script, bool wantScreenshot)
    : script_(std::move(script)), screenshot_(wantScreenshot) {}

void ReplayRunner::runDueEvents(ReplayHost& host) {
  ReplayLog& log = host.log();
  while (next_ < script_.events.size() && script_.events[next_].t <= vt_ - start_) {
    const ReplayEvent& e = script_.events[next_++];
    ++log.eventsReplayed;
    if (e.isWait) continue;
    if (e.isCommand) {
      ++log.commandsRun;
      bool ok = false;
      const double c0 = wallSeconds();
      try {
        ok = runReplayCommand(host, e.command);
      } catch (const std::exception& x) {
        log.commandErrors.push_back(e.command.dump() + ": " + x.what());
        continue;
      }
      if (const double ms = (wallSeconds() - c0) * 1000.0; ms > log.longestCommandMs && e.command.value("name", "") != "sleep") {
        log.longestCommandMs = ms;
        log.longestCommand = e.command.value("name", "");
      }
      if (!ok) log.commandErrors.push_back(e.command.dump() + ": not applicable");
      continue;
    }
    host.inputQueue().push_back(e.input);
    // One mouse-button change per frame (see ImGuiLayer::feed); a finger down or up is one too.
    if (e.input.type == InputEvent::MouseDown || e.input.type == InputEvent::MouseUp) break;
    if (e.input.type == InputEvent::Touch && e.input.touch.kind != kiosk::TouchEvent::Move) break;
  }
}

bool ReplayRunner::step(ReplayHost& host) {
  ReplayLog& log = host.log();
  host.waitEvents(0);
  if (host.exporting()) {
    // A film export runs in real time (a child process); the script waits for
    // it, drawing a frame a second (as the interactive loop does while the
    // progress bar moves) and leaving the CPU to the child in between.
    host.state().now = vt_;
    host.pollExport();
    if (wallSeconds() - lastExportFrame_ >= 1.0) {
      bool noShot = false;
      host.drawFrame(noShot);
      lastExportFrame_ = wallSeconds();
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    return true;
  }
  if (host.loading()) {
    // Data loads in real time; the script waits for it.
    host.state().now = vt_;
    const double f0 = wallSeconds();
    bool noShot = false;
    host.drawFrame(noShot);
    ++log.loadingFrames;
    if (host.loading())  // still loading after this frame (the hand-over frame uploads to the GPU)
      log.loadingMaxFrameMs = std::max(log.loadingMaxFrameMs, (wallSeconds() - f0) * 1000.0);
    else
      log.handoverFrameMs = (wallSeconds() - f0) * 1000.0;
    std::this_thread::sleep_for(std::chrono::milliseconds(15));
    return true;
  }
  if (start_ < 0) {
    start_ = vt_;
    log.rssStartKb = residentKb();
  }
  vt_ += 1.0 / 60.0;
  host.state().now = vt_;
  runDueEvents(host);
  const bool done = next_ >= script_.events.size() && host.inputQueue().empty() && !host.busy();
  if (done) ++settleFrames_;
  if (done && settleFrames_ == 3) {
    log.rssEndKb = residentKb();
    wantShot_ = screenshot_;
  }
  const bool shot = wantShot_;
  host.drawFrame(wantShot_);
  if (shot || (done && settleFrames_ >= 3)) return false;
  // A fly that never ends must not hang a test.
  return vt_ - start_ <= (script_.events.empty() ? 0.0 : script_.events.back().t) + 60.0;
}

void measureIdle(ReplayHost& host, double seconds, double clock) {
  ReplayLog& log = host.log();
  const double c0 = cpuSeconds(), w0 = wallSeconds();
  const size_t f0 = log.framesDrawn;
  int framesToDraw = 3;
  while (wallSeconds() - w0 < seconds) {
    if (host.busy() || framesToDraw > 0) host.waitEvents(0);
    else host.waitEvents(std::min(30.0, seconds - (wallSeconds() - w0) + 0.01));
    host.inputQueue().clear();
    host.state().now = clock + (wallSeconds() - w0);
    if (framesToDraw > 0 || host.busy()) {
      bool noShot = false;
      host.drawFrame(noShot);
      if (framesToDraw > 0) --framesToDraw;
    }
  }
  log.idleCpuSeconds = cpuSeconds() - c0;
  log.idleSeconds = wallSeconds() - w0;
  log.idleFrames = log.framesDrawn - f0;
}

}  // namespace ps::viewer
