#pragma once
// Hand-built render-test scenes ("primitives" cases), keyed by name, until the
// geometry and io modules can build the same from files.
#include <string>
#include <vector>

#include "camera/orbit_camera.h"
#include "map/label_candidates.h"
#include "render/renderer.h"

namespace ps::render_tests {

using Labels = std::vector<ps::map::LabelCandidate>;

// Fills `r` with the named scene, sets `camera` to its default view and
// `labels` to its labels (placed once the case's camera is known).
// Returns false for an unknown name.
bool buildPrimitiveCase(const std::string& name, ps::render::Renderer& r, ps::OrbitCamera& camera, Labels& labels);
std::vector<std::string> primitiveCaseNames();

}  // namespace ps::render_tests
