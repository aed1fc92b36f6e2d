#pragma once
// The kiosk soak's measurements (`parkscape kiosk --soak`, tools/kiosk_soak.py):
// the replay command `kiosk_soak_sample {"hour": h}` records, for the
// simulated hour h, the resident memory, the GL objects alive (buffers,
// textures, programs, counted by name), the UI glyph atlas size, the frame
// time p50/p99 since the previous sample and the kiosk's errors so far.
#include <nlohmann/json.hpp>

#include "viewer/replay_host.h"

namespace ps::viewer {

nlohmann::json kioskSoakSample(ReplayHost& host, double hour);

}  // namespace ps::viewer
