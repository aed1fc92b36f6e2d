#pragma once
// Where a CRS's coordinates can sensibly lie: PROJ's area of use
// (proj_get_area_of_use, a longitude/latitude box), widened by a margin and
// expressed in the CRS's own coordinates (traditional GIS order). The loader
// refuses features outside it (a coordinate of 1e308 in EPSG:4326, a
// Gauss-Kruger easting of 1e15) before they reach GEOS, the tessellator or
// the label search, which would overflow or run away on them.
#include <optional>
#include <string>

#include <glm/vec2.hpp>

namespace ps::geo {

struct CoordBox {
  glm::dvec2 lo, hi;
  bool contains(glm::dvec2 p) const { return p.x >= lo.x && p.x <= hi.x && p.y >= lo.y && p.y <= hi.y; }
};

// The box for `crs`, widened by `marginDeg` degrees on every side (clamped to
// the globe) before being projected. Geographic CRSs get longitudes in
// [-360, 360] (0..360 data is common) and latitudes in [-90, 90] whatever
// their area. nullopt when PROJ does not know the CRS or its area of use.
std::optional<CoordBox> crsValidBox(const std::string& crs, double marginDeg = 10.0);

}  // namespace ps::geo
