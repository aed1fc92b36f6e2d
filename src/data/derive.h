#pragma once
// Glue between the scene and the overlay functions: fills the table of every
// derived layer (hexbin, clusters, choropleth, ring_stats) from the source
// layers already read, and the legends of derived layers and of extrusion
// layers with style.occupancy = "filled". deriveLayers is called by
// data::loadSceneData on the loader's thread, after the local frame is known;
// deriveOneLayer by the viewer when a layer's parameters or the time change.
#include <optional>
#include <vector>

#include "data/derived_layers.h"
#include "data/scene_loader.h"

namespace ps::data {

// Mutates data.scene.layers[i] (legend, legend note, choropleth categories) and
// data.layers[i].table of derived layers. Throws ps::Error naming the scene
// file and layers[i] when a derived layer cannot be computed.
void deriveLayers(SceneData& data, std::optional<double> quarter);

// The inputs layer i derives from: its 'from' layer, the "parks" layer (when
// it is not itself derived), its regions / campuses, the data's local origin.
// Pointers point into `data`. Missing layers stay null (deriveLayer names them).
DerivedInputs derivedInputs(const SceneData& data, size_t i, std::optional<double> quarter);

// Recomputes derived layer i alone, exactly as deriveLayers does. All or
// nothing: on ps::Error (naming the scene file and layers[i]) data is untouched.
// A layer that is not derived is left alone.
// `fromPass` (per row of the `from` layer, 1 = passes the viewer's filter):
// the layer is derived from the passing features only; empty = all.
void deriveOneLayer(SceneData& data, size_t i, std::optional<double> quarter,
                    const std::vector<uint8_t>& fromPass = {});

}  // namespace ps::data
