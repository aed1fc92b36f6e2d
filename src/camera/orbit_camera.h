#pragma once
// The map camera: an eye orbiting a ground point. Pure math, no GL.
//
// Frame: the scene's local metric frame (render buckets' coordinates): x east,
// y north, z up, metres. The eye looks at (center, 0) from `distance` metres,
// tilted `pitchDeg` from straight down, facing `bearingDeg` clockwise from north.
//
// Depth range: near = 1% of the eye distance (at least 0.05 m) and far = the
// distance to the furthest ground point in view (top frustum edge, capped when
// the view reaches the horizon) + headroom, at most 300 x distance. The
// near/far ratio is therefore bounded, so 24-bit depth resolves a 100 km city
// seen from 150 km and a 10 m building seen from 30 m alike. No reverse-Z:
// it needs glClipControl (GL 4.5), and the viewer runs on GL 4.1.
//
// Screen coordinates are pixels, origin top-left, y down, (0.5, 0.5) the
// centre of the top-left pixel.
#include <optional>

#include <glm/mat4x4.hpp>
#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

namespace ps {

struct CameraSpec;

struct OrbitCamera {
  glm::dvec2 center{0.0, 0.0};  // ground point looked at, local metres
  double distance = 5000;       // eye to center, metres (> 0)
  double pitchDeg = 45;         // 0 = straight down, < 90
  double bearingDeg = 0;        // clockwise from north: the direction the view faces
  double fovYDeg = 35;          // vertical field of view

  // Camera basis, doubles: forward (eye -> center), right, up (screen up).
  glm::dvec3 eyeD() const;
  glm::dvec3 forward() const;
  glm::dvec3 right() const;
  glm::dvec3 up() const;
  glm::vec3 eye() const { return glm::vec3(eyeD()); }

  double nearPlane() const;
  double farPlane() const;
  glm::dmat4 viewD() const;
  glm::dmat4 projD(double aspect) const;
  glm::mat4 view() const { return glm::mat4(viewD()); }
  glm::mat4 proj(double aspect) const { return glm::mat4(projD(aspect)); }

  // World ray through a screen point: origin = eye, unit direction.
  glm::dvec3 rayDirection(double x, double y, int w, int h) const;
  // Where the ray through screen point (x, y) meets the ground (z = 0); nullopt
  // above the horizon.
  std::optional<glm::dvec2> screenToGround(double x, double y, int w, int h) const;
  // Screen position of a world point; nullopt when behind the eye.
  std::optional<glm::dvec2> worldToScreen(const glm::dvec3& p, int w, int h) const;
  // Metres per pixel at the center, for scale bars and LOD.
  double metresPerPixel(int h) const;

  // Zooms by `factor` (> 1 closer) keeping the ground point under (x, y)
  // exactly under it. Above the horizon, zooms about the center.
  void zoomTowards(double x, double y, int w, int h, double factor);
  // Drags the map by (dx, dy) pixels: the ground under the screen centre moves with them.
  void pan(double dx, double dy, int w, int h);
  // Turns (degrees): bearing wraps to [0, 360); pitch is clamped to [0, 89].
  void orbit(double dBearingDeg, double dPitchDeg);
  // Limits: center inside [boundsMin, boundsMax], distance inside
  // [minDistance, maxDistance], pitch inside [0, maxPitchDeg] (<= 89, so the
  // eye stays above the ground).
  void clampTo(const glm::dvec2& boundsMin, const glm::dvec2& boundsMax, double minDistance, double maxDistance,
               double maxPitchDeg);
  // Centres on the ground rectangle [min, max] and sets the distance so its
  // circumscribed circle fits the view at the current pitch, bearing and fov.
  void fitBounds(const glm::dvec2& min, const glm::dvec2& max, double aspect);

  // From a scene's camera: `localCenter` is spec.center already projected into
  // the local frame (the camera module does no map projection).
  static OrbitCamera fromSpec(const CameraSpec& spec, const glm::dvec2& localCenter);
};

}  // namespace ps
