#pragma once
// Small builders shared by the geometry tests.
#include <cmath>
#include <cstdint>
#include <vector>

#include <glm/vec2.hpp>

#include "core/feature_table.h"

namespace ps::geometry::test {

using Ring = std::vector<glm::dvec2>;
using Part = std::vector<Ring>;  // shell first, then holes

inline void addPolygon(GeometryColumn& g, const std::vector<Part>& parts) {
  g.beginFeature(GeomKind::Polygon);
  for (const Part& p : parts) {
    g.beginPart();
    for (const Ring& r : p) g.addRing(r.data(), r.size());
  }
  g.endFeature();
}

inline void addLine(GeometryColumn& g, const std::vector<Ring>& parts) {
  g.beginFeature(GeomKind::Line);
  for (const Ring& r : parts) {
    g.beginPart();
    g.addRing(r.data(), r.size());
  }
  g.endFeature();
}

inline void addPoints(GeometryColumn& g, const std::vector<glm::dvec2>& pts) {
  g.beginFeature(GeomKind::Point);
  for (const glm::dvec2& p : pts) {
    g.beginPart();
    g.addRing(&p, 1);
  }
  g.endFeature();
}

inline void addNone(GeometryColumn& g) {
  g.beginFeature(GeomKind::None);
  g.endFeature();
}

inline Ring rect(double x0, double y0, double x1, double y1, bool ccw = true) {
  Ring r{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
  if (!ccw) r = {{x0, y0}, {x0, y1}, {x1, y1}, {x1, y0}};
  return r;
}

inline Ring circle(glm::dvec2 c, double radius, int n, bool ccw = true) {
  Ring r;
  for (int i = 0; i < n; ++i) {
    const double a = 2.0 * M_PI * i / n * (ccw ? 1.0 : -1.0);
    r.push_back(c + radius * glm::dvec2(std::cos(a), std::sin(a)));
  }
  return r;
}

inline double shoelace(const Ring& r) {
  double s = 0.0;
  for (size_t i = 0; i < r.size(); ++i) {
    const glm::dvec2 a = r[i] - r[0], b = r[(i + 1) % r.size()] - r[0];
    s += a.x * b.y - a.y * b.x;
  }
  return 0.5 * s;
}

// Deterministic uniform doubles in [0, 1) from a 64-bit LCG: identical on every
// platform, unlike the std:: distributions whose algorithms are unspecified.
struct Lcg {
  uint64_t state;
  double next() {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<double>(state >> 11) * (1.0 / 9007199254740992.0);
  }
};

// A district-like outline: star-shaped around `c`, radius wobbling on several
// scales, n vertices, CCW. Simple by construction (one vertex per angle).
inline Ring districtLike(glm::dvec2 c, double radius, int n, uint64_t seed) {
  Lcg rng{seed};
  Ring r;
  for (int i = 0; i < n; ++i) {
    const double a = 2.0 * M_PI * i / n;
    const double k = 1.0 + 0.25 * std::sin(3 * a) + 0.1 * std::sin(17 * a + 1.0) + 0.06 * (rng.next() - 0.5);
    r.push_back(c + radius * k * glm::dvec2(std::cos(a), std::sin(a)));
  }
  return r;
}

}  // namespace ps::geometry::test
