#include "viewer/kiosk_replay.h"

#include "core/error.h"
#include "viewer/feature_text.h"
#include "viewer/kiosk_session.h"
#include "viewer/kiosk_soak.h"
#include "viewer/window.h"

namespace ps::viewer {

nlohmann::json kioskJson(const ViewerState& s) {
  using nlohmann::json;
  const KioskSession& k = *s.kiosk;
  json j;
  j["profile"] = k.profile.path;
  j["phase"] = kiosk::idlePhaseName(k.idle.phase());
  j["attract"] = k.attract;
  j["sector"] = k.sector;
  j["rings"] = k.rings;
  j["vacant"] = k.vacant;
  j["search_open"] = k.searchOpen;
  j["admin"] = k.admin == KioskSession::Admin::Closed ? "closed" : k.admin == KioskSession::Admin::Keypad ? "keypad" : "panel";
  j["exit"] = k.exit;
  j["px_per_mm"] = k.pxPerMm;
  j["target_px"] = k.targetPx;
  j["resets"] = k.resets;
  j["returns"] = k.returns;
  j["taps"] = k.taps;
  j["gestures"] = k.gestureCount;
  j["touch"] = {{"input", k.touchInput}, {"events", k.touchEvents}, {"fingers_down", k.touches.size()}};
  j["errors"] = k.errors;
  j["log"] = k.log;
  if (k.card) {
    const KioskCard c = kioskCard(s, *k.card);
    j["card"] = {{"name", c.name}, {"layer", s.data->layers[k.card->layer].spec->id}, {"sector", c.sectorId},
                 {"gfa_m2", c.gfa}, {"vacant_m2", c.vacant}, {"sample", c.sample}};
  } else {
    j["card"] = nullptr;
  }
  json buttons = json::object();
  float smallest = 1e9f;
  for (const auto& [id, r] : k.buttons) {
    buttons[id] = {r.x, r.y, r.z, r.w};
    smallest = std::min({smallest, r.z, r.w});
  }
  j["buttons"] = buttons;
  j["smallest_button_px"] = k.buttons.empty() ? 0.0f : smallest;
  j["at_home_camera"] = s.camera == s.home;
  return j;
}

bool kioskReplayCommand(ReplayHost& host, const nlohmann::json& c) {
  const std::string name = c.at("name").get<std::string>();
  if (name == "kiosk_walk_away") {  // {"seconds": s}: the idle clock ages by s (the visitor left s seconds ago)
    if (!host.state().kiosk) throw Error("", "kiosk_walk_away needs `parkscape kiosk`", "name");
    host.state().kiosk->idle.age(c.at("seconds").get<double>());
    return true;
  }
  if (name == "kiosk_soak_sample") {  // {"hour": h}: the soak's measurements (viewer/kiosk_soak.h)
    if (!host.state().kiosk) throw Error("", "kiosk_soak_sample needs `parkscape kiosk`", "name");
    kioskSoakSample(host, c.at("hour").get<double>());
    return true;
  }
  if (name == "kiosk_snapshot") {  // {"label": "..."}: the camera, the card and the gesture counts now ("kiosk_snapshots")
    const ViewerState& s = host.state();
    if (!s.kiosk) throw Error("", "kiosk_snapshot needs `parkscape kiosk`", "name");
    const KioskSession& k = *s.kiosk;
    nlohmann::json j = {{"label", c.value("label", "")},
                        {"distance", s.camera.distance},
                        {"bearing", s.camera.bearingDeg},
                        {"pitch", s.camera.pitchDeg},
                        {"target_local", {s.camera.center.x, s.camera.center.y}},
                        {"flying", s.fly.active},
                        {"card", k.card ? nlohmann::json(featureName(s, *k.card)) : nlohmann::json(nullptr)},
                        {"card_layer", k.card ? nlohmann::json(s.data->layers[k.card->layer].spec->id) : nlohmann::json(nullptr)},
                        {"selected", s.selection.size()},
                        {"taps", k.taps},
                        {"gestures", k.gestureCount},
                        {"fingers_down", k.touches.size()},
                        {"admin", k.admin != KioskSession::Admin::Closed}};
    host.log().kioskSnapshots.push_back(j);
    return true;
  }
  if (name != "kiosk_button") return false;
  const ViewerState& s = host.state();
  const std::string id = c.at("id").get<std::string>();
  if (!s.kiosk) throw Error("", "kiosk_button needs `parkscape kiosk`", "id");
  auto it = s.kiosk->buttons.find(id);
  if (it == s.kiosk->buttons.end()) throw Error("", "no kiosk control '" + id + "' on screen", "id");
  const glm::vec4 r = it->second;
  InputEvent m;
  m.type = InputEvent::MouseMove;
  m.pos = {r.x + r.z * 0.5, r.y + r.w * 0.5};
  InputEvent d = m, u = m;
  d.type = InputEvent::MouseDown;
  u.type = InputEvent::MouseUp;
  host.inputQueue().push_back(m);
  host.inputQueue().push_back(d);
  host.inputQueue().push_back(u);
  return true;
}

}  // namespace ps::viewer
