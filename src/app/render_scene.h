#pragma once
// Renders a scene file to an image, headless: loads the scene and its data,
// builds the buckets, creates (or reuses) an EGL surfaceless context and draws
// with render::Renderer. Used by `parkscape render` and the render tests'
// "scene" cases (tests/render/<case>/case.toml: kind = "scene").
//
// cameraOverride replaces the scene's initial camera when given. Throws
// ps::Error naming the file and the problem (scene, data or GL).
#include <optional>
#include <string>

#include "render/image.h"
#include "scene/scene.h"

namespace ps::app {

ps::render::Image renderSceneImage(const std::string& scenePath, int w, int h,
                                   const std::optional<ps::CameraSpec>& cameraOverride);

}  // namespace ps::app
