#include "viewer/layout.h"

#include <algorithm>
#include <cmath>

namespace ps::viewer {

const char* sidebarTabKey(SidebarTab t) {
  switch (t) {
    case SidebarTab::Layers: return "panel.layers";
    case SidebarTab::Filters: return "panel.filters";
    case SidebarTab::Stats: return "panel.stats";
    case SidebarTab::Siting: return "panel.siting";
  }
  return "panel.layers";
}

const char* sidebarTabId(SidebarTab t) {
  switch (t) {
    case SidebarTab::Layers: return "layers";
    case SidebarTab::Filters: return "filters";
    case SidebarTab::Stats: return "stats";
    case SidebarTab::Siting: return "siting";
  }
  return "layers";
}

bool sidebarTabFromId(const std::string& id, SidebarTab& out) {
  for (SidebarTab t : kSidebarTabs)
    if (id == sidebarTabId(t)) {
      out = t;
      return true;
    }
  return false;
}

Layout computeLayout(glm::dvec2 vp, const LayoutPrefs& p, bool inspectorShown, const LayoutMetrics& m) {
  const double sc = m.scale, pad = 8 * sc, W = std::max(vp.x, 1.0), H = std::max(vp.y, 1.0);
  Layout L;
  L.viewport = {W, H};
  L.menu = {0, 0, W, m.menuH * sc};
  L.status = {0, H - m.statusH * sc, W, m.statusH * sc};
  // Left column: search, tab strip, the sidebar below them. At most 30 % of the width.
  const double colW = std::clamp(p.sidebarWidth * sc, 240 * sc, std::max(240 * sc, 0.30 * W));
  L.search = {pad, L.menu.bottom() + pad, colW, m.searchH * sc};
  L.tabs = {pad, L.search.bottom() + 4 * sc, colW, m.tabsH * sc};
  const double bottomY = L.status.y - pad;
  L.sidebarShown = p.sidebarOpen;
  // Statistics and siting hold tables: their tab is wider (at most 42 % of the window).
  const bool wide = p.tab == SidebarTab::Stats || p.tab == SidebarTab::Siting;
  const double sideW = wide ? std::max(colW, std::min(560 * sc, 0.42 * W)) : colW;
  if (p.sidebarOpen) L.sidebar = {pad, L.tabs.bottom(), sideW, std::max(0.0, bottomY - L.tabs.bottom())};
  // Right column: legend at the bottom (collapsed: its title only), inspector above it.
  const double legW = std::min(280 * sc, 0.25 * W);
  const double legH = p.legendOpen ? std::min(300 * sc, 0.38 * H) : m.legendTitleH * sc;
  L.legend = {W - pad - legW, bottomY - legH, legW, legH};
  L.inspectorShown = inspectorShown;
  const double inspW = std::min(380 * sc, 0.30 * W);
  if (inspectorShown)
    L.inspector = {W - pad - inspW, L.menu.bottom() + pad, inspW, std::max(0.0, L.legend.y - pad - (L.menu.bottom() + pad))};
  // Time bar: between the columns, above the status bar; at most 760 px wide, centred in that span.
  const double left = p.sidebarOpen ? L.sidebar.right() + pad : pad;
  const double right = L.legend.x - pad;
  const double span = std::max(0.0, right - left);
  const double timeW = std::min(760 * sc, span);
  const double timeH = (p.timeExpanded ? m.timeFullH : m.timeSlimH) * sc;
  L.time = {left + (span - timeW) * 0.5, bottomY - timeH, timeW, timeH};
  // The free map: right of the sidebar, left of the inspector, between menu and time bar.
  const double mapL = p.sidebarOpen ? L.sidebar.right() : 0.0;
  const double mapR = inspectorShown ? L.inspector.x : W;
  L.map = {mapL, L.menu.bottom(), std::max(1.0, mapR - mapL), std::max(1.0, L.time.y - L.menu.bottom())};
  return L;
}

double freeFraction(glm::dvec2 vp, const std::vector<LayoutRect>& occupied) {
  const double W = vp.x, H = vp.y;
  if (W <= 0 || H <= 0) return 0;
  // Coordinate compression: the union's area over the grid the rect edges make.
  std::vector<double> xs{0, W}, ys{0, H};
  std::vector<LayoutRect> rs;
  for (const LayoutRect& r : occupied) {
    const double x0 = std::clamp(r.x, 0.0, W), x1 = std::clamp(r.right(), 0.0, W);
    const double y0 = std::clamp(r.y, 0.0, H), y1 = std::clamp(r.bottom(), 0.0, H);
    if (x1 <= x0 || y1 <= y0) continue;
    rs.push_back({x0, y0, x1 - x0, y1 - y0});
    xs.insert(xs.end(), {x0, x1});
    ys.insert(ys.end(), {y0, y1});
  }
  std::sort(xs.begin(), xs.end());
  xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
  std::sort(ys.begin(), ys.end());
  ys.erase(std::unique(ys.begin(), ys.end()), ys.end());
  double covered = 0;
  for (size_t i = 0; i + 1 < xs.size(); ++i)
    for (size_t j = 0; j + 1 < ys.size(); ++j) {
      const double cx = (xs[i] + xs[i + 1]) * 0.5, cy = (ys[j] + ys[j + 1]) * 0.5;
      for (const LayoutRect& r : rs)
        if (cx > r.x && cx < r.right() && cy > r.y && cy < r.bottom()) {
          covered += (xs[i + 1] - xs[i]) * (ys[j + 1] - ys[j]);
          break;
        }
    }
  return std::clamp(1.0 - covered / (W * H), 0.0, 1.0);
}

OrbitCamera frameInArea(const OrbitCamera& framed, glm::dvec2 target, glm::dvec2 vp, const LayoutRect& area) {
  OrbitCamera c = framed;
  if (area.empty() || vp.x <= 0 || vp.y <= 0) return c;
  // Framed for the area's aspect at the full window height: back off to the area's height.
  const double shrink = area.h / vp.y;
  if (shrink > 0 && shrink < 1) c.distance /= shrink;
  c.center = target;
  const glm::dvec2 ac = area.centre();
  const std::optional<glm::dvec2> g = c.screenToGround(ac.x, ac.y, vp.x, vp.y);
  if (!g) return c;
  // With center = target, ground point g shows at the area's centre; shifting
  // the center by (target - g) puts target there.
  c.center = target + (target - *g);
  return c;
}

}  // namespace ps::viewer
