#pragma once
// Overlay parameters changed in the viewer: the derived layers (hexbin,
// clusters, choropleth, ring_stats; scene.h DerivedSpec) recomputed live, one
// layer at a time, with the same functions the loader uses
// (app/overlays/derive.h). Like app/viewer_commands.h these are the only way
// to change a derived layer's parameters; they keep the layer's visuals,
// filter results and revisions consistent. Synchronous: on the Chengdu scene
// the dearest (concave cluster hulls) takes tens of milliseconds, so the
// panel commits a value when a slider is released, never per drag frame.
//
// After a recompute s.layerRevision[li] has moved on: whoever draws or picks
// that layer (map view, pick index, label candidates) rebuilds it. Selection,
// hover, highlight and search hits pointing into the layer are dropped (its
// rows are new features).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "viewer/state.h"

namespace ps::viewer {

// The ranges the panel offers and setDerivedParams clamps to.

// Indices of the scene's derived layers, in scene order.
std::vector<uint32_t> derivedLayers(const ViewerState& s);
// Layer index by id; nullopt when absent.
std::optional<uint32_t> layerIndex(const ViewerState& s, const std::string& id);

// The time derived layers are computed at: s.time.wholeQuarter() (tables and
// `parkscape stats` use whole quarters), nullopt = now.
std::optional<double> derivedQuarter(const ViewerState& s);

// Writes `params` into s.data->scene.layers[li].derived (kind, from, regions
// and hull buffer stay the layer's own; numbers clamped to DerivedLimits;
// metric and share_of checked against the sector table) and recomputes that
// layer at derivedQuarter(s). Side rules, so the picture stays readable:
//   hexbin share_of "" -> colour by dominant sector (category on "dominant");
//          share_of set -> ramp on "share_sel" from light grey to the sector's colour;
//          height_by switched with an unchanged height_scale -> the scale is
//          converted by the data's GFA per building, so columns keep their height.
// Returns false when li is not a derived layer. Throws ps::Error (scene file,
// layers[li], problem) when the recompute fails; the layer is then unchanged.
bool setDerivedParams(ViewerState& s, uint32_t li, const DerivedSpec& params);

// Recomputes every derived layer at derivedQuarter(s) when the time or the
// filter changed since they were computed (s.time.revision !=
// s.derivedTimeRevision, the filter's sectors / sub-sectors / ranges !=
// s.derivedFilterKey) and playback is not running: each carries vacancy at
// the quarter, the choropleth's vacancy classes are drawn from it, and each
// is derived from the features of its `from` layer that pass the filter (in
// fade and hide mode alike), so its colours and legend counts follow it. Returns the number of layers
// recomputed. Errors are toasted, not thrown (the old table stays).
size_t refreshDerivedForTime(ViewerState& s);

// s.layerRevision[li], 0 when never bumped.
uint64_t layerRevision(const ViewerState& s, uint32_t li);

// Replay and session keys, the scene file's own (docs/SCENE.md): hex_size,
// height_by ("gfa"|"count"), height_scale, share_of ("" = dominant); eps,
// min_points, hull ("concave"|"convex"); metric, classes, method
// ("quantile"|"equal_interval"); merge. Keys of other kinds are ignored.
// Throws ps::Error naming the key on a wrong type or unknown value.
DerivedSpec derivedParamsFromJson(const DerivedSpec& base, const nlohmann::json& j);
// The layer's parameters under the same keys, plus kind, features (row count)
// and, for choropleths, breaks (class upper bounds) and legend labels (zh, en).
nlohmann::json derivedParamsJson(const ViewerState& s, uint32_t li);

}  // namespace ps::viewer
