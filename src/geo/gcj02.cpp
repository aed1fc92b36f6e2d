// The GCJ-02 forward formula is the one leaked in 2013 and since reproduced in
// many open projects (e.g. eviltransform, coordtransform, wandergis/coordTransform_py;
// described at https://en.wikipedia.org/wiki/Restrictions_on_geographic_data_in_China).
// It is a polynomial-plus-sine offset computed on the Krasovsky 1940 ellipsoid
// (a = 6378245 m, e^2 = 0.00669342162296594323). This is a re-implementation from
// that published description; the inverse is our own fixed-point iteration.
#include "geo/gcj02.h"

#include <cmath>

namespace ps::geo {

namespace {
constexpr double kPi = 3.14159265358979323846;
constexpr double kA = 6378245.0;
constexpr double kEe = 0.00669342162296594323;

double offsetLat(double x, double y) {
  double r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::fabs(x));
  r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
  r += (20.0 * std::sin(y * kPi) + 40.0 * std::sin(y / 3.0 * kPi)) * 2.0 / 3.0;
  r += (160.0 * std::sin(y / 12.0 * kPi) + 320.0 * std::sin(y * kPi / 30.0)) * 2.0 / 3.0;
  return r;
}

double offsetLon(double x, double y) {
  double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::fabs(x));
  r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
  r += (20.0 * std::sin(x * kPi) + 40.0 * std::sin(x / 3.0 * kPi)) * 2.0 / 3.0;
  r += (150.0 * std::sin(x / 12.0 * kPi) + 300.0 * std::sin(x / 30.0 * kPi)) * 2.0 / 3.0;
  return r;
}
}  // namespace

bool outOfChina(glm::dvec2 p) {
  return p.x < 72.004 || p.x > 137.8347 || p.y < 0.8293 || p.y > 55.8271;
}

glm::dvec2 wgs84ToGcj02(glm::dvec2 p) {
  if (outOfChina(p)) return p;
  double dLat = offsetLat(p.x - 105.0, p.y - 35.0);
  double dLon = offsetLon(p.x - 105.0, p.y - 35.0);
  double radLat = p.y / 180.0 * kPi;
  double magic = std::sin(radLat);
  magic = 1 - kEe * magic * magic;
  double sqrtMagic = std::sqrt(magic);
  dLat = (dLat * 180.0) / ((kA * (1 - kEe)) / (magic * sqrtMagic) * kPi);
  dLon = (dLon * 180.0) / (kA / sqrtMagic * std::cos(radLat) * kPi);
  return {p.x + dLon, p.y + dLat};
}

glm::dvec2 gcj02ToWgs84(glm::dvec2 g) {
  if (outOfChina(g)) return g;
  // The offset changes by < 1e-5 of itself per degree, so the iteration contracts fast.
  glm::dvec2 w = g;
  for (int i = 0; i < 30; ++i) {
    glm::dvec2 d = wgs84ToGcj02(w) - g;
    w -= d;
    if (std::fabs(d.x) < 1e-10 && std::fabs(d.y) < 1e-10) break;
  }
  return w;
}

}  // namespace ps::geo
