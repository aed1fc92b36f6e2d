#pragma once
// Changes to the viewer's layout (viewer/layout.h), the layout counterpart of
// viewer/commands.h: the panels call these, never edit s.layout themselves.
#include <glm/vec2.hpp>

#include "viewer/state.h"

namespace ps::viewer {

// Once per frame, before any panel: the inspector opens when the selection
// becomes non-empty and closes when it becomes empty; the sidebar follows the
// panel flags (a panel opened from the View menu or a replay command becomes
// the sidebar's tab, closing the active tab collapses the sidebar) and the
// flags follow the sidebar (only its active tab is open); then this frame's
// layout is computed into s.layout.current.
void syncLayout(ViewerState& s, glm::dvec2 viewport, const LayoutMetrics& m);

// The free map area a flight starting now ends in: the current layout, with the
// inspector open when something is selected (syncLayout opens it next frame).
LayoutRect flightMapArea(const ViewerState& s, glm::dvec2 viewport);

// Opens the sidebar on `tab`, or collapses it (open = false; the tab is kept).
void setSidebar(ViewerState& s, bool open, SidebarTab tab);
void setLegendOpen(ViewerState& s, bool open);
void setTimeExpanded(ViewerState& s, bool expanded);

}  // namespace ps::viewer
