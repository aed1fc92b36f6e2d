#pragma once
// Load-time glue between the scene and the overlay functions: fills the table
// of every derived layer (hexbin, clusters, choropleth, ring_stats) from the
// source layers already read, and the legends of derived layers and of
// extrusion layers with style.occupancy = "filled". Called by
// app::loadSceneData on the loader's thread, after the local frame is known.
#include <optional>

#include "app/scene_loader.h"

namespace ps::app::overlays {

// Mutates data.scene.layers[i] (legend, legend note, choropleth categories) and
// data.layers[i].table of derived layers. Throws ps::Error naming the scene
// file and layers[i] when a derived layer cannot be computed.
void deriveLayers(SceneData& data, std::optional<double> quarter);

}  // namespace ps::app::overlays
