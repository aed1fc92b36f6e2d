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
// centre of the top-left pixel; w and h are the viewport size in pixels.
//
// One camera for the exports (render, map) and the viewer: the viewer keeps
// an OrbitCamera in its state and hands it to the renderer as is.
#include <optional>

#include <glm/mat4x4.hpp>
#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "camera/camera_limits.h"
#include "camera/ray.h"

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

  // Ray from the eye through screen point (x, y).
  Ray screenRay(double x, double y, double w, double h) const;
  // Where the ray through screen point (x, y) meets the ground (z = 0); nullopt
  // above the horizon.
  std::optional<glm::dvec2> screenToGround(double x, double y, double w, double h) const;
  // Screen position of a world point; nullopt when behind the eye.
  std::optional<glm::dvec2> worldToScreen(const glm::dvec3& p, double w, double h) const;
  // The same for many points: viewProj = projD(w / h) * viewD(), computed once
  // by the caller (bit-identical to worldToScreen, without its trigonometry per point).
  static std::optional<glm::dvec2> worldToScreen(const glm::dmat4& viewProj, const glm::dvec3& p, double w, double h);
  // Metres per pixel at the center, for scale bars, picking tolerances and LOD.
  double metresPerPixel(double h) const;

  // Zooms by `factor` (> 1 closer) keeping the ground point under (x, y)
  // exactly under it. Above the horizon, zooms about the center.
  void zoomTowards(double x, double y, double w, double h, double factor);
  // Grab-pan: the ground point under screen point `from` ends up under `to`.
  // Nothing happens when either is above the horizon, and one step moves at
  // most 2 x distance, since near the horizon a pixel spans kilometres.
  void pan(const glm::dvec2& from, const glm::dvec2& to, double w, double h);
  // Turns (degrees): bearing wraps to [0, 360); pitch is clamped to [0, 89].
  void orbit(double dBearingDeg, double dPitchDeg);
  // Applies the limits in this order: distance, pitch (at most
  // min(maxPitch, 89)), then less pitch if the eye would be below
  // minEyeHeight, then the center; a non-finite bearing becomes 0.
  void clampTo(const CameraLimits& limits);
  // Centres on the ground rectangle [min, max] and sets the distance so its
  // circumscribed circle fits the view at the current pitch, bearing and fov:
  // the exports' "show exactly this".
  void fitBounds(const glm::dvec2& min, const glm::dvec2& max, double aspect);
  // Centres on [min, max] and backs off to twice the distance at which its
  // longer side (at least 300 m) spans the view's shorter side: a feature with
  // its surroundings, the viewer's fly-to target.
  void frameWithContext(const glm::dvec2& min, const glm::dvec2& max, double aspect);

  bool operator==(const OrbitCamera&) const = default;

  // From a scene's camera: `localCenter` is spec.center already projected into
  // the local frame (the camera module does no map projection).
  static OrbitCamera fromSpec(const CameraSpec& spec, const glm::dvec2& localCenter);
  // Back to a scene's camera (saving a view): `lonLatCenter` is the center
  // already unprojected; the bearing is written in (-180, 180].
  CameraSpec toSpec(const glm::dvec2& lonLatCenter) const;
};

}  // namespace ps
