#include "geo/measure.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <geodesic.h>

namespace ps::geo {
namespace {

const geod_geodesic& grs80() {
  static const geod_geodesic g = [] {
    geod_geodesic x;
    geod_init(&x, 6378137.0, 1.0 / 298.257222101);
    return x;
  }();
  return g;
}

std::string grouped(double v, int decimals) {
  char b[64];
  std::snprintf(b, sizeof b, "%.*f", decimals, std::fabs(v));
  const std::string s = b;
  const size_t intEnd = std::min(s.find('.'), s.size());
  std::string out = v < 0 ? "-" : "";
  for (size_t i = 0; i < s.size(); ++i) {
    if (i > 0 && i < intEnd && (intEnd - i) % 3 == 0) out += ',';
    out += s[i];
  }
  return out;
}

}  // namespace

double geodesicLength(const std::vector<glm::dvec2>& p) {
  double total = 0;
  for (size_t i = 1; i < p.size(); ++i) {
    double s12 = 0;
    geod_inverse(&grs80(), p[i - 1].y, p[i - 1].x, p[i].y, p[i].x, &s12, nullptr, nullptr);
    total += s12;
  }
  return total;
}

double geodesicArea(const std::vector<glm::dvec2>& p) {
  if (p.size() < 3) return 0;
  geod_polygon poly;
  geod_polygon_init(&poly, 0);
  size_t n = p.size();
  if (p.front() == p.back()) --n;  // closed ring: the last vertex repeats the first
  for (size_t i = 0; i < n; ++i) geod_polygon_addpoint(&grs80(), &poly, p[i].y, p[i].x);
  double area = 0, perimeter = 0;
  geod_polygon_compute(&grs80(), &poly, 0, 1, &area, &perimeter);
  return std::fabs(area);
}

std::string formatLength(double m) {
  if (!std::isfinite(m)) return "-";
  if (std::fabs(m) < 1000) return grouped(m, 0) + " m";
  return grouped(m / 1000.0, std::fabs(m) < 100000 ? 2 : 1) + " km";
}

std::string formatArea(double a, bool zh) {
  if (!std::isfinite(a)) return "-";
  const double ha = a / 10000.0, mu = a / (10000.0 / 15.0);
  return grouped(a, 0) + " m² · " + grouped(ha, ha < 100 ? 2 : 1) + (zh ? " 公顷 · " : " ha · ") + grouped(mu, mu < 100 ? 2 : 0) +
         (zh ? " 亩" : " mu");
}

}  // namespace ps::geo
