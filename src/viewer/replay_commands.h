#pragma once
// The replay's commands ({"t": 2.1, "type": "command", "name": "search", ...}):
// what a test or a demo script may ask of the viewer besides raw input.
// Each goes through the same viewer commands (viewer/commands.h) and input
// path a user's action takes. The list, with their keys, is in docs/VIEWER.md.
#include <nlohmann/json.hpp>

#include "viewer/replay_host.h"

namespace ps::viewer {

// Runs one command. False when it does not apply (unknown name, no such
// feature, no scene); throws ps::Error when the command itself failed (a bad
// demand file, a statistics error).
bool runReplayCommand(ReplayHost& host, const nlohmann::json& command);

}  // namespace ps::viewer
