#pragma once
// The replay's state dump (--state-dump state.json): what the viewer shows
// and holds after a script, for tests to assert on. Keys are stable; the
// test cases in tests/viewer read them.
#include <nlohmann/json.hpp>

#include "viewer/replay_host.h"

namespace ps::viewer {

nlohmann::json stateDump(const ReplayHost& host);

// The statistics panel as shown: grouping, time, column names, every cell's
// text in display order, the totals line.
nlohmann::json statsJson(const ViewerState& s);

}  // namespace ps::viewer
