#pragma once
// The test mode's view of the viewer: what a replay script and the state
// dump may reach, and the counters they keep. The App implements ReplayHost;
// viewer/replay_commands.h, viewer/replay_runner.h and viewer/state_dump.h
// see the viewer only through it, so the App itself stays the loop.
#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <vector>

#include <glm/vec2.hpp>
#include <nlohmann/json.hpp>

#include "viewer/pick.h"
#include "viewer/state.h"
#include "viewer/ui_frame.h"
#include "viewer/window.h"

namespace ps::geo { class GeoProjector; }

namespace ps::viewer {

// Measurements of a replay run, reported by the state dump.
struct ReplayLog {
  long rssStartKb = -1, rssEndKb = -1;      // resident memory after loading / when the script is done
  size_t eventsReplayed = 0, commandsRun = 0, framesDrawn = 0;
  std::vector<std::string> commandErrors;   // "<command>: <why>" for every command that failed
  std::vector<nlohmann::json> statsSnapshots;             // "stats_snapshot" commands
  std::vector<nlohmann::json> measureSnapshots;           // "measure_snapshot" commands
  std::vector<nlohmann::json> nearestSnapshots;           // "nearest_snapshot" commands
  nlohmann::json steps = nlohmann::json::object();        // "step" commands: label -> the state dump then
  nlohmann::json overlayLog = nlohmann::json::array();    // each overlay_param: before / after / ms
  double idleCpuSeconds = -1, idleSeconds = 0;            // --measure-idle
  size_t idleFrames = 0;
  size_t loadingFrames = 0;                 // frames drawn while a scene loaded
  double loadingMaxFrameMs = 0, handoverFrameMs = 0;
  size_t loadsAbandoned = 0;                // loads dropped for another file or a cancel (never waited for)
  double longestCommandMs = 0;              // the slowest replay command (an "open" must not wait for a worker)
  std::string longestCommand;
  double exitWaitMs = -1;                   // quitting while a load ran: the wait for its worker (-1: none ran)
  bool exitWorkerEnded = false;             // ... and whether it ended within the wait
  std::vector<double> frameMs;              // frame times since the last kiosk_soak_sample
  nlohmann::json soakSamples = nlohmann::json::array();  // kiosk_soak_sample commands (parkscape kiosk --soak)
  nlohmann::json kioskSnapshots = nlohmann::json::array();  // kiosk_snapshot commands: the camera and card then
};

class ReplayHost {
 public:
  virtual ~ReplayHost() = default;

  virtual ViewerState& state() = 0;
  virtual const ViewerState& state() const = 0;
  virtual glm::dvec2 viewport() const = 0;          // window coordinates
  virtual const geo::GeoProjector* projector() const = 0;  // null without a scene CRS
  virtual ReplayLog& log() = 0;
  virtual const ReplayLog& log() const = 0;

  // Input and requests, as the user would make them.
  virtual std::deque<InputEvent>& inputQueue() = 0;
  virtual void open(const std::string& path) = 0;
  virtual void quit() = 0;  // the window's close button: the loop ends after this frame
  virtual void save(const std::string& path) = 0;
  virtual void toggleFullscreen() = 0;
  virtual void importOk() = 0;  // the import dialog's OK (viewer/import.h)
  // The next frame is also written to <screenshot stem>.<label>.png (a "step" command); no-op without --screenshot.
  virtual void stepScreenshot(const std::string& label) { (void)label; }

  // The loop, for the replay runner.
  virtual void waitEvents(double timeoutSeconds) = 0;  // 0: poll
  virtual bool loading() const = 0;                 // a scene is being loaded
  virtual bool exporting() const { return false; }  // a film export runs (real time, like loading)
  virtual void startFilm() {}                        // File → Export film…'s Start, with state().film's choices
  virtual void pollExport() {}
  virtual bool presenterWindowOpen() const { return false; }  // viewer/presenter_window.h                       // reads the export's progress into state().film
  virtual bool busy() const = 0;                    // flying, playing, loading or dragging
  virtual void drawFrame(bool& wantScreenshot) = 0;

  // What the state dump reports besides the state.
  virtual const std::string& windowTitle() const = 0;
  virtual const char* mapViewName() const = 0;
  virtual bool cjkFontFound() const = 0;
  virtual bool glyphInFont(uint32_t codepoint) const { (void)codepoint; return true; }  // not the "?" fallback
  virtual const std::vector<std::string>& uiStringsShown() const = 0;
  virtual const std::optional<PickHit>& lastPick() const = 0;
  virtual const std::vector<PlacedLabel>& mapLabels() const = 0;
  virtual const std::string& lastSaved() const = 0;
};

}  // namespace ps::viewer
