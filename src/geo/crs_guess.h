#pragma once
// The CRS of a source that declares none (a Shapefile without .prj), from the
// magnitude of its coordinates, only where that is unambiguous:
//  - longitude/latitude ranges: EPSG:4326;
//  - CGCS2000 Gauss-Krüger eastings that carry their zone number (false easting
//    zone × 1,000,000 + 500,000): 3-degree zones 25–45 are EPSG:4513–4533
//    (Chengdu: zone 34 = EPSG:4522, CM 102°E; zone 35 = EPSG:4523, CM 105°E),
//    6-degree zones 13–23 are EPSG:4491–4501;
//  - eastings without a zone (false easting 500,000) fit every zone alike
//    (EPSG:4543 CM 102°E, 4544 CM 105°E, 4507 6-degree CM 105°E ...): no guess,
//    and the reason says so.
#include <string>
#include <vector>

#include <glm/vec2.hpp>

namespace ps::geo {

struct CrsGuess {
  std::string crs;     // "EPSG:4523"; "" when it cannot be told
  std::string reason;  // what the coordinates say, in a sentence
};

CrsGuess guessCrsFromCoordinates(const std::vector<glm::dvec2>& coords);

}  // namespace ps::geo
