// `parkscape kiosk [profile.toml]`: the exhibition kiosk (docs/KIOSK.md), the
// viewer's model in kiosk mode: full screen on the profile's monitor, large
// controls only, touch gestures, idle reset and attract loop, locked down.
// `--hash-pin PIN` prints the [admin] lines for a profile.
#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "app/commands.h"
#include "core/data_path.h"
#include "core/error.h"
#include "kiosk/pin.h"
#include "kiosk/profile.h"
#include "ui/kiosk_ui.h"
#include "viewer/app.h"

namespace ps::app {

void registerKiosk(CLI::App& app, Runner& run) {
  auto* cmd = app.add_subcommand("kiosk", "Run the exhibition kiosk (default profile: geodata/kiosk/rongyao.toml)");
  struct Args {
    std::string profile, replay, screenshot, stateDump, hashPin;
    int width = 1920, height = 1080;
    bool windowed = false;
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
  cmd->callback([&run, args] {
    run = [args] {
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
      if ((!o.screenshot.empty() || !o.stateDump.empty()) && o.replay.empty())
        throw Error("", "--screenshot and --state-dump need --replay");
      return viewer::runViewer(o);
    };
  });
}

}  // namespace ps::app
