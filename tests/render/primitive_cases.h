#pragma once
// Hand-built render-test scenes ("primitives" cases), keyed by name, until the
// geometry and io modules can build the same from files.
#include <string>
#include <vector>

#include "camera/orbit_camera.h"
#include "render/renderer.h"

namespace ps::render_tests {

// Fills `r` with the named scene and sets `camera` to its default view.
// Returns false for an unknown name.
bool buildPrimitiveCase(const std::string& name, ps::render::Renderer& r, ps::OrbitCamera& camera);
std::vector<std::string> primitiveCaseNames();

}  // namespace ps::render_tests
