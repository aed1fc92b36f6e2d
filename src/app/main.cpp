// parkscape: the desktop viewer and its command-line tools.
#include <cstdio>
#include <exception>
#include <new>
#include <string>

#include <CLI/CLI.hpp>

#include "app/commands.h"
#include "core/error.h"
#include "io/source_policy.h"

int main(int argc, char** argv) {
  CLI::App app{"Parkscape: Chengdu's future-industry parks and their carrier space, in 3D"};
  app.set_version_flag("--version", PARKSCAPE_VERSION);
  app.require_subcommand(0, 1);
  app.fallthrough();  // --allow-network may also follow the subcommand
  bool allowNetwork = false;
  app.add_flag("--allow-network", allowNetwork,
               "Let scenes open network and database sources (http, /vsicurl/, PG:...); off by default "
               "(also PARKSCAPE_ALLOW_NETWORK=1)");
  ps::app::Runner run;
  ps::app::registerView(app, run);
  ps::app::registerRender(app, run);
  ps::app::registerInfo(app, run);
  ps::app::registerPrepareDistricts(app, run);
  ps::app::registerPrepareContext(app, run);
  ps::app::registerSite(app, run);
  ps::app::registerStats(app, run);
  ps::app::registerPresent(app, run);
  ps::app::registerFilm(app, run);
  ps::app::registerKiosk(app, run);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  try {
    if (allowNetwork) {
      ps::io::SourcePolicy policy = ps::io::sourcePolicy();
      policy.allowNetwork = true;
      ps::io::setSourcePolicy(policy);
    }
    if (!run) {
      // No subcommand: the viewer on the default scene.
      const char* args[] = {argv[0], "view"};
      app.parse(2, const_cast<char**>(args));
    }
    return run ? run() : 0;
  } catch (const ps::Error& e) {
    std::fprintf(stderr, "parkscape: error: %s\n", e.what());
    return 1;
  } catch (const std::bad_alloc&) {
    // "std::bad_alloc" alone names nothing: say what ran on what.
    std::string cmd;
    for (int i = 1; i < argc; ++i) cmd += std::string(i > 1 ? " " : "") + argv[i];
    std::fprintf(stderr, "parkscape: error: out of memory running 'parkscape %s' (an input too large or too complex)\n",
                 ps::Error::redactPasswords(cmd).c_str());
    return 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "parkscape: error: %s\n", e.what());
    return 1;
  }
}
