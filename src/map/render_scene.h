#pragma once
// Renders a scene to an image, headless: loads the scene and its data, builds
// the buckets, creates an EGL surfaceless context and draws with
// render::Renderer, then adds the atlas furniture (title, legend, scale bar,
// north arrow, attribution). Used by `parkscape render`, the render tests'
// "scene" cases (tests/render/<case>/case.toml: kind = "scene") and bench/.
//
// Throws ps::Error naming the file and the problem (scene, data or GL).
#include <optional>
#include <string>

#include "map/export_furniture.h"
#include "data/scene_loader.h"
#include "render/image.h"
#include "scene/scene.h"

namespace ps::map {

struct RenderOptions {
  int width = 1920, height = 1080;
  std::optional<CameraSpec> camera;  // replaces the scene's initial camera
  Lang lang = Lang::Zh;
  bool furniture = true;
  float uiScale = 0;                 // 0 = height / 1080
  int msaa = 4;
};

render::Image renderScene(const data::SceneData& data, const RenderOptions& opt);

// cameraOverride replaces the scene's initial camera when given.
render::Image renderSceneImage(const std::string& scenePath, int w, int h,
                               const std::optional<CameraSpec>& cameraOverride);

// PNG tEXt chunks describing the scene (title, sources, sample-data note).
std::vector<std::pair<std::string, std::string>> pngMetadata(const data::SceneData& data);

}  // namespace ps::map
