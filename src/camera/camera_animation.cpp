#include "camera/camera_animation.h"

#include <algorithm>
#include <cmath>

namespace ps {

namespace {

// Visible ground width at the center, the "w" of van Wijk & Nuij.
double viewWidth(const OrbitCamera& c) { return 2.0 * c.distance * std::tan(c.fovYDeg * M_PI / 360.0); }

double smoothstep(double x) { return x * x * (3.0 - 2.0 * x); }

// Path length S and the evaluation of (u(s), w(s)) for one flight.
struct Path {
  double w0 = 1, w1 = 1, u1 = 0, rho = 1.42, r0 = 0, S = 0;
  bool zoomOnly = false;

  Path(double w0_, double w1_, double u1_, double rho_) : w0(w0_), w1(w1_), u1(u1_), rho(rho_) {
    if (u1 < 1e-9 * std::max(w0, w1)) {
      zoomOnly = true;
      S = std::abs(std::log(w1 / w0)) / rho;
      return;
    }
    const double r2 = rho * rho, r4 = r2 * r2;
    auto b = [&](double wi, double sign) { return (w1 * w1 - w0 * w0 + sign * r4 * u1 * u1) / (2.0 * wi * r2 * u1); };
    auto r = [](double bi) { return std::log(-bi + std::sqrt(bi * bi + 1.0)); };
    r0 = r(b(w0, 1.0));
    const double r1 = r(b(w1, -1.0));
    S = (r1 - r0) / rho;
  }
  // Fraction of the way along (0..1) and view width at arc length s.
  void eval(double s, double& uFrac, double& w) const {
    if (zoomOnly) {
      uFrac = S > 0 ? s / S : 0;
      w = w0 * std::exp((w1 >= w0 ? 1.0 : -1.0) * rho * s);
      return;
    }
    const double r2 = rho * rho;
    const double u = w0 / r2 * std::cosh(r0) * std::tanh(rho * s + r0) - w0 / r2 * std::sinh(r0);
    uFrac = u / u1;
    w = w0 * std::cosh(r0) / std::cosh(rho * s + r0);
  }
};

}  // namespace

OrbitCamera CameraAnimation::at(double t) const {
  if (t <= 0 || duration <= 0) return t >= duration ? to : from;
  if (t >= duration) return to;
  const double k = smoothstep(t / duration);
  const double w0 = viewWidth(from), w1 = viewWidth(to);
  const Path path(w0, w1, glm::length(to.center - from.center), rho);
  double uFrac = 0, w = w0;
  path.eval(k * path.S, uFrac, w);

  OrbitCamera c = from;
  c.center = from.center + (to.center - from.center) * uFrac;
  c.fovYDeg = from.fovYDeg + (to.fovYDeg - from.fovYDeg) * k;
  c.distance = w / (2.0 * std::tan(c.fovYDeg * M_PI / 360.0));
  c.pitchDeg = from.pitchDeg + (to.pitchDeg - from.pitchDeg) * k;
  double dBearing = std::fmod(to.bearingDeg - from.bearingDeg, 360.0);
  if (dBearing > 180) dBearing -= 360;
  if (dBearing < -180) dBearing += 360;
  c.bearingDeg = std::fmod(from.bearingDeg + dBearing * k + 360.0, 360.0);
  return c;
}

CameraAnimation flyTo(const OrbitCamera& from, const OrbitCamera& to, double duration) {
  CameraAnimation a;
  a.from = from;
  a.to = to;
  if (duration <= 0) {
    const Path path(viewWidth(from), viewWidth(to), glm::length(to.center - from.center), a.rho);
    duration = std::clamp(0.8 * path.S, 0.6, 6.0);
  }
  a.duration = duration;
  return a;
}

}  // namespace ps
