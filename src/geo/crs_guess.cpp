#include "geo/crs_guess.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

#include <glm/common.hpp>

namespace ps::geo {
namespace {

std::string fmt(const char* f, double a, double b = 0, double c = 0) {
  char buf[256];
  std::snprintf(buf, sizeof buf, f, a, b, c);
  return buf;
}

}  // namespace

CrsGuess guessCrsFromCoordinates(const std::vector<glm::dvec2>& coords) {
  const double inf = std::numeric_limits<double>::infinity();
  glm::dvec2 lo(inf), hi(-inf);
  for (const glm::dvec2& p : coords) {
    if (!std::isfinite(p.x) || !std::isfinite(p.y)) continue;
    lo = glm::min(lo, p);
    hi = glm::max(hi, p);
  }
  if (!(lo.x <= hi.x)) return {"", "no coordinates to tell the CRS from"};
  if (lo.x >= -180 && hi.x <= 180 && lo.y >= -90 && hi.y <= 90)
    return {"EPSG:4326", "coordinates are within longitude/latitude ranges: EPSG:4326 (WGS 84) assumed"};
  // Gauss-Krüger northings in China: 0 .. 6,000 km from the equator.
  const bool northing = lo.y >= 0 && hi.y <= 6.0e6;
  const double zone = std::floor(lo.x / 1e6);
  const bool oneZone = zone == std::floor(hi.x / 1e6);
  if (northing && oneZone && zone >= 25 && zone <= 45) {
    const int epsg = 4513 + static_cast<int>(zone) - 25;
    return {"EPSG:" + std::to_string(epsg),
            fmt("eastings %.0f-%.0f carry 3-degree Gauss-Kruger zone %.0f", lo.x, hi.x, zone) +
                " (false easting zone x 1,000,000 + 500,000): EPSG:" + std::to_string(epsg) +
                fmt(", CGCS2000 CM %.0fE, assumed", 3.0 * zone)};
  }
  if (northing && oneZone && zone >= 13 && zone <= 23) {
    const int epsg = 4491 + static_cast<int>(zone) - 13;
    return {"EPSG:" + std::to_string(epsg),
            fmt("eastings %.0f-%.0f carry 6-degree Gauss-Kruger zone %.0f", lo.x, hi.x, zone) + ": EPSG:" +
                std::to_string(epsg) + fmt(", CGCS2000 CM %.0fE, assumed", 6.0 * zone - 3.0)};
  }
  if (northing && lo.x >= 0 && hi.x <= 1e6)
    return {"", fmt("eastings %.0f-%.0f have no zone number: they fit every Gauss-Kruger zone alike "
                    "(EPSG:4543 CM 102E, EPSG:4544 CM 105E, EPSG:4507 6-degree CM 105E ...), so the CRS cannot be told "
                    "from the coordinates; set it (source.crs, or --crs)",
                    lo.x, hi.x)};
  return {"", fmt("coordinates %.0f-%.0f, %.0f-... match no longitude/latitude or CGCS2000 Gauss-Kruger range; "
                  "set the CRS (source.crs, or --crs)",
                  lo.x, hi.x, lo.y)};
}

}  // namespace ps::geo
