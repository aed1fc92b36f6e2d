#pragma once
// `parkscape kiosk --soak HOURS`: simulated visitors on the replay's virtual
// clock (60 frames per virtual second; the idle clock fast-forwarded through
// each walk-away), a kiosk_soak_sample at the end of every simulated hour,
// then a table and the pass criteria. docs/KIOSK.md (Soak).
#include <string>

#include <nlohmann/json.hpp>

namespace ps::app {

// The replay script: `visitsPerHour` visitors per simulated hour, each one
// taps a sector, the knowledge rings, the park list and a park (its card),
// switches language, pans (the mouse), spreads and twists two fingers (touch
// events), walks away (countdown, reset, attract loop) and the
// next one's first touch brings the home screen back.
nlohmann::json kioskSoakScript(double hours, int visitsPerHour, int width, int height);

// Prints the per-hour table of the state dump's kiosk_soak samples and checks:
// after the first hour RSS grows by at most 16 MB (scaled to 24 h: 16 MB per
// 24 h, at least 16 MB over a shorter soak), GL object counts stay constant,
// zero errors, frame p99 of the last hour at most 2x that of the second + 5 ms.
// Returns 0 when all pass, 1 otherwise.
int reportKioskSoak(const nlohmann::json& samples);

}  // namespace ps::app
