// STUB: replaced by the command's real implementation.
#include <cstdio>

#include <CLI/CLI.hpp>

#include "app/commands.h"

namespace ps::app {

void registerInfo(CLI::App& app, Runner& run) {
  auto* cmd = app.add_subcommand("info", "(not implemented yet)");
  cmd->allow_extras();
  cmd->callback([&run] {
    run = [] {
      std::fprintf(stderr, "parkscape: 'info' is not implemented yet\n");
      return 2;
    };
  });
}

}  // namespace ps::app
