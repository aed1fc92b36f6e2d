#pragma once
// Scene CRS <-> WGS84 (lon, lat), one point at a time, for the camera's home,
// the cursor read-out and saved sessions: a convenience over the one PROJ
// wrapper (geo::Reprojector). Not thread-safe (main thread only).
#include <string>

#include <glm/vec2.hpp>

#include "geo/reproject.h"

namespace ps::geo {

class GeoProjector {
 public:
  // Throws ps::Error (code "crs") when the CRS is unknown to PROJ.
  explicit GeoProjector(const std::string& sceneCrs);

  glm::dvec2 toScene(glm::dvec2 lonLat) const;
  glm::dvec2 toLonLat(glm::dvec2 sceneXY) const;

 private:
  Reprojector toScene_;  // EPSG:4326 -> scene CRS; inverse() goes back
};

}  // namespace ps::geo
