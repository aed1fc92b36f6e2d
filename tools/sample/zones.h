#pragma once
// Approximate outlines of the three lead management zones. No official
// boundary is public: these are sketches from public descriptions, scaled so
// their areas match the public figures, with the mapped water cut out, and
// every row says so. The generator clips them to the municipality.
#include <string>
#include <vector>

#include <glm/vec2.hpp>

namespace ps::sample {

struct ZoneOutline {
  std::string id;        // "gaoxin", "tianfu", "dongbu"
  std::string nameZh, nameEn;
  std::string shortZh;   // "高新区" / "天府新区" / "东部新区": the parks' `zone` value
  double publicKm2;      // the published figure the drawing was scaled to
  std::vector<std::vector<glm::dvec2>> parts;  // lon/lat shells, open, counter-clockwise
  std::vector<std::vector<glm::dvec2>> holes;  // mapped water cut out, clockwise; each inside one part
  double drawnKm2 = 0;   // area of the sketch less the holes (before clipping to the municipality)
};

inline constexpr const char* kZoneNote =
    "APPROXIMATE outline drawn by Parkscape from public descriptions, clipped to the municipality, lakes cut "
    "out; no official boundary is public";

// The three outlines, in the order gaoxin, tianfu, dongbu.
const std::vector<ZoneOutline>& zoneOutlines();
// The zone containing lon/lat, nullptr if none.
const ZoneOutline* zoneAt(glm::dvec2 lonLat);
// Area of an open lon/lat ring in km² (local equirectangular, < 0.1 % error at city scale).
double ringAreaKm2(const std::vector<glm::dvec2>& ring);

}  // namespace ps::sample
