#pragma once
// The synthetic city of the analysis tests (analysis_fixture.h) as a viewer
// scene: the scene text's layers with ids districts / parks / buildings /
// universities get the city's tables; others (derived) stay empty for
// data::deriveLayers to fill.
#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include "../analysis/analysis_fixture.h"
#include "data/scene_loader.h"
#include "scene/scene.h"

namespace fx {

inline std::shared_ptr<ps::data::SceneData> citySceneData(const City& city, const char* sceneToml, const std::string& name) {
  auto data = std::make_shared<ps::data::SceneData>();
  data->scene = ps::parseScene(sceneToml, (std::filesystem::path(PARKSCAPE_TEST_TMP) / name).string());
  const std::map<std::string, const ps::FeatureTable*> tables = {
      {"districts", &city.districts}, {"parks", &city.parks}, {"buildings", &city.buildings},
      {"universities", &city.universities}};
  for (ps::LayerSpec& l : data->scene.layers) {
    ps::data::LoadedLayer L;
    L.spec = &l;
    if (auto it = tables.find(l.id); it != tables.end()) L.table = *it->second;
    data->layers.push_back(std::move(L));
  }
  data->frame.origin = {10000, 10000};
  return data;
}

}  // namespace fx
