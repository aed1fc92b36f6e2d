#pragma once
// The viewer's per-feature visuals (colour, height, hidden / highlighted /
// selected / faded flags), layer visibility, time and draw order onto a
// renderer's uploaded layers: one path for the viewer's GPU map view and the
// headless story render (viewer/story_render.h), so both draw a state alike.
#include <vector>

#include "map/map_builder.h"
#include "viewer/state.h"

namespace ps::viewer {

void applyStateStyles(render::Renderer& r, const std::vector<map::LayerHandles>& handles, const ViewerState& s);

}  // namespace ps::viewer
