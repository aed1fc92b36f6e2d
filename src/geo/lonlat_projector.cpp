#include "geo/lonlat_projector.h"

#include "core/error.h"

namespace ps::geo {
namespace {

Reprojector fromWgs84(const std::string& sceneCrs) {
  try {
    return Reprojector("EPSG:4326", sceneCrs);
  } catch (const Error&) {
    throw Error("", "PROJ cannot transform WGS84 to the scene CRS \"" + sceneCrs + "\"", "crs");
  }
}

}  // namespace

GeoProjector::GeoProjector(const std::string& sceneCrs) : toScene_(fromWgs84(sceneCrs)) {}

glm::dvec2 GeoProjector::toScene(glm::dvec2 ll) const {
  toScene_.transform(&ll, 1);
  return ll;
}

glm::dvec2 GeoProjector::toLonLat(glm::dvec2 p) const {
  toScene_.inverse(&p, 1);
  return p;
}

}  // namespace ps::geo
