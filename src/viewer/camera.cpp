#include "viewer/camera.h"

#include <algorithm>
#include <cmath>

#include <glm/gtc/matrix_transform.hpp>

namespace ps::viewer {
namespace {
constexpr double kDeg = 3.14159265358979323846 / 180.0;

glm::dvec3 forwardFlat(const CameraState& c) {
  return {std::sin(c.bearing * kDeg), std::cos(c.bearing * kDeg), 0.0};
}
double nearPlane(const CameraState& c) { return std::max(1.0, c.distance * 0.01); }
double farPlane(const CameraState& c) { return c.distance * 20.0 + 2e5; }
}  // namespace

glm::dvec3 eyePosition(const CameraState& c) {
  double p = c.pitch * kDeg;
  glm::dvec3 f = forwardFlat(c);
  return glm::dvec3(c.target, 0.0) - f * (c.distance * std::sin(p)) + glm::dvec3(0, 0, c.distance * std::cos(p));
}

glm::dmat4 viewMatrix(const CameraState& c) {
  return glm::lookAt(eyePosition(c), glm::dvec3(c.target, 0.0), forwardFlat(c));
}

glm::dmat4 projMatrix(const CameraState& c, double aspect) {
  return glm::perspective(c.fovY * kDeg, std::max(aspect, 1e-3), nearPlane(c), farPlane(c));
}

Ray screenRay(const CameraState& c, glm::dvec2 px, glm::dvec2 size) {
  glm::dmat4 inv = glm::inverse(projMatrix(c, size.x / size.y) * viewMatrix(c));
  double nx = 2.0 * px.x / size.x - 1.0, ny = 1.0 - 2.0 * px.y / size.y;
  glm::dvec4 a = inv * glm::dvec4(nx, ny, -1.0, 1.0);
  glm::dvec4 b = inv * glm::dvec4(nx, ny, 1.0, 1.0);
  glm::dvec3 pa = glm::dvec3(a) / a.w, pb = glm::dvec3(b) / b.w;
  return {eyePosition(c), glm::normalize(pb - pa)};
}

std::optional<glm::dvec2> groundHit(const Ray& r) {
  if (r.dir.z > -1e-9) return std::nullopt;
  double t = -r.origin.z / r.dir.z;
  glm::dvec3 p = r.origin + r.dir * t;
  return glm::dvec2(p.x, p.y);
}

std::optional<glm::dvec2> project(const CameraState& c, glm::dvec3 p, glm::dvec2 size) {
  glm::dvec4 q = projMatrix(c, size.x / size.y) * viewMatrix(c) * glm::dvec4(p, 1.0);
  if (q.w <= 1e-9) return std::nullopt;
  return glm::dvec2((q.x / q.w * 0.5 + 0.5) * size.x, (0.5 - q.y / q.w * 0.5) * size.y);
}

double metresPerPixel(const CameraState& c, glm::dvec2 size) {
  glm::dvec2 mid = size * 0.5;
  auto a = groundHit(screenRay(c, mid, size));
  auto b = groundHit(screenRay(c, mid + glm::dvec2(1.0, 0.0), size));
  if (!a || !b) return c.distance * 2.0 * std::tan(c.fovY * kDeg / 2) / size.y;
  return glm::length(*b - *a);
}

void zoomTowards(CameraState& c, double factor, glm::dvec2 px, glm::dvec2 size) {
  auto before = groundHit(screenRay(c, px, size));
  c.distance *= factor;
  if (!before) return;
  auto after = groundHit(screenRay(c, px, size));
  if (after) c.target += *before - *after;
}

void pan(CameraState& c, glm::dvec2 from, glm::dvec2 to, glm::dvec2 size) {
  auto a = groundHit(screenRay(c, from, size));
  auto b = groundHit(screenRay(c, to, size));
  if (!a || !b) return;
  glm::dvec2 d = *a - *b;
  // Near the horizon one pixel spans kilometres: cap a single step.
  double cap = c.distance * 2.0;
  if (glm::length(d) > cap) d *= cap / glm::length(d);
  c.target += d;
}

void orbit(CameraState& c, double dBearingDeg, double dPitchDeg) {
  c.bearing = std::fmod(c.bearing + dBearingDeg + 360.0, 360.0);
  c.pitch += dPitchDeg;
}

void clamp(CameraState& c, const CameraLimits& lim) {
  c.distance = std::clamp(c.distance, lim.minDistance, lim.maxDistance);
  c.pitch = std::clamp(c.pitch, 0.0, lim.maxPitch);
  double minPitchCos = lim.minEyeHeight / c.distance;
  if (std::cos(c.pitch * kDeg) < minPitchCos) c.pitch = std::acos(std::min(1.0, minPitchCos)) / kDeg;
  c.target = glm::clamp(c.target, lim.min, lim.max);
  if (!std::isfinite(c.bearing)) c.bearing = 0;
  c.bearing = std::fmod(c.bearing + 360.0, 360.0);
}

CameraState frame(const CameraState& current, glm::dvec2 lo, glm::dvec2 hi, glm::dvec2 size) {
  CameraState c = current;
  c.target = (lo + hi) * 0.5;
  double extent = std::max({hi.x - lo.x, hi.y - lo.y, 300.0});
  double aspect = std::max(0.2, size.x / std::max(size.y, 1.0));
  double fit = extent / (2.0 * std::tan(c.fovY * kDeg / 2) * std::min(1.0, aspect));
  c.distance = fit * 2.0;
  return c;
}

CameraState interpolate(const CameraState& a, const CameraState& b, double t) {
  t = std::clamp(t, 0.0, 1.0);
  double s = t * t * (3.0 - 2.0 * t);  // smoothstep
  CameraState c = b;
  c.target = a.target + (b.target - a.target) * s;
  double hop = glm::length(b.target - a.target);
  double top = std::max({a.distance, b.distance, hop * 1.2});
  // Log-space distance with a bump so long hops rise and come down.
  double la = std::log(a.distance), lb = std::log(b.distance), lt = std::log(top);
  double base = la + (lb - la) * s;
  double bump = 4.0 * t * (1.0 - t) * std::max(0.0, lt - std::max(la, lb));
  c.distance = std::exp(base + bump);
  c.pitch = a.pitch + (b.pitch - a.pitch) * s;
  double db = std::fmod(b.bearing - a.bearing + 540.0, 360.0) - 180.0;
  c.bearing = std::fmod(a.bearing + db * s + 360.0, 360.0);
  c.fovY = a.fovY + (b.fovY - a.fovY) * s;
  return c;
}

}  // namespace ps::viewer
