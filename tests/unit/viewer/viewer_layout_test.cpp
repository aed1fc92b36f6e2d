// The viewer's layout (viewer/layout.h, layout_store.h, layout_commands.h):
// the first screen leaves the map >= 70 % at the bureau's screen sizes,
// panels follow the window's edges, fly-to framing puts the target at the
// free area's centre, and the remembered layout survives bad files.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>

#include "core/atomic_file.h"
#include "viewer/layout.h"
#include "viewer/layout_commands.h"
#include "viewer/layout_store.h"

using namespace ps;
using namespace ps::viewer;
namespace fs = std::filesystem;

namespace {

std::vector<LayoutRect> firstScreenRects(const Layout& L) {
  return {L.menu, L.status, L.search, L.tabs, L.time, L.legend};
}

}  // namespace

TEST(ViewerLayout, FirstScreenKeepsSeventyPercent) {
  for (glm::dvec2 vp : {glm::dvec2(1366, 768), glm::dvec2(1600, 900), glm::dvec2(1920, 1080)}) {
    const Layout L = computeLayout(vp, LayoutPrefs{}, false);
    EXPECT_FALSE(L.sidebarShown);
    EXPECT_TRUE(L.sidebar.empty());
    EXPECT_TRUE(L.inspector.empty());
    const double f = freeFraction(vp, firstScreenRects(L));
    EXPECT_GE(f, 0.70) << vp.x << "x" << vp.y;
    EXPECT_LT(f, 1.0);
  }
}

TEST(ViewerLayout, PanelsFollowTheWindowEdges) {
  LayoutPrefs p;
  p.sidebarOpen = true;
  for (glm::dvec2 vp : {glm::dvec2(1366, 768), glm::dvec2(1920, 1080), glm::dvec2(800, 600)}) {
    const Layout L = computeLayout(vp, p, true);
    for (const LayoutRect& r : {L.search, L.tabs, L.sidebar, L.inspector, L.time, L.legend, L.status}) {
      EXPECT_GE(r.x, 0);
      EXPECT_GE(r.y, 0);
      EXPECT_LE(r.right(), vp.x + 1e-9);
      EXPECT_LE(r.bottom(), vp.y + 1e-9);
    }
    EXPECT_DOUBLE_EQ(L.status.bottom(), vp.y);      // bottom edge
    EXPECT_NEAR(L.legend.right(), vp.x - 8, 1e-9);  // right edge, 8 px margin
    EXPECT_NEAR(L.inspector.right(), vp.x - 8, 1e-9);
    EXPECT_LE(L.time.bottom(), L.status.y);
    // The free map lies between the sidebar and the inspector, above the time bar.
    EXPECT_GE(L.map.x, L.sidebar.right());
    EXPECT_LE(L.map.right(), L.inspector.x);
    EXPECT_LE(L.map.bottom(), L.time.y);
  }
  // Statistics and siting get a wider sidebar; the time bar moves right of it.
  p.tab = SidebarTab::Stats;
  const Layout wide = computeLayout({1600, 900}, p, false);
  const Layout narrow = computeLayout({1600, 900}, LayoutPrefs{.sidebarOpen = true}, false);
  EXPECT_GT(wide.sidebar.w, narrow.sidebar.w);
  EXPECT_GE(wide.time.x, wide.sidebar.right());
}

TEST(ViewerLayout, FreeFractionOfOverlappingRects) {
  const glm::dvec2 vp(100, 100);
  EXPECT_DOUBLE_EQ(freeFraction(vp, {}), 1.0);
  EXPECT_DOUBLE_EQ(freeFraction(vp, {{0, 0, 50, 100}}), 0.5);
  // Overlap counted once; parts outside the window ignored.
  EXPECT_DOUBLE_EQ(freeFraction(vp, {{0, 0, 50, 100}, {25, 0, 50, 100}}), 0.25);
  EXPECT_DOUBLE_EQ(freeFraction(vp, {{-50, -50, 100, 100}}), 0.75);
  EXPECT_DOUBLE_EQ(freeFraction(vp, {{0, 0, 200, 200}}), 0.0);
  EXPECT_DOUBLE_EQ(freeFraction(vp, {{10, 10, 0, 50}, {10, 10, -5, 50}}), 1.0);
}

TEST(ViewerLayout, FrameInAreaPutsTheTargetAtTheAreaCentre) {
  const glm::dvec2 vp(1366, 768);
  LayoutPrefs p;
  p.sidebarOpen = true;
  const Layout L = computeLayout(vp, p, false);  // sidebar open: the free area sits right of centre
  const glm::dvec2 lo(1000, 2000), hi(3000, 3500), target = (lo + hi) * 0.5;
  for (double bearing : {0.0, -12.0, 135.0})
    for (double pitch : {0.0, 45.0, 60.0}) {
      OrbitCamera c;
      c.bearingDeg = bearing;
      c.pitchDeg = pitch;
      c.frameWithContext(lo, hi, L.map.w / L.map.h);
      const double fullWindowDistance = c.distance;
      const OrbitCamera f = frameInArea(c, target, vp, L.map);
      const auto s = f.worldToScreen(glm::dvec3(target, 0), vp.x, vp.y);
      ASSERT_TRUE(s);
      EXPECT_NEAR(s->x, L.map.centre().x, 0.5) << bearing << " " << pitch;
      EXPECT_NEAR(s->y, L.map.centre().y, 0.5) << bearing << " " << pitch;
      EXPECT_NEAR(f.distance, fullWindowDistance * vp.y / L.map.h, 1e-6);
      // Not where a whole-window framing would put it: under the sidebar's edge.
      EXPECT_GT(std::abs(s->x - vp.x * 0.5), 50.0);
    }
  // A degenerate area leaves the camera as it was.
  OrbitCamera c;
  EXPECT_EQ(frameInArea(c, {5, 5}, vp, LayoutRect{}), c);
}

