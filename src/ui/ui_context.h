#pragma once
// The panels (one per file, ImGui only: no GL, no GDAL). Each receives the
// viewer's UiFrame (viewer/ui_frame.h): the state to read, the requests to
// hand back. Changes to the state go through viewer/commands.h.
#include <string>
#include <string_view>

#include "viewer/feature_text.h"
#include "viewer/presenter_notes.h"
#include "viewer/ui_frame.h"

namespace ps::ui {

using UiContext = viewer::UiFrame;
using viewer::CursorInfo;
using viewer::LoadStatus;
using viewer::PlacedLabel;
using viewer::UiRequests;
using viewer::featureName;
using viewer::fieldLabel;
using viewer::formatValue;

// Everything the viewer draws over the map each frame: drawUi, then the
// siting window (its menu item and panel). Handed to the viewer by `parkscape view`.
void drawViewerUi(UiContext& ui);

// One call per frame: every panel and the map furniture, in a fixed layout
// (panels start docked at the window's edges; the user may move them).
void drawUi(UiContext& ui);

void drawMainMenu(UiContext& ui);
void drawFilmPanel(UiContext& ui);      // File → Export film… (ui/film_panel.cpp)
// The presenter's own screen (viewer/presenter_window.h's DrawPresenterFn).
void drawPresenterNotes(const viewer::PresenterNotes& n, const viewer::ViewerState& s, glm::dvec2 size, float scale);
void drawSearchPanel(UiContext& ui);
void drawLayersPanel(UiContext& ui);
void drawFilterPanel(UiContext& ui);
void drawLegendPanel(UiContext& ui);
void drawInspectorPanel(UiContext& ui);
void drawTablePanel(UiContext& ui);
// Statistics and knowledge rings (app/viewer_stats.h computes what it shows).
void drawStatsPanel(UiContext& ui);
void drawMapFurniture(UiContext& ui);
void drawMeasurePanel(UiContext& ui);   // the measure tool's result box (viewer/measure.h), while it is on
void drawMapLabels(UiContext& ui);      // the placed map labels alone (the presenter's mode)
// The presenter's mode (viewer/story_session.h): caption card, step dots,
// pinned texts and the blank screen; no panels.
void drawStoryPresenter(UiContext& ui);
void drawStoriesPanel(UiContext& ui);   // the story editor (View → 故事)
void drawStatusBar(UiContext& ui);
void drawTimePanel(UiContext& ui);
void drawOverlayPanel(UiContext& ui);  // overlay settings: derived layers' parameters
void drawImportDialog(UiContext& ui);  // the import dialog, while files are being imported (viewer/import.h)

// Opens a panel window that needs data: placed at `pos` with `size` on first
// use (window coordinates), titled by the i18n `key`, closable through
// `open`. Returns false (the window already ended) when it is collapsed or no
// scene is loaded (it then says so inside); true: draw, then ImGui::End().
bool beginDataPanel(UiContext& ui, std::string_view key, bool* open, glm::vec2 pos, glm::vec2 size);

// The layout (viewer/layout.h, ui/panel_layout.cpp). beginLayout: once per
// frame before any panel. placePanel: before a panel's Begin, places it from
// the layout (a no-op for panels the layout does not hold) and returns the
// window flags it needs; afterPanelBegin: after that Begin (the legend's
// collapsed state is remembered). drawSidebarTabs: the sidebar's tab strip.
void beginLayout(UiContext& ui);
int placePanel(UiContext& ui, std::string_view key);
void afterPanelBegin(UiContext& ui, std::string_view key);
void drawSidebarTabs(UiContext& ui);

// tr(key) for a count: "<key>_one" where n is 1 and the table has it
// ("1 building", "1 quarter/s"), else "<key>".
const char* trCount(const UiContext& ui, std::string_view key, double n);

// A thin rule with a caption (ImGui 1.86 has no SeparatorText).
void sectionTitle(const char* text);

}  // namespace ps::ui
