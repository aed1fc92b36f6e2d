#pragma once
// The occupancy-over-time chart of the time panel. Which buildings the chart
// stands for:
//  - a selected building: itself;
//  - a selected feature of another layer that names a park (its park role,
//    else its id matching the buildings' park field): that park's buildings;
//  - a selected polygon of any other layer (a district, a zone, a ring): the
//    buildings whose centroid lies in it (analysis/region_index.h, the same
//    membership rule as `parkscape stats`);
//  - nothing selected: every building that passes the filter (all when no
//    filter is on).
// The curve is analysis::occupancyOverTime (GFA-weighted, each building on
// its own monotone-cubic curve between quarters), so the chart, the map's
// filled heights and `parkscape stats --quarter` rest on the same numbers.
#include <optional>
#include <vector>

#include "viewer/state.h"

namespace ps::viewer {

// Samples per quarter on the chart's curve.
inline constexpr int kTimelineSteps = 8;

// The layer the chart reads: the first visible extrusion layer with quarterly
// occupancy columns (occ_2024q1 ...), else the first such layer; -1 if none.
int timelineLayer(const ViewerState& s);

// Rows of the buildings layer `layer` the current selection stands for (see
// above); `scopeKey` / `scopeName` say which case applied.
void timelineRows(const ViewerState& s, int layer, std::vector<uint32_t>& rows, std::string& scopeKey,
                  std::string& scopeName);

// Recomputes s.timeline when the selection, the filter or the data changed.
void updateTimeline(ViewerState& s);

// The curve's value at fractional quarter `t` (linear between samples); NaN
// outside the curve or where no building counts.
double timelineValueAt(const OccupancySeries& series, double t);

}  // namespace ps::viewer
