#pragma once
// Scene CRS <-> WGS84 (lon, lat) for the camera's home, the cursor read-out
// and saved sessions. Wraps one PROJ transformation; not thread-safe (main thread only).
#include <memory>
#include <string>

#include <glm/vec2.hpp>

namespace ps::geo {

class GeoProjector {
 public:
  // Throws ps::Error when the CRS is unknown to PROJ.
  explicit GeoProjector(const std::string& sceneCrs);
  ~GeoProjector();
  GeoProjector(const GeoProjector&) = delete;
  GeoProjector& operator=(const GeoProjector&) = delete;

  glm::dvec2 toScene(glm::dvec2 lonLat) const;
  glm::dvec2 toLonLat(glm::dvec2 sceneXY) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace ps::geo
