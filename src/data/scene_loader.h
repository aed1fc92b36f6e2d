#pragma once
// Loads every layer of a scene: GDAL read (io::), datum fix and reprojection
// into the scene CRS (geo::), ring buffers (geometry::). The result is what
// render, analysis, the UI and the CLI work from. No GL here: safe on a worker thread.
#include <atomic>
#include <functional>
#include <string>
#include <vector>

#include "core/feature_table.h"
#include "geometry/buckets.h"
#include "scene/scene.h"

namespace ps::data {

struct LoadedLayer {
  const LayerSpec* spec = nullptr;  // points into SceneData::scene.layers
  FeatureTable table;               // coordinates in the scene CRS (metres)
  LoadReport report;
};

struct SceneData {
  Scene scene;
  std::vector<LoadedLayer> layers;  // same order as scene.layers
  LocalFrame frame;                 // local origin for the GPU (centre of the data)

  const LoadedLayer* find(const std::string& layerId) const;
  LoadedLayer* find(const std::string& layerId);
};

// What a command line says after loading: every reader warning, and for each
// layer that lost features on the way, how many and why ("scene.toml:
// 'layers[2]' (buildings, data/b.gpkg): 3 of 120 features skipped: 1 without
// geometry, 2 invalid beyond repair"). Empty when nothing was lost.
std::vector<std::string> loadWarnings(const SceneData& data);

// progress(fraction 0..1, message); cancel checked between layers and features.
using ProgressFn = std::function<void(float, const std::string&)>;

// Throws ps::Error naming the file, layer and problem. `cancel` may be null.
SceneData loadSceneData(Scene scene, const ProgressFn& progress = {},
                        const std::atomic<bool>* cancel = nullptr);

}  // namespace ps::data
