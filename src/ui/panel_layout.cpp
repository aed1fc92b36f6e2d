// Where the panels sit (viewer/layout.h): the layout computed once per frame
// from the font's measures, each panel's window placed from it, and the
// sidebar's tab strip. Panels keep their contents; this file only says where
// they are and how they open and close.
#include <imgui.h>

#include "ui/ui_context.h"
#include "viewer/layout_commands.h"

namespace ps::ui {
namespace {

constexpr ImGuiWindowFlags kDocked = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings;

void place(const viewer::LayoutRect& r, bool size = true) {
  ImGui::SetNextWindowPos(ImVec2(static_cast<float>(r.x), static_cast<float>(r.y)), ImGuiCond_Always);
  if (size) ImGui::SetNextWindowSize(ImVec2(static_cast<float>(r.w), static_cast<float>(r.h)), ImGuiCond_Always);
}

}  // namespace

void beginLayout(UiContext& ui) {
  const float sc = ui.scale;
  const ImGuiStyle& st = ImGui::GetStyle();
  const float frame = ImGui::GetFrameHeight();
  viewer::LayoutMetrics m;
  m.scale = sc;
  // Measured from the font in use (pixels), handed over in logical units.
  m.menuH = frame / sc;
  m.statusH = (frame + 8 * sc) / sc;
  m.searchH = (frame + 2 * st.WindowPadding.y) / sc;
  m.tabsH = (frame + 2 * st.WindowPadding.y) / sc;
  m.timeSlimH = (44 * sc + 2 * st.WindowPadding.y) / sc;
  m.timeFullH = m.timeSlimH + (ImGui::GetTextLineHeightWithSpacing() + 120 * sc + 2 * st.ItemSpacing.y) / sc;
  m.legendTitleH = frame / sc;
  viewer::syncLayout(ui.s, ui.viewport, m);
}

int placePanel(UiContext& ui, std::string_view key) {
  const viewer::Layout& L = ui.s.layout.current;
  for (viewer::SidebarTab t : viewer::kSidebarTabs)
    if (key == viewer::sidebarTabKey(t)) {
      place(L.sidebar);
      return kDocked | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoTitleBar;
    }
  if (key == "panel.search") {
    place(L.search, false);
    ImGui::SetNextWindowSizeConstraints(ImVec2(static_cast<float>(L.search.w), 0),
                                        ImVec2(static_cast<float>(L.search.w), static_cast<float>(L.viewport.y) * 0.6f));
    return kDocked | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize;
  }
  if (key == "panel.inspector") {
    place(L.inspector);
    return kDocked | ImGuiWindowFlags_NoCollapse;
  }
  if (key == "panel.time") {
    place(L.time);
    return kDocked | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar;
  }
  if (key == "panel.legend") {
    place(L.legend);
    ImGui::SetNextWindowCollapsed(!ui.s.layout.prefs.legendOpen, ImGuiCond_Always);
    return kDocked;
  }
  return ImGuiWindowFlags_None;
}

void afterPanelBegin(UiContext& ui, std::string_view key) {
  if (key == "panel.legend") viewer::setLegendOpen(ui.s, !ImGui::IsWindowCollapsed());
}

void drawSidebarTabs(UiContext& ui) {
  auto& s = ui.s;
  const viewer::Layout& L = s.layout.current;
  place(L.tabs);
  const ImGuiWindowFlags f = kDocked | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar |
                             ImGuiWindowFlags_NoFocusOnAppearing;
  if (!ImGui::Begin("###sidebar_tabs", nullptr, f)) {
    ImGui::End();
    return;
  }
  const float sc = ui.scale;
  const float chevronW = ImGui::GetFrameHeight() + 4 * sc;
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float tabW = (ImGui::GetContentRegionAvail().x - chevronW - spacing * 4) / 4.0f;
  for (viewer::SidebarTab t : viewer::kSidebarTabs) {
    const bool active = s.layout.prefs.sidebarOpen && s.layout.prefs.tab == t;
    if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    const std::string id = std::string(ui.tr(viewer::sidebarTabKey(t))) + "###tab." + viewer::sidebarTabId(t);
    ui.shown.push_back(ui.tr(viewer::sidebarTabKey(t)));
    if (ImGui::Button(id.c_str(), ImVec2(tabW, 0))) viewer::setSidebar(s, !active, t);
    if (active) ImGui::PopStyleColor();
    ImGui::SameLine();
  }
  // The chevron collapses the sidebar, or opens it on the last tab.
  const bool open = s.layout.prefs.sidebarOpen;
  if (ImGui::ArrowButton("##sidebar_toggle", open ? ImGuiDir_Up : ImGuiDir_Down))
    viewer::setSidebar(s, !open, s.layout.prefs.tab);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ui.tr(open ? "layout.sidebar_hide" : "layout.sidebar_show"));
  ImGui::End();
}

}  // namespace ps::ui
