// `parkscape kiosk [profile.toml]`: the exhibition kiosk (docs/KIOSK.md), the
// viewer's model in kiosk mode: full screen on the profile's monitor, large
// controls only, touch gestures, idle reset and attract loop, locked down.
// `--hash-pin PIN` prints the [admin] lines for a profile.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "app/commands.h"
#include "app/kiosk_soak.h"
#include "core/atomic_file.h"
#include "core/data_path.h"
#include "core/error.h"
#include "kiosk/pin.h"
#include "kiosk/profile.h"
#include "ui/kiosk_ui.h"
#include "viewer/app.h"

namespace ps::app {
namespace {

// --soak: the generated visitor script through the replay, then the table.
int runSoak(viewer::ViewerOptions o, double hours, int visits, bool sized) {
  namespace fs = std::filesystem;
  o.windowed = true;
  if (!sized) {  // a coarse, quick frame: llvmpipe under Xvfb draws 960x540 fast enough for 24 simulated hours
    o.width = 960;
    o.height = 540;
  }
  o.uiScale = std::clamp(1.6f * static_cast<float>(o.height) / 1080.0f, 0.8f, 3.0f);
  const fs::path dir = fs::temp_directory_path() / ("parkscape-soak-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  o.replay = (dir / "visitors.json").string();
  writeFileAtomic(o.replay, kioskSoakScript(hours, visits, o.width, o.height).dump() + "\n");
  const bool keepDump = !o.stateDump.empty();
  if (!keepDump) o.stateDump = (dir / "state.json").string();
  const int rc = viewer::runViewer(o);
  nlohmann::json dump;
  if (rc == 0) {
    std::ifstream in(o.stateDump);
    dump = nlohmann::json::parse(in, nullptr, false);
  }
  std::error_code ec;
  fs::remove_all(dir, ec);
  if (rc != 0) return rc;
  if (dump.is_discarded() || !dump.contains("kiosk_soak"))
    throw Error(o.stateDump, "the soak's state dump holds no samples", "kiosk_soak");
  return reportKioskSoak(dump["kiosk_soak"]);
}

}  // namespace

void registerKiosk(CLI::App& app, Runner& run) {
  auto* cmd = app.add_subcommand("kiosk", "Run the exhibition kiosk (default profile: geodata/kiosk/rongyao.toml)");
  struct Args {
    std::string profile, replay, screenshot, stateDump, hashPin;
    int width = 1920, height = 1080;
    bool windowed = false;
    double soakHours = 0;
    int soakVisits = 12;
  };
  auto args = std::make_shared<Args>();
  cmd->add_option("profile", args->profile, "Kiosk profile (TOML)");
  cmd->add_option("--hash-pin", args->hashPin, "Print the [admin] lines (salted PBKDF2-SHA256) for this PIN and exit");
  cmd->add_flag("--windowed", args->windowed, "A window instead of full screen (development, tests)");
  cmd->add_option("--width", args->width, "Window width with --windowed")->check(CLI::Range(640, 16384));
  cmd->add_option("--height", args->height, "Window height with --windowed")->check(CLI::Range(480, 16384));
  cmd->add_option("--replay", args->replay, "Replay recorded input events (JSON), then exit");
  cmd->add_option("--screenshot", args->screenshot, "After the replay, write the screen as PNG");
  cmd->add_option("--state-dump", args->stateDump, "After the replay, write the viewer and kiosk state as JSON");
  cmd->add_option("--soak", args->soakHours, "Simulate visitors for HOURS on a virtual clock (under Xvfb), print the hourly table, exit 1 if a criterion fails")
      ->check(CLI::Range(0.1, 240.0));
  cmd->add_option("--soak-visits", args->soakVisits, "Visitors per simulated hour with --soak (default 12)")->check(CLI::Range(1, 120));
  cmd->callback([&run, args, cmd] {
    run = [args, cmd] {
      if (!args->hashPin.empty()) {
        kiosk::AdminPin a = kiosk::makeAdminPin(args->hashPin);
        std::printf("[admin]\npin_salt = \"%s\"\npin_hash = \"%s\"\npin_iterations = %u\n", a.saltHex.c_str(),
                    a.hashHex.c_str(), a.iterations);
        return 0;
      }
      std::string path = args->profile.empty() ? ps::dataPath("geodata/kiosk/rongyao.toml") : args->profile;
      viewer::ViewerOptions o;
      o.kiosk = kiosk::loadKioskProfile(path);  // a bad profile: the error names file and key, exit 1
      o.inputs.push_back(o.kiosk->scene);
      o.lang = o.kiosk->homeLanguage();
      o.windowed = args->windowed || !args->replay.empty();
      o.width = args->width;
      o.height = args->height;
      // Text and controls sized for a 1080-line screen; a smaller test window is its scaled-down replica.
      o.uiScale = o.windowed ? std::clamp(1.6f * static_cast<float>(o.height) / 1080.0f, 0.8f, 3.0f) : 1.6f;
      o.replay = args->replay;
      o.screenshot = args->screenshot;
      o.stateDump = args->stateDump;
      o.drawUi = ui::drawKioskUi;
      if (args->soakHours > 0) {
        if (!o.replay.empty()) throw Error("", "--soak makes its own replay: no --replay with it");
        const bool sized = cmd->count("--width") > 0 || cmd->count("--height") > 0;
        return runSoak(o, args->soakHours, args->soakVisits, sized);
      }
      if ((!o.screenshot.empty() || !o.stateDump.empty()) && o.replay.empty())
        throw Error("", "--screenshot and --state-dump need --replay");
      return viewer::runViewer(o);
    };
  });
}

}  // namespace ps::app
