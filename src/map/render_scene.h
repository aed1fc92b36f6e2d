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
#include "render/renderer.h"
#include "scene/scene.h"

namespace ps::map {

struct RenderOptions {
  int width = 1920, height = 1080;
  std::optional<CameraSpec> camera;  // replaces the scene's initial camera
  Lang lang = Lang::Zh;
  bool furniture = true;
  float uiScale = 0;                 // 0 = from the size (outputScale, furnitureScale)
  int msaa = 4;
};

// How much larger than at 1080p the map's text, lines and symbols are drawn:
// 1 up to 1920 x 1080 pixels, then sqrt(area / 1080p area), so an 8K picture
// (7680 x 4320) is the 1080p one with four times the detail, whatever its
// orientation. uiScale > 0 replaces it.
float outputScale(int width, int height, float uiScale = 0);
// The furniture's (title, legend...): height / 1080 (at least 0.75) up to
// 1080p, outputScale beyond; uiScale > 0 replaces it.
float furnitureScale(int width, int height, float uiScale = 0);

// The exports' labels, sized for `scale` (outputScale), placed on `renderer`
// for a width x height picture. Returns how many were placed.
// `obstacles`: the furniture's rectangles (exportFurnitureRects), kept clear of labels.
size_t placeScaledExportLabels(render::Renderer& renderer, const data::SceneData& data, const OrbitCamera& cam,
                               Lang lang, int width, int height, float scale,
                               std::span<const glm::vec4> obstacles = {});

render::Image renderScene(const data::SceneData& data, const RenderOptions& opt);

// cameraOverride replaces the scene's initial camera when given.
render::Image renderSceneImage(const std::string& scenePath, int w, int h,
                               const std::optional<CameraSpec>& cameraOverride);

// PNG tEXt chunks describing the scene (title, sources, sample-data note).
std::vector<std::pair<std::string, std::string>> pngMetadata(const data::SceneData& data);

}  // namespace ps::map
