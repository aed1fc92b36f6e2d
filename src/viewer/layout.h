#pragma once
// Where the viewer's panels sit: one layout computed from the window size,
// the user's layout preferences and whether something is selected. Pure
// (no ImGui, no GL): the panels (src/ui) place their windows from it, the
// fly-to frames its target in the map area it leaves free, and the state
// dump reports how much of the window the map keeps.
//
// The first screen: menu bar, a search field and the sidebar's tab strip
// top left, a slim time bar at the bottom, a compact legend bottom right,
// the status bar. Layers, filters, statistics and siting share ONE sidebar
// (tabs, collapsible, collapsed at start); the inspector opens on the right
// while something is selected. Every rect is anchored to a window edge, so
// panels follow resizes and F11.
#include <cstdint>
#include <string>
#include <vector>

#include <glm/vec2.hpp>

#include "camera/orbit_camera.h"

namespace ps::viewer {

struct LayoutRect {
  double x = 0, y = 0, w = 0, h = 0;  // window coordinates, y down
  double right() const { return x + w; }
  double bottom() const { return y + h; }
  double area() const { return w > 0 && h > 0 ? w * h : 0; }
  glm::dvec2 centre() const { return {x + w * 0.5, y + h * 0.5}; }
  bool empty() const { return w <= 0 || h <= 0; }
  bool operator==(const LayoutRect&) const = default;
};

// The sidebar's tabs, in order; each is the panel key of what it shows.
enum class SidebarTab { Layers, Filters, Stats, Siting };
inline constexpr SidebarTab kSidebarTabs[] = {SidebarTab::Layers, SidebarTab::Filters, SidebarTab::Stats, SidebarTab::Siting};
const char* sidebarTabKey(SidebarTab t);     // i18n key / panel key ("panel.layers", ...)
const char* sidebarTabId(SidebarTab t);      // stable id for files ("layers", ...)
bool sidebarTabFromId(const std::string& id, SidebarTab& out);

// What the user chose and the viewer remembers (viewer/layout_store.h).
struct LayoutPrefs {
  bool sidebarOpen = false;
  SidebarTab tab = SidebarTab::Layers;
  double sidebarWidth = 360;   // logical pixels (times the UI scale)
  bool legendOpen = true;
  bool timeExpanded = false;   // the time bar with its occupancy chart
  // The window (screen coordinates); w = 0: never saved, fit the monitor's work area.
  int windowX = 0, windowY = 0, windowW = 0, windowH = 0;
  bool operator==(const LayoutPrefs&) const = default;
};

// Heights the UI measures from its font (ImGui frame height etc.), unscaled defaults.
struct LayoutMetrics {
  double scale = 1;
  double menuH = 27;      // main menu bar
  double statusH = 35;    // status bar
  double searchH = 44;    // search field window (without its result list)
  double tabsH = 42;      // the sidebar's tab strip
  double timeSlimH = 96;  // time bar: title + play / slider row
  double timeFullH = 270; // with the chart
  double legendTitleH = 30;
};

struct Layout {
  glm::dvec2 viewport{0, 0};
  LayoutRect menu, status, search, tabs, sidebar, inspector, time, legend;
  LayoutRect map;        // the free map area: what fly-to frames into
  bool sidebarShown = false, inspectorShown = false;
};

Layout computeLayout(glm::dvec2 viewport, const LayoutPrefs& prefs, bool inspectorShown, const LayoutMetrics& m = {});

// The part of the window no rect covers (rects are clipped to the window and
// may overlap): 1 = all map.
double freeFraction(glm::dvec2 viewport, const std::vector<LayoutRect>& occupied);

// Moves `framed` (a camera framing `target` for a window of the area's aspect,
// OrbitCamera::frameWithContext(lo, hi, area.w / area.h)) so that `target`
// appears at the centre of `area`, backed off by window height / area height
// so it fits the area as it would fit the whole window. Ground
// translation is exact: the camera's center shifts by the ground offset
// between the window centre and the area centre.
OrbitCamera frameInArea(const OrbitCamera& framed, glm::dvec2 target, glm::dvec2 viewport, const LayoutRect& area);

// The layout part of the viewer state: the user's preferences, this frame's
// layout (the UI computes it at the top of each frame) and what the panels
// actually covered in the last frame drawn (the state dump reports it).
struct LayoutState {
  LayoutPrefs prefs;
  Layout current;
  std::vector<LayoutRect> occupied;     // every window drawn last frame (menus, panels, bars)
  std::vector<std::string> occupiedNames;  // their ImGui ids, same order
  double mapFreeFraction = 1;           // freeFraction(viewport, occupied)
  uint64_t seenSelectionRevision = ~0ull;  // the inspector opens / closes when the selection changes
  bool tabFlags[4] = {};                // the sidebar panels' flags as syncLayout left them
  bool tabsSynced = false;
  bool searchListOpen = true;           // search results shown (closed after a choice, reopened by typing)
};

}  // namespace ps::viewer
