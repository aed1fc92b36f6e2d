// The panel draws headless (an ImGui context without a renderer) in every state.
#include <gtest/gtest.h>
#include <imgui.h>

#include "analysis/siting/demand.h"
#include "analysis/siting/engine.h"
#include "siting_fixture.h"
#include "ui/siting_panel.h"

using namespace ps;
using namespace ps::siting;

namespace {

struct Frame {
  Frame() {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(1280, 900);
    io.IniFilename = nullptr;
    unsigned char* px;
    int w, h;
    io.Fonts->GetTexDataAsRGBA32(&px, &w, &h);
  }
  ~Frame() { ImGui::DestroyContext(); }
  ui::SitingPanelOutput draw(ui::SitingState& s, const SitingResult* r) {
    ImGui::NewFrame();
    ui::SitingPanelOutput o = ui::drawSitingPanel(s, r);
    ImGui::Render();
    return o;
  }
};

}  // namespace

TEST(SitingPanel, DrawsEmptyRankedAndNoneStates) {
  test::TestScene scene;
  scene.building("A", {1500, 1100}, 4000);
  scene.building("B", {2500, 1000}, 3000);
  ui::SitingState st;
  st.demandPath = std::string(PARKSCAPE_TEST_DATA) + "/siting/robots_small.toml";
  st.demand = loadDemand(st.demandPath);
  st.weights = demandWeights(st.demand);
  SitingIndex x = buildSitingIndex(scene.inputs(), st.demand.candidates);
  Evaluation ev = evaluate(x, st.demand);
  SitingResult ranked = runSiting(ev, st.weights, 10);
  Demand none = st.demand;
  none[Criterion::Space].min = 1e6;
  SitingResult empty = runSiting(evaluate(x, none), st.weights, 10);
  Frame f;
  EXPECT_EQ(f.draw(st, nullptr).request, ui::SitingRequest::None);
  st.selected = 1;
  EXPECT_EQ(f.draw(st, &ranked).request, ui::SitingRequest::None);
  st.english = true;
  EXPECT_EQ(f.draw(st, &empty).request, ui::SitingRequest::None);
  EXPECT_EQ(st.demandPath, std::string(PARKSCAPE_TEST_DATA) + "/siting/robots_small.toml");
}
