#pragma once
// The kiosk in the test mode: its part of the state dump, and the replay's
// kiosk command `kiosk_button {id}` (a real click at the centre of the
// control drawn last frame: "sector:digital", "lang:en", "home", "find",
// "park:3", "key:5", "admin_exit"...; see KioskSession::buttons), and
// `kiosk_walk_away {seconds}` (the idle clock ages as if the last touch had
// come that much earlier; the countdown and reset then follow through the
// real path on the next frames), and `kiosk_snapshot {label}` (the camera,
// the card and the gesture counts at that moment, in the state dump's
// "kiosk_snapshots").
#include <nlohmann/json.hpp>

#include "viewer/replay_host.h"

namespace ps::viewer {

nlohmann::json kioskJson(const ViewerState& s);
// True when `command` was a kiosk command (and was carried out).
bool kioskReplayCommand(ReplayHost& host, const nlohmann::json& command);

}  // namespace ps::viewer
