#include "camera/orbit_camera.h"

#include <algorithm>
#include <cmath>

#include <glm/gtc/matrix_transform.hpp>

#include "scene/scene.h"

namespace ps {

namespace {
constexpr double kMaxPitch = 89.0;
double rad(double deg) { return deg * (M_PI / 180.0); }
}  // namespace

glm::dvec3 OrbitCamera::forward() const {
  const double p = rad(pitchDeg), b = rad(bearingDeg);
  return {std::sin(b) * std::sin(p), std::cos(b) * std::sin(p), -std::cos(p)};
}

glm::dvec3 OrbitCamera::up() const {
  const double p = rad(pitchDeg), b = rad(bearingDeg);
  return {std::sin(b) * std::cos(p), std::cos(b) * std::cos(p), std::sin(p)};
}

glm::dvec3 OrbitCamera::right() const { return glm::cross(forward(), up()); }

glm::dvec3 OrbitCamera::eyeD() const { return glm::dvec3(center, 0.0) - forward() * distance; }

double OrbitCamera::nearPlane() const { return std::max(0.05, distance * 0.01); }

double OrbitCamera::farPlane() const {
  const double altitude = distance * std::cos(rad(pitchDeg));
  const double topAngle = pitchDeg + fovYDeg * 0.5;  // from vertical
  double far = distance * 300.0;
  if (topAngle < 88.0) far = std::min(far, altitude / std::cos(rad(topAngle)) * 1.5);
  return std::max(far, distance * 3.0);
}

glm::dmat4 OrbitCamera::viewD() const {
  const glm::dvec3 e = eyeD();
  return glm::lookAt(e, e + forward(), up());
}

glm::dmat4 OrbitCamera::projD(double aspect) const {
  return glm::perspective(rad(fovYDeg), aspect, nearPlane(), farPlane());
}

glm::dvec3 OrbitCamera::rayDirection(double x, double y, int w, int h) const {
  const double t = std::tan(rad(fovYDeg) * 0.5);
  const double aspect = double(w) / double(h);
  const double nx = 2.0 * x / w - 1.0, ny = 1.0 - 2.0 * y / h;
  return glm::normalize(forward() + right() * (nx * t * aspect) + up() * (ny * t));
}

std::optional<glm::dvec2> OrbitCamera::screenToGround(double x, double y, int w, int h) const {
  const glm::dvec3 d = rayDirection(x, y, w, h);
  if (d.z > -1e-9) return std::nullopt;
  const glm::dvec3 e = eyeD();
  const double t = -e.z / d.z;
  return glm::dvec2(e.x + d.x * t, e.y + d.y * t);
}

std::optional<glm::dvec2> OrbitCamera::worldToScreen(const glm::dvec3& p, int w, int h) const {
  const glm::dvec4 c = projD(double(w) / h) * viewD() * glm::dvec4(p, 1.0);
  if (c.w <= 1e-12) return std::nullopt;
  return glm::dvec2((c.x / c.w * 0.5 + 0.5) * w, (0.5 - c.y / c.w * 0.5) * h);
}

double OrbitCamera::metresPerPixel(int h) const { return 2.0 * distance * std::tan(rad(fovYDeg) * 0.5) / h; }

void OrbitCamera::zoomTowards(double x, double y, int w, int h, double factor) {
  if (!(factor > 0)) return;
  const auto g = screenToGround(x, y, w, h);
  const double newDistance = distance / factor;
  // With pitch and bearing fixed, the ground hit of a screen ray relative to
  // the center scales linearly with distance; move the center to compensate.
  if (g) center = *g - (*g - center) * (newDistance / distance);
  distance = newDistance;
}

void OrbitCamera::pan(double dx, double dy, int w, int h) {
  // Translate so the ground point now under the centre ends up under centre + (dx, dy).
  const auto g0 = screenToGround(w * 0.5, h * 0.5, w, h);
  const auto g1 = screenToGround(w * 0.5 + dx, h * 0.5 + dy, w, h);
  if (g0 && g1) {
    center += *g0 - *g1;
    return;
  }
  // Dragging across the horizon: move at the centre's scale instead.
  const double m = metresPerPixel(h);
  const double b = rad(bearingDeg);
  const glm::dvec2 east(std::cos(b), -std::sin(b)), north(std::sin(b), std::cos(b));
  center += -dx * m * east + dy * m * north;
}

void OrbitCamera::orbit(double dBearingDeg, double dPitchDeg) {
  bearingDeg = std::fmod(bearingDeg + dBearingDeg, 360.0);
  if (bearingDeg < 0) bearingDeg += 360.0;
  pitchDeg = std::clamp(pitchDeg + dPitchDeg, 0.0, kMaxPitch);
}

void OrbitCamera::clampTo(const glm::dvec2& boundsMin, const glm::dvec2& boundsMax, double minDistance,
                          double maxDistance, double maxPitchDeg) {
  center = glm::clamp(center, glm::min(boundsMin, boundsMax), glm::max(boundsMin, boundsMax));
  distance = std::clamp(distance, std::min(minDistance, maxDistance), std::max(minDistance, maxDistance));
  pitchDeg = std::clamp(pitchDeg, 0.0, std::clamp(maxPitchDeg, 0.0, kMaxPitch));
}

void OrbitCamera::fitBounds(const glm::dvec2& min, const glm::dvec2& max, double aspect) {
  center = (min + max) * 0.5;
  const double radius = std::max(glm::length(max - min) * 0.5, 1.0);
  const double halfY = rad(fovYDeg) * 0.5;
  const double halfX = std::atan(std::tan(halfY) * aspect);
  distance = radius / std::sin(std::min(halfX, halfY));
}

OrbitCamera OrbitCamera::fromSpec(const CameraSpec& spec, const glm::dvec2& localCenter) {
  OrbitCamera c;
  c.center = localCenter;
  c.distance = spec.distance;
  c.pitchDeg = std::clamp(spec.pitch, 0.0, kMaxPitch);
  c.bearingDeg = spec.bearing;
  c.fovYDeg = spec.fovY;
  return c;
}

}  // namespace ps
