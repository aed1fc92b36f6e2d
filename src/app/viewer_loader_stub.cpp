// TEMPORARY: stands in for app/scene_loader.cpp until the lead's loader is
// merged; delete this file then (duplicate symbols will say so).
#include "app/scene_loader.h"
#include "core/error.h"

namespace ps::app {

const LoadedLayer* SceneData::find(const std::string& id) const {
  for (const auto& l : layers)
    if (l.spec && l.spec->id == id) return &l;
  return nullptr;
}
LoadedLayer* SceneData::find(const std::string& id) {
  for (auto& l : layers)
    if (l.spec && l.spec->id == id) return &l;
  return nullptr;
}

SceneData loadSceneData(Scene scene, const ProgressFn&, const std::atomic<bool>*) {
  throw Error(scene.path, "loading GIS sources is not available in this build yet (scene loader not merged)");
}

}  // namespace ps::app
