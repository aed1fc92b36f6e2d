#pragma once
// The `parkscape` subcommands. Each lives in its own app/cmd_<name>.cpp and
// registers itself on the CLI11 app; a command returns the process exit code.
#include <functional>

namespace CLI { class App; }

namespace ps::app {

// Sets `run` to the callback of the chosen subcommand.
using Runner = std::function<int()>;
void registerInfo(CLI::App& app, Runner& run);
void registerRender(CLI::App& app, Runner& run);
void registerPrepareDistricts(CLI::App& app, Runner& run);
void registerPrepareContext(CLI::App& app, Runner& run);
void registerView(CLI::App& app, Runner& run);
void registerSite(CLI::App& app, Runner& run);
void registerStats(CLI::App& app, Runner& run);
void registerPresent(CLI::App& app, Runner& run);
void registerFilm(CLI::App& app, Runner& run);
void registerKiosk(CLI::App& app, Runner& run);

}  // namespace ps::app
