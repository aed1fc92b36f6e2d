#pragma once
// How far the interactive camera may go: keeps the city in view and the eye
// above the roofs. OrbitCamera::clampTo applies it; the viewer derives the
// bounds and the maximum distance from the loaded scene.
#include <glm/vec2.hpp>

namespace ps {

struct CameraLimits {
  glm::dvec2 min{-1e5, -1e5}, max{1e5, 1e5};  // the center stays inside (local metres)
  double minDistance = 80;
  double maxDistance = 4e5;
  double maxPitch = 75;      // degrees; never more than 89 whatever is asked
  double minEyeHeight = 20;  // metres above the ground
};

}  // namespace ps
