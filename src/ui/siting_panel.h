#pragma once
// The siting panel (ImGui only: no GL, no GDAL). It edits a SitingState
// (viewer/siting_state.h) and says what the caller should do next.
#include "viewer/siting_state.h"

namespace ps::ui {

using viewer::SitingPanelOutput;
using viewer::SitingRequest;
using viewer::SitingState;

// Draws the panel window. `result` may be null (nothing ranked yet).
SitingPanelOutput drawSitingPanel(SitingState& state, const siting::SitingResult* result);

}  // namespace ps::ui
