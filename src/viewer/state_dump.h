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
// The measure tool (viewer/measure.h): mode, points, lon/lat, figures and their text.
nlohmann::json measureJson(const ViewerState& s);
// The inspector's nearest campus, lead zone and named cluster (viewer/nearest.h).
nlohmann::json nearestJson(const ViewerState& s);

}  // namespace ps::viewer
