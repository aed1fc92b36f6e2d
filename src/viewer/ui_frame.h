#pragma once
// What the viewer hands its panels each frame and what they hand back: the
// viewer state (read freely, changed only through viewer/commands.h),
// requests for the viewer to carry out (file I/O, window changes: panels
// never touch files, GL or GDAL), the labels already placed, and a record of
// the UI strings shown this frame (the replay's state dump reports them).
// The panels themselves live in src/ui and are handed to the viewer by the
// app (ViewerOptions::drawUi), so the viewer never depends on them.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <glm/vec2.hpp>

#include "viewer/state.h"

struct ImFont;

namespace ps::viewer {

// The Stories panel asks for the view on screen as a step (the viewer holds
// the projector): inserted at `at`, or replacing step `at`.
struct StoryCapture {
  int at = 0;
  bool replace = false;
};

struct UiRequests {
  std::optional<std::string> open;   // scene or GIS file to open / add
  std::optional<std::string> save;   // save the view as this scene file
  bool cancelLoad = false;
  bool importOk = false;             // the import dialog's OK: add its chosen layers (viewer/import.h)
  bool toggleFullscreen = false;
  bool quit = false;
  std::optional<StoryCapture> storyCapture;  // Stories panel: add / replace a step
  std::optional<std::string> saveStory;      // Stories panel: save the story here
  bool startFilm = false;                    // Export film: start with s.film's choices
  bool cancelFilm = false;
};

struct LoadStatus {
  bool active = false;
  float progress = 0;      // 0..1
  std::string message;
};

struct CursorInfo {
  bool valid = false;
  glm::dvec2 lonLat{0, 0};
  glm::dvec2 scene{0, 0};
};

// A map label already placed by the app (collisions resolved, occluded ones dropped).
struct PlacedLabel {
  std::string text;
  glm::vec2 pos;        // centre, window coordinates
  bool large = false;   // district names
  uint32_t color = 0xFF1A1A1A;  // ABGR (ImU32)
  uint32_t halo = 0xD9FFFFFF;
};

struct UiFrame {
  ViewerState& s;
  glm::dvec2 viewport;          // window size (window coordinates)
  float scale = 1.0f;           // HiDPI content scale
  ImFont* largeFont = nullptr;
  LoadStatus load;
  CursorInfo cursor;
  double metresPerPixel = 0;
  std::vector<PlacedLabel> labels;
  std::string hoverText;        // tooltip for the feature under the cursor ("" = none)
  UiRequests req;
  std::vector<std::string> shown;  // window titles and main labels drawn this frame

  const char* tr(std::string_view key) const { return s.tr(key); }
  // "<text>###<key>": the label in the current language with an ID stable across languages.
  std::string label(std::string_view key) {
    std::string text = tr(key);
    shown.push_back(text);
    return text + "###" + std::string(key);
  }
};

// Draws every panel for one frame (src/ui's drawViewerUi in the app).
using DrawUiFn = std::function<void(UiFrame&)>;

}  // namespace ps::viewer
