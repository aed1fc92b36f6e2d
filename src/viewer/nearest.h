#pragma once
// The inspector's "nearest" lines (issue 13): for the last selected feature,
// the nearest university campus, lead zone (0 when inside) and named cluster
// of the scene's conventional layers ("universities", "zones", "ecosystem"
// rows of kind named_cluster; analysis/nearest.h), each distance geodesic
// between the two nearest points (geo/measure.h).
#include "viewer/state.h"

namespace ps::geo { class GeoProjector; }

namespace ps::viewer {

// Recomputes s.nearest when the selection or the scene changed (geo null:
// planar scene-CRS metres).
void nearestRefresh(ViewerState& s, const geo::GeoProjector* geo);

}  // namespace ps::viewer
