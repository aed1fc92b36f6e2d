// `parkscape view [scene-or-files...]`: the desktop viewer (also what
// `parkscape` with no subcommand runs). Test mode: --replay events.json
// --screenshot out.png --state-dump state.json.
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "core/data_path.h"
#include "app/commands.h"
#include "core/error.h"
#include "story/story.h"
#include "ui/ui_context.h"
#include "viewer/app.h"
#include "viewer/layout_store.h"

namespace ps::app {

void registerView(CLI::App& app, Runner& run) {
  auto* cmd = app.add_subcommand("view", "Open the interactive 3D viewer (default: geodata/chengdu.toml)");
  struct Args {
    std::vector<std::string> inputs;
    std::string lang, replay, screenshot, stateDump, layout, story;
    int width = 0, height = 0;
    bool demo = false;
    bool presenterWindow = false;
    double measureIdle = 0;
  };
  auto args = std::make_shared<Args>();
  cmd->add_option("inputs", args->inputs, "Scene file (.toml) and/or GIS files to add (GeoPackage, GeoJSON, Shapefile...)");
  cmd->add_option("--lang", args->lang, "UI language: zh or en")->check(CLI::IsMember({"zh", "en"}));
  cmd->add_flag("--presenter-window", args->presenterWindow,
                "Open the presenter's window (notes, next step, clocks) even with one monitor");
  cmd->add_option("--replay", args->replay, "Replay recorded input events (JSON), then exit");
  cmd->add_option("--screenshot", args->screenshot, "After the replay, write the window as PNG");
  cmd->add_option("--state-dump", args->stateDump, "After the replay, write the viewer state as JSON");
  cmd->add_option("--width", args->width, "Window width (default: the remembered window, else the screen's work area)")
      ->check(CLI::Range(320, 16384));
  cmd->add_option("--height", args->height, "Window height (with --width)")->check(CLI::Range(240, 16384));
  cmd->add_option("--layout", args->layout,
                  "Remembered layout and window (JSON; default: layout.json in the user's config folder, none with --replay)");
  cmd->add_option("--measure-idle", args->measureIdle, "After the replay, stay idle this many seconds and record CPU use");
  cmd->add_option("--story", args->story,
                  "Open a story (TOML, docs/STORY.md) in the Stories panel, over its scene unless inputs are given; F5 presents it");
  cmd->add_flag("--demo", args->demo, "Open the built-in synthetic demo scene (no data files needed)");
  cmd->callback([&run, args] {
    run = [args] {
      viewer::ViewerOptions o;
      o.inputs = args->inputs;
      if (!args->story.empty()) {
        // The story is checked before a window opens: a bad file is a CLI error.
        const story::Story st = story::loadStory(args->story);
        if (o.inputs.empty() && !args->demo) o.inputs.push_back(st.scenePath);
        o.story = args->story;
      }
      if (o.inputs.empty() && !args->demo) o.inputs.push_back(ps::dataPath("geodata/chengdu.toml"));
      o.demo = args->demo;
      if (!args->lang.empty()) o.lang = parseLang(args->lang);
      o.replay = args->replay;
      o.screenshot = args->screenshot;
      o.stateDump = args->stateDump;
      o.width = args->width;
      o.height = args->height;
      if ((o.width > 0) != (o.height > 0)) throw Error("", "--width and --height go together");
      // A replay starts from the default layout unless told otherwise: tests never read the user's.
      o.layoutPath = !args->layout.empty() ? args->layout : o.replay.empty() ? viewer::defaultLayoutPath() : std::string();
      o.measureIdle = args->measureIdle;
      o.drawUi = ui::drawViewerUi;
      o.drawPresenter = ui::drawPresenterNotes;
      o.presenterWindow = args->presenterWindow;
      if (!o.replay.empty() || !o.screenshot.empty() || !o.stateDump.empty())
        if (o.replay.empty()) throw Error("", "--screenshot and --state-dump need --replay (use an empty list [] to just load)");
      return viewer::runViewer(o);
    };
  });
}

}  // namespace ps::app
