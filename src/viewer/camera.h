#pragma once
// The viewer's orbit camera as plain numbers plus the pure maths the input
// handlers need: rays through pixels, zoom towards the cursor, grab-pan,
// limits, fly-to. Coordinates are the scene's local frame (scene CRS minus
// LocalFrame::origin, metres): x east, y north, z up. Screen pixels are
// window coordinates, origin top-left, y down.
#include <optional>

#include <glm/mat4x4.hpp>
#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

namespace ps::viewer {

struct CameraState {
  glm::dvec2 target{0.0, 0.0};  // ground point looked at (local metres)
  double distance = 60000;      // eye to target, metres
  double pitch = 45;            // degrees from vertical (0 = straight down)
  double bearing = 0;           // degrees clockwise from north
  double fovY = 35;             // degrees
};

// Keeps the city in view and the eye above ground.
struct CameraLimits {
  glm::dvec2 min{-1e5, -1e5}, max{1e5, 1e5};  // target stays inside (local metres)
  double minDistance = 80;
  double maxDistance = 4e5;
  double maxPitch = 75;
  double minEyeHeight = 20;  // metres above ground
};

struct Ray {
  glm::dvec3 origin;
  glm::dvec3 dir;  // unit
};

glm::dvec3 eyePosition(const CameraState& c);
glm::dmat4 viewMatrix(const CameraState& c);
glm::dmat4 projMatrix(const CameraState& c, double aspect);
// Ray from the eye through window pixel (x, y) of a w x h window.
Ray screenRay(const CameraState& c, glm::dvec2 px, glm::dvec2 size);
// Where a ray meets the ground (z = 0), if in front of the eye.
std::optional<glm::dvec2> groundHit(const Ray& r);
// Window pixel of a local point; nullopt when behind the eye.
std::optional<glm::dvec2> project(const CameraState& c, glm::dvec3 p, glm::dvec2 size);
// Metres per pixel on the ground at the window centre.
double metresPerPixel(const CameraState& c, glm::dvec2 size);

// factor < 1 zooms in. The ground point under the cursor stays under it.
void zoomTowards(CameraState& c, double factor, glm::dvec2 px, glm::dvec2 size);
// Grab-pan: the ground point under `from` ends up under `to`.
void pan(CameraState& c, glm::dvec2 from, glm::dvec2 to, glm::dvec2 size);
void orbit(CameraState& c, double dBearingDeg, double dPitchDeg);
void clamp(CameraState& c, const CameraLimits& lim);

// A view that frames the box [lo, hi] (local metres) at the current pitch and bearing.
CameraState frame(const CameraState& current, glm::dvec2 lo, glm::dvec2 hi, glm::dvec2 size);
// Fly-to path at t in [0, 1]: eased, rising mid-flight when the hop is long
// (after van Wijk & Nuij 2003, simplified).
CameraState interpolate(const CameraState& a, const CameraState& b, double t);

}  // namespace ps::viewer
