#pragma once
// What every panel receives: the viewer state (read freely, changed only
// through app/viewer_commands.h), requests for the app to carry out (file
// I/O, window changes: panels never touch files, GL or GDAL), and a record of
// the UI strings shown this frame (the replay's state dump reports them).
#include <optional>
#include <string>
#include <vector>

#include <glm/vec2.hpp>

#include "app/viewer_state.h"

struct ImFont;

namespace ps::ui {

struct UiRequests {
  std::optional<std::string> open;   // scene or GIS file to open / add
  std::optional<std::string> save;   // save the view as this scene file
  bool cancelLoad = false;
  bool toggleFullscreen = false;
  bool quit = false;
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

struct UiContext {
  viewer::ViewerState& s;
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
  std::string label(std::string_view key);
};

// One call per frame: every panel and the map furniture, in a fixed layout
// (panels start docked at the window's edges; the user may move them).
void drawUi(UiContext& ui);

void drawMainMenu(UiContext& ui);
void drawSearchPanel(UiContext& ui);
void drawLayersPanel(UiContext& ui);
void drawFilterPanel(UiContext& ui);
void drawLegendPanel(UiContext& ui);
void drawInspectorPanel(UiContext& ui);
void drawTablePanel(UiContext& ui);
// Statistics and knowledge rings (app/viewer_stats.h computes what it shows).
void drawStatsPanel(UiContext& ui);
void drawMapFurniture(UiContext& ui);
void drawStatusBar(UiContext& ui);
void drawTimePanel(UiContext& ui);
void drawOverlayPanel(UiContext& ui);  // overlay settings: derived layers' parameters

// A thin rule with a caption (ImGui 1.86 has no SeparatorText).
void sectionTitle(const char* text);

// Label of a column in the UI language: by the role it plays (gfa, sector...),
// else by its name (field.<name> keys), else the raw name.
std::string fieldLabel(const viewer::ViewerState& s, uint32_t layer, const std::string& column);

// Display text of a feature (name in the UI language, else its id).
std::string featureName(const viewer::ViewerState& s, viewer::FeatureRef f);
// A value formatted for reading: thousands separators, units by role.
std::string formatValue(const viewer::ViewerState& s, uint32_t layer, const Column& col, size_t row);

}  // namespace ps::ui
