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

Ray OrbitCamera::screenRay(double x, double y, double w, double h) const {
  const double t = std::tan(rad(fovYDeg) * 0.5);
  const double aspect = w / h;
  const double nx = 2.0 * x / w - 1.0, ny = 1.0 - 2.0 * y / h;
  return {eyeD(), glm::normalize(forward() + right() * (nx * t * aspect) + up() * (ny * t))};
}

std::optional<glm::dvec2> OrbitCamera::screenToGround(double x, double y, double w, double h) const {
  return groundHit(screenRay(x, y, w, h));
}

std::optional<glm::dvec2> OrbitCamera::worldToScreen(const glm::dvec3& p, double w, double h) const {
  return worldToScreen(projD(w / h) * viewD(), p, w, h);
}

std::optional<glm::dvec2> OrbitCamera::worldToScreen(const glm::dmat4& viewProj, const glm::dvec3& p, double w, double h) {
  const glm::dvec4 c = viewProj * glm::dvec4(p, 1.0);
  if (c.w <= 1e-12) return std::nullopt;
  return glm::dvec2((c.x / c.w * 0.5 + 0.5) * w, (0.5 - c.y / c.w * 0.5) * h);
}

double OrbitCamera::metresPerPixel(double h) const { return 2.0 * distance * std::tan(rad(fovYDeg) * 0.5) / h; }

void OrbitCamera::zoomTowards(double x, double y, double w, double h, double factor) {
  if (!(factor > 0)) return;
  const auto g = screenToGround(x, y, w, h);
  const double newDistance = distance / factor;
  // With pitch and bearing fixed, the ground hit of a screen ray relative to
  // the center scales linearly with distance; move the center to compensate.
  if (g) center = *g - (*g - center) * (newDistance / distance);
  distance = newDistance;
}

void OrbitCamera::pan(const glm::dvec2& from, const glm::dvec2& to, double w, double h) {
  const auto a = screenToGround(from.x, from.y, w, h);
  const auto b = screenToGround(to.x, to.y, w, h);
  if (!a || !b) return;
  glm::dvec2 d = *a - *b;
  const double cap = distance * 2.0;
  if (glm::length(d) > cap) d *= cap / glm::length(d);
  center += d;
}

void OrbitCamera::orbit(double dBearingDeg, double dPitchDeg) {
  bearingDeg = std::fmod(bearingDeg + dBearingDeg, 360.0);
  if (bearingDeg < 0) bearingDeg += 360.0;
  pitchDeg = std::clamp(pitchDeg + dPitchDeg, 0.0, kMaxPitch);
}

void OrbitCamera::clampTo(const CameraLimits& lim) {
  distance = std::clamp(distance, std::min(lim.minDistance, lim.maxDistance), std::max(lim.minDistance, lim.maxDistance));
  pitchDeg = std::clamp(pitchDeg, 0.0, std::clamp(lim.maxPitch, 0.0, kMaxPitch));
  // Eye height is distance x cos(pitch): tilt back up until it is high enough.
  const double minPitchCos = lim.minEyeHeight / distance;
  if (std::cos(rad(pitchDeg)) < minPitchCos) pitchDeg = std::acos(std::min(1.0, minPitchCos)) * (180.0 / M_PI);
  center = glm::clamp(center, glm::min(lim.min, lim.max), glm::max(lim.min, lim.max));
  if (!std::isfinite(bearingDeg)) bearingDeg = 0;
  bearingDeg = std::fmod(bearingDeg, 360.0);
  if (bearingDeg < 0) bearingDeg += 360.0;
}

void OrbitCamera::fitBounds(const glm::dvec2& min, const glm::dvec2& max, double aspect) {
  center = (min + max) * 0.5;
  const double radius = std::max(glm::length(max - min) * 0.5, 1.0);
  const double halfY = rad(fovYDeg) * 0.5;
  const double halfX = std::atan(std::tan(halfY) * aspect);
  distance = radius / std::sin(std::min(halfX, halfY));
}

void OrbitCamera::frameWithContext(const glm::dvec2& min, const glm::dvec2& max, double aspect) {
  center = (min + max) * 0.5;
  const double extent = std::max({max.x - min.x, max.y - min.y, 300.0});
  const double a = std::max(0.2, aspect);
  distance = 2.0 * extent / (2.0 * std::tan(rad(fovYDeg) * 0.5) * std::min(1.0, a));
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

CameraSpec OrbitCamera::toSpec(const glm::dvec2& lonLatCenter) const {
  CameraSpec spec;
  spec.center = lonLatCenter;
  spec.distance = distance;
  spec.pitch = pitchDeg;
  spec.bearing = bearingDeg > 180 ? bearingDeg - 360 : bearingDeg;
  spec.fovY = fovYDeg;
  return spec;
}

}  // namespace ps
