#pragma once
// What the siting panel edits and asks for: the demand and its what-if
// weights, and the request the panel hands back to the viewer (which owns
// the SitingIndex, runs evaluate()/runSiting() and flies the camera). A
// weight change needs only runSiting: < 1 ms at 100k candidates, see
// bench/siting_bench.cpp.
#include <string>

#include "analysis/siting/engine.h"
#include "core/i18n.h"

namespace ps::viewer {

struct SitingState {
  std::string demandPath;                 // edited in the panel; LoadDemand asks the caller to load it
  siting::Demand demand;                  // current demand (thresholds and hard flags are edited here)
  siting::PerCriterion<double> weights{}; // the what-if sliders; start from siting::demandWeights(demand)
  int top = 10;                           // how many results to show and highlight
  int selected = -1;                      // row of the result being explained / flown to, -1 = none
  bool english = false;                   // UI language (the viewer sets it from its own each frame)
  const StringTable* strings = nullptr;   // UI texts (assets/i18n/strings.toml); null shows the keys
  bool* open = nullptr;                   // the window's close box toggles it (null: no close box)
  std::string error;                      // shown in red (e.g. a bad demand file's ps::Error)
};

enum class SitingRequest {
  None,
  LoadDemand,   // load state.demandPath, then Reevaluate
  Reevaluate,   // a hard flag or threshold changed: evaluate() then runSiting()
  Rerank,       // only weights or top changed: runSiting() on the last Evaluation
  FlyTo,        // state.selected changed: fly to that row's candidate, highlight it
  Export,       // write the last result to state.demandPath's stem + exportExt
};

struct SitingPanelOutput {
  SitingRequest request = SitingRequest::None;
  std::string exportExt;  // ".csv", ".gpkg" or ".geojson" with Export
};

}  // namespace ps::viewer
