#include "viewer/layout_commands.h"

namespace ps::viewer {
namespace {

// The font measures of the last syncLayout (one viewer per process).
LayoutMetrics lastMetrics;

bool* tabFlag(ViewerState& s, SidebarTab t) {
  switch (t) {
    case SidebarTab::Layers: return &s.panels.layers;
    case SidebarTab::Filters: return &s.panels.filters;
    case SidebarTab::Stats: return &s.panels.stats;
    case SidebarTab::Siting: return &s.panels.siting;
  }
  return &s.panels.layers;
}

void applyTabFlags(ViewerState& s) {
  LayoutState& L = s.layout;
  for (size_t i = 0; i < std::size(kSidebarTabs); ++i) {
    const SidebarTab t = kSidebarTabs[i];
    *tabFlag(s, t) = L.prefs.sidebarOpen && L.prefs.tab == t;
    L.tabFlags[i] = *tabFlag(s, t);
  }
}

}  // namespace

void syncLayout(ViewerState& s, glm::dvec2 viewport, const LayoutMetrics& m) {
  LayoutState& L = s.layout;
  if (L.seenSelectionRevision != s.selectionRevision) {
    L.seenSelectionRevision = s.selectionRevision;
    s.panels.inspector = !s.selection.empty();
  }
  if (L.tabsSynced) {
    for (size_t i = 0; i < std::size(kSidebarTabs); ++i) {
      const SidebarTab t = kSidebarTabs[i];
      const bool now = *tabFlag(s, t);
      if (now && !L.tabFlags[i]) {  // opened elsewhere: it becomes the sidebar's tab
        L.prefs.sidebarOpen = true;
        L.prefs.tab = t;
      } else if (!now && L.tabFlags[i] && L.prefs.tab == t) {  // the active tab was closed
        L.prefs.sidebarOpen = false;
      }
    }
  }
  L.tabsSynced = true;
  applyTabFlags(s);
  lastMetrics = m;
  L.current = computeLayout(viewport, L.prefs, s.panels.inspector, m);
}

LayoutRect flightMapArea(const ViewerState& s, glm::dvec2 viewport) {
  const bool inspector = s.layout.current.inspectorShown || !s.selection.empty();
  return computeLayout(viewport, s.layout.prefs, inspector, lastMetrics).map;
}

void setSidebar(ViewerState& s, bool open, SidebarTab tab) {
  s.layout.prefs.sidebarOpen = open;
  s.layout.prefs.tab = tab;
  applyTabFlags(s);
}

void setLegendOpen(ViewerState& s, bool open) { s.layout.prefs.legendOpen = open; }
void setTimeExpanded(ViewerState& s, bool expanded) { s.layout.prefs.timeExpanded = expanded; }

}  // namespace ps::viewer
