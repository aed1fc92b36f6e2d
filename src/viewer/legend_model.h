#pragma once
// The viewer's legend: the exports' model (map/legend_groups: grouped, each
// symbol once, sample / approximate marks) over the layers the map shows now
// (visible, in range at this camera distance), top layer first. Pure; the
// legend panel (ui/legend_panel) draws it.
#include <vector>

#include "map/legend_groups.h"
#include "viewer/state.h"

namespace ps::viewer {

std::vector<map::LegendBlock> legendOfState(const ViewerState& s);

}  // namespace ps::viewer