TEST(ViewerLayout, SidebarFollowsPanelFlagsAndInspectorFollowsSelection) {
  ViewerState s;
  s.panels.layers = s.panels.filters = true;  // the old first screen's defaults
  syncLayout(s, {1366, 768}, {});
  EXPECT_FALSE(s.panels.layers);  // collapsed sidebar at start
  EXPECT_FALSE(s.panels.filters);
  EXPECT_FALSE(s.panels.inspector);
  s.panels.stats = true;  // opened from the View menu / a replay command
  syncLayout(s, {1366, 768}, {});
  EXPECT_TRUE(s.layout.prefs.sidebarOpen);
  EXPECT_EQ(s.layout.prefs.tab, SidebarTab::Stats);
  s.panels.filters = true;  // another tab: replaces the first, one sidebar
  syncLayout(s, {1366, 768}, {});
  EXPECT_EQ(s.layout.prefs.tab, SidebarTab::Filters);
  EXPECT_FALSE(s.panels.stats);
  s.panels.filters = false;  // its close button
  syncLayout(s, {1366, 768}, {});
  EXPECT_FALSE(s.layout.prefs.sidebarOpen);
  EXPECT_TRUE(s.layout.current.sidebar.empty());
  // The inspector opens with a selection and closes without one.
  s.selection.push_back({0, 3});
  ++s.selectionRevision;
  syncLayout(s, {1366, 768}, {});
  EXPECT_TRUE(s.panels.inspector);
  EXPECT_FALSE(s.layout.current.inspector.empty());
  s.selection.clear();
  ++s.selectionRevision;
  syncLayout(s, {1366, 768}, {});
  EXPECT_FALSE(s.panels.inspector);
}

TEST(ViewerLayout, StoreRoundTripAndBadFiles) {
  const fs::path dir = fs::path(PARKSCAPE_TEST_TMP) / "layout_store";
  fs::create_directories(dir);
  const std::string path = (dir / "sub" / "layout.json").string();
  LayoutPrefs p;
  p.sidebarOpen = true;
  p.tab = SidebarTab::Siting;
  p.sidebarWidth = 420;
  p.legendOpen = false;
  p.timeExpanded = true;
  p.windowX = 12, p.windowY = 34, p.windowW = 1300, p.windowH = 700;
  saveLayout(path, p);  // creates the folder
  LayoutLoad l = loadLayout(path);
  EXPECT_TRUE(l.found);
  EXPECT_TRUE(l.warning.empty()) << l.warning;
  EXPECT_EQ(l.prefs, p);

  // Missing file: defaults, silently.
  l = loadLayout((dir / "none.json").string());
  EXPECT_FALSE(l.found);
  EXPECT_EQ(l.prefs, LayoutPrefs{});
  // Corrupt JSON: defaults, a message naming the file; the file is left alone.
  const std::string bad = (dir / "bad.json").string();
  writeFileAtomic(bad, "{ not json");
  l = loadLayout(bad);
  EXPECT_EQ(l.prefs, LayoutPrefs{});
  EXPECT_NE(l.warning.find(bad), std::string::npos);
  EXPECT_NE(l.warning.find("JSON"), std::string::npos);
  // Wrong types and impossible values: those keys keep their defaults, each named.
  writeFileAtomic(bad, R"({"sidebar_open": "yes", "sidebar_tab": "nope", "sidebar_width": 1e9,
                          "window_w": 100000, "window_h": 700, "legend_open": false})");
  l = loadLayout(bad);
  EXPECT_FALSE(l.prefs.sidebarOpen);
  EXPECT_EQ(l.prefs.tab, SidebarTab::Layers);
  EXPECT_EQ(l.prefs.sidebarWidth, LayoutPrefs{}.sidebarWidth);
  EXPECT_EQ(l.prefs.windowW, 0);  // half a size is no size
  EXPECT_EQ(l.prefs.windowH, 0);
  EXPECT_FALSE(l.prefs.legendOpen);  // the good key still read
  for (const char* key : {"sidebar_open", "sidebar_tab", "sidebar_width", "window_w"})
    EXPECT_NE(l.warning.find(key), std::string::npos) << key << ": " << l.warning;
  // Hostile size: not read at all.
  {
    std::ofstream big(bad, std::ios::binary | std::ios::trunc);
    big << '{' << std::string(100000, ' ') << '}';
  }
  l = loadLayout(bad);
  EXPECT_FALSE(l.found);
  EXPECT_NE(l.warning.find("64 KiB"), std::string::npos);
}

TEST(ViewerLayout, DefaultPathFollowsTheEnvironment) {
  ::setenv("PARKSCAPE_CONFIG_DIR", "/tmp/ps-conf", 1);
  EXPECT_EQ(defaultLayoutPath(), "/tmp/ps-conf/layout.json");
  ::unsetenv("PARKSCAPE_CONFIG_DIR");
  ::setenv("XDG_CONFIG_HOME", "/tmp/xdg", 1);
  EXPECT_EQ(defaultLayoutPath(), "/tmp/xdg/parkscape/layout.json");
  ::unsetenv("XDG_CONFIG_HOME");
  ::setenv("HOME", "/home/planner", 1);
  EXPECT_EQ(defaultLayoutPath(), "/home/planner/.config/parkscape/layout.json");
}
