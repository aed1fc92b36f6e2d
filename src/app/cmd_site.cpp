// STUB: replaced by the command's real implementation.
#include <cstdio>

#include <CLI/CLI.hpp>

#include "app/commands.h"

namespace ps::app {

void registerSite(CLI::App& app, Runner& run) {
  auto* cmd = app.add_subcommand("site", "(not implemented yet)");
  cmd->allow_extras();
  cmd->callback([&run] {
    run = [] {
      std::fprintf(stderr, "parkscape: 'site' is not implemented yet\n");
      return 2;
    };
  });
}

}  // namespace ps::app
