#pragma once
// A kiosk profile (geodata/kiosk/*.toml): what an unattended exhibition
// screen shows and how it behaves. Parsed strictly, like scenes: TOML limits
// first, then every key checked; an unknown, misspelt or out-of-range key is
// a ps::Error naming the file and the dotted key.
#include <optional>
#include <string>
#include <vector>

#include "core/i18n.h"

namespace ps::kiosk {

// Which large controls the visitor's screen offers.
struct VisitorControls {
  bool sectors = true;   // the seven sector buttons
  bool rings = true;     // "near universities" (knowledge rings)
  bool vacant = true;    // "vacant space"
  bool search = true;    // pick a park from a list (no keyboard)
  bool language = true;  // 中文 / English
  bool home = true;
};

struct IdleTimes {
  double countdownAfterS = 90;  // no input this long: the "still there?" countdown appears
  double countdownS = 15;       // the countdown's length, then reset + attract loop
};

// The admin PIN, never stored in clear: PBKDF2-HMAC-SHA256 (kiosk/pin.h).
struct AdminPin {
  std::string saltHex;   // at least 8 bytes
  std::string hashHex;   // 32 bytes
  unsigned iterations = 100000;
};

struct Display {
  int monitor = 0;                 // GLFW monitor index (0 = primary)
  double minTargetMm = 15;         // every touch target at least this big
  std::optional<double> pxPerMm;   // overrides what the monitor reports
};

struct KioskProfile {
  std::string path;                // the profile file (errors name it)
  std::string title;               // shown nowhere but logs and the admin panel
  std::string scene;               // absolute, resolved against the profile's folder
  std::string attractStory;        // absolute; "" = slow orbit of the home view
  std::vector<Lang> languages;     // offered, first = the home language
  IdleTimes idle;
  VisitorControls controls;
  AdminPin admin;
  Display display;
  bool sampleData = true;          // the scene's data are synthetic: cards and legend say so

  Lang homeLanguage() const { return languages.empty() ? Lang::Zh : languages.front(); }
};

// Throws ps::Error(file, problem, key). Paths in the profile are relative to
// its folder; the scene must exist (the story is checked by its player).
KioskProfile loadKioskProfile(const std::string& path);
KioskProfile parseKioskProfile(std::string_view tomlText, const std::string& path);

}  // namespace ps::kiosk
