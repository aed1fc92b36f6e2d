#pragma once
// GCJ-02 ("Mars coordinates"), the obfuscated datum Chinese web maps (AMap/高德,
// Tencent, Google China) publish coordinates in. Around Chengdu a GCJ-02
// coordinate lies ~250 m east and ~280 m south... of where it should be; the exact
// shift varies smoothly with position. Outside China the functions are identity.
#include <glm/vec2.hpp>

namespace ps::geo {

// (lon, lat) in degrees, WGS84 -> GCJ-02. Identity outside China.
glm::dvec2 wgs84ToGcj02(glm::dvec2 lonlat);
// GCJ-02 -> WGS84 by fixed-point iteration on wgs84ToGcj02; the residual
// |wgs84ToGcj02(result) - input| is below 1e-9 degrees (~0.1 mm). Identity outside China.
glm::dvec2 gcj02ToWgs84(glm::dvec2 lonlat);
// The rectangle the formula treats as China (72.004..137.8347 E, 0.8293..55.8271 N).
bool outOfChina(glm::dvec2 lonlat);

}  // namespace ps::geo
