// `parkscape present <story> [--monitor N]`: the presenter's mode. The story's
// scene opens in the viewer, full screen on the chosen monitor, every panel
// hidden; the clicker keys step through the story (viewer/story_session.h).
// Test mode as `view`: --replay events.json --screenshot --state-dump.
#include <string>

#include <CLI/CLI.hpp>

#include "app/commands.h"
#include "core/error.h"
#include "story/story.h"
#include "ui/ui_context.h"
#include "viewer/app.h"

namespace ps::app {

void registerPresent(CLI::App& app, Runner& run) {
  auto* cmd = app.add_subcommand("present", "Present a story full screen (Page Down / Page Up, B blanks, Esc leaves)");
  struct Args {
    std::string story, lang, replay, screenshot, stateDump;
    int monitor = -1;
    bool presenterWindow = false;
  };
  auto a = std::make_shared<Args>();
  cmd->add_option("story", a->story, "Story file (TOML, docs/STORY.md)")->required();
  cmd->add_option("--monitor", a->monitor, "Monitor to present on (0 = first; default: the primary)")->check(CLI::Range(0, 15));
  cmd->add_option("--lang", a->lang, "Caption and UI language: zh or en")->check(CLI::IsMember({"zh", "en"}));
  cmd->add_flag("--presenter-window", a->presenterWindow,
                "Open the presenter's window (notes, next step, clocks) even with one monitor");
  cmd->add_option("--replay", a->replay, "Replay recorded input events (JSON), then exit");
  cmd->add_option("--screenshot", a->screenshot, "After the replay, write the window as PNG");
  cmd->add_option("--state-dump", a->stateDump, "After the replay, write the viewer state as JSON");
  cmd->callback([&run, a] {
    run = [a] {
      // The story is checked before a window opens: a bad file is a CLI error.
      const story::Story st = story::loadStory(a->story);
      viewer::ViewerOptions o;
      o.inputs = {st.scenePath};
      o.present = a->story;
      o.monitor = a->monitor;
      if (!a->lang.empty()) o.lang = parseLang(a->lang);
      o.replay = a->replay;
      o.screenshot = a->screenshot;
      o.stateDump = a->stateDump;
      o.drawUi = ui::drawViewerUi;
      o.drawPresenter = ui::drawPresenterNotes;
      o.presenterWindow = a->presenterWindow;
      if ((!o.screenshot.empty() || !o.stateDump.empty()) && o.replay.empty())
        throw Error("", "--screenshot and --state-dump need --replay");
      return viewer::runViewer(o);
    };
  });
}

}  // namespace ps::app
