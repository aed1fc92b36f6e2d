#pragma once
// A ray from the eye through a screen point, in the scene's local frame, and
// where it meets the ground: what picking, the cursor read-out and zoom
// towards the cursor share.
#include <optional>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

namespace ps {

struct Ray {
  glm::dvec3 origin{0.0};
  glm::dvec3 dir{0.0, 0.0, -1.0};  // unit
};

// Where the ray meets the ground (z = 0); nullopt when it points at or above
// the horizon (the ground is then behind or infinitely far).
inline std::optional<glm::dvec2> groundHit(const Ray& r) {
  if (r.dir.z > -1e-9) return std::nullopt;
  const double t = -r.origin.z / r.dir.z;
  return glm::dvec2(r.origin.x + r.dir.x * t, r.origin.y + r.dir.y * t);
}

}  // namespace ps
