#pragma once
// The exhibition kiosk as a mode of the viewer: the same ViewerState,
// camera and commands, plus what only the kiosk has (the profile, the idle
// cycle, the gesture recogniser, the visitor's card and sector, the admin
// keypad). Lives in ViewerState::kiosk; the viewer's loop calls the
// functions below, the kiosk screen (ui/kiosk_*) reads the session and
// changes it only through them.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec4.hpp>

#include "analysis/stats_table.h"
#include "kiosk/gesture.h"
#include "kiosk/idle.h"
#include "kiosk/profile.h"
#include "viewer/state.h"

namespace ps::viewer {

struct InputEvent;
struct PickIndex;

// A park's or building's card, in the language shown.
struct KioskCard {
  std::string name, layerTitle;
  std::string sectorId;           // "" when the feature has none
  double gfa = -1, vacant = -1;   // m²; < 0: not known
  bool sample = false;            // synthetic data: the card says so
};

// A sector's figures (computeStats by sector, the CLI's numbers).
struct KioskSectorFigures {
  double parks = 0, buildings = 0, gfa = 0, vacant = 0;
};

struct KioskSession {
  kiosk::KioskProfile profile;
  kiosk::IdleMachine idle{{}, 0};
  kiosk::GestureRecognizer gestures;
  double pxPerMm = 96 / 25.4;      // of the screen shown on (monitor or profile)
  float targetPx = 56;             // the smallest touch target, window pixels

  std::optional<FeatureRef> card;  // the card shown
  std::string sector;              // the sector shown ("" = all)
  std::map<std::string, KioskSectorFigures> sectorFigures;  // by sector id
  bool rings = false, vacant = false, searchOpen = false;
  bool attract = false;            // the attract loop runs
  double attractStart = 0;

  enum class Admin { Closed, Keypad, Panel } admin = Admin::Closed;
  std::string pinEntry;
  int pinFailures = 0;
  double pinLockedUntil = 0;
  std::vector<std::string> errors; // the last errors (admin panel), newest last
  bool exit = false;               // admin chose Exit

  // Home state, captured when the scene is installed.
  std::vector<bool> homeVisible;   // per layer
  bool mouseDown = false;          // the mouse plays finger 0
  std::set<int> touches;           // the touch screen's fingers down (InputEvent::Touch)
  std::set<int> mapTouches;        // ... of which the gesture recogniser has (not on a control)
  unsigned touchEvents = 0;        // touch events seen
  std::string touchInput = "mouse";  // where touches come from: "xi2.2", "mouse (...why)", "replay"
  std::map<std::string, glm::vec4> buttons;  // the controls drawn last frame: id -> (x, y, w, h)
  unsigned resets = 0, returns = 0, taps = 0, gestureCount = 0;
  std::vector<std::string> log;    // what happened, in order ("sector digital", "card ...", "reset"...; last 200)
  void note(std::string what) {
    log.push_back(std::move(what));
    if (log.size() > 200) log.erase(log.begin());
  }
};

// Sets up the session for a profile; the screen's px/mm from the monitor
// (or the profile's override) gives the target size.
void kioskStart(ViewerState& s, kiosk::KioskProfile profile, double pxPerMm, double now);
// After a scene is installed: home visibility, sector figures; shows home.
void kioskOnScene(ViewerState& s);
// One input event: the idle cycle, then the gesture recogniser for the map
// (uiMouse: ImGui has the pointer). Keys do nothing (lock-down).
void kioskInput(ViewerState& s, const PickIndex& pick, const InputEvent& e, glm::dvec2 vp, bool uiMouse);
// Every frame: long presses, the idle cycle, the attract loop, errors.
// True while something moves (draw continuously).
bool kioskFrame(ViewerState& s, glm::dvec2 vp);

// What the visitor's controls do.
void kioskHome(ViewerState& s);                       // home view, all reset (language too)
void kioskShowSector(ViewerState& s, const std::string& sectorId, glm::dvec2 vp);
void kioskSetRings(ViewerState& s, bool on);
void kioskSetVacant(ViewerState& s, bool on);
void kioskPickPark(ViewerState& s, FeatureRef f, glm::dvec2 vp);
void kioskCloseCard(ViewerState& s);
void kioskSetLanguage(ViewerState& s, Lang l);
// The admin keypad: a digit, backspace ('<'), or enter ('='). A wrong PIN
// three times locks the keypad for 60 s.
void kioskKeypad(ViewerState& s, char key);
void kioskCloseAdmin(ViewerState& s);

KioskCard kioskCard(const ViewerState& s, FeatureRef f);
// The layers whose features have a card (parks, their markers, buildings):
// a tap on the map looks only at these.
bool kioskCardLayer(const std::string& layerId);
std::vector<bool> kioskCardLayers(const ViewerState& s);  // by layer index
// The parks a visitor can pick from the list (name in the language shown), by name.
std::vector<std::pair<FeatureRef, std::string>> kioskParkList(const ViewerState& s);
// An area as shown: in 万 m² with one decimal ("12.3") in Chinese, whole m²
// with thousands separators ("123,456") in English; the unit is the string
// table's kiosk.unit_area.
std::string kioskArea(double m2, Lang l);

}  // namespace ps::viewer
