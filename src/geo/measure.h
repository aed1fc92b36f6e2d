#pragma once
// Geodesic measures on the ellipsoid (PROJ's geodesic routines, Karney's
// algorithms, as GeographicLib): the length of a polyline and the area of a
// polygon given in longitude/latitude, and their display in the units a
// Chinese planner reads (m / km; m², 公顷 and 亩).
#include <string>
#include <vector>

#include <glm/vec2.hpp>

namespace ps::geo {

// Metres along the geodesics joining consecutive (lon, lat) points, on the
// GRS80 ellipsoid of CGCS2000 (WGS 84's differs by < 0.1 mm on a city).
double geodesicLength(const std::vector<glm::dvec2>& lonLat);

// m², absolute, of the polygon whose ring is `lonLat` (open or closed, either
// orientation); 0 for fewer than three points.
double geodesicArea(const std::vector<glm::dvec2>& lonLat);

// "850 m", "12.35 km".
std::string formatLength(double metres);
// "8,500 m² · 0.85 公顷 · 12.75 亩" (1 公顷 = 10,000 m², 1 亩 = 10,000/15 m²);
// in English (zh = false) "8,500 m² · 0.85 ha · 12.75 mu".
std::string formatArea(double squareMetres, bool zh = true);

}  // namespace ps::geo
