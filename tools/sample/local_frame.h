#pragma once
// A local tangent-plane frame around a point: metres east/north <-> lon/lat on
// the WGS84 sphere of equal volume. Parks are laid out in metres and then
// placed with this; over a park (< 1 km) the distortion is far below the
// millimetre, and the mapping is affine, so valid, non-overlapping footprints
// stay valid and non-overlapping in lon/lat.
#include <cmath>

#include <glm/vec2.hpp>

namespace ps::sample {

struct LocalFrame {
  static constexpr double kEarthRadius = 6371008.8;  // metres (IUGG mean radius)
  static constexpr double kDegToRad = 3.14159265358979323846 / 180.0;

  glm::dvec2 origin;  // lon, lat (degrees)

  double metresPerDegLon() const { return kEarthRadius * kDegToRad * std::cos(origin.y * kDegToRad); }
  double metresPerDegLat() const { return kEarthRadius * kDegToRad; }
  glm::dvec2 toLonLat(glm::dvec2 m) const {
    return {origin.x + m.x / metresPerDegLon(), origin.y + m.y / metresPerDegLat()};
  }
  glm::dvec2 toMetres(glm::dvec2 lonLat) const {
    return {(lonLat.x - origin.x) * metresPerDegLon(), (lonLat.y - origin.y) * metresPerDegLat()};
  }
};

// Great-circle-free shortcut good to 0.1 % over a city: distance in metres.
inline double distanceMetres(glm::dvec2 a, glm::dvec2 b) {
  const glm::dvec2 d = LocalFrame{a}.toMetres(b);
  return std::hypot(d.x, d.y);
}

}  // namespace ps::sample
