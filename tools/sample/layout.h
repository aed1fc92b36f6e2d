#pragma once
// Lays out one sample park in local metres (x east, y north, origin = park
// centre): a rotated street grid of parcels, and building footprints inside
// each parcel. Pure; the only input besides the style is the caller's Rng.
//
// Guarantees (tests/unit/sample check them on every generated park):
//  - every footprint is a valid simple polygon (shell CCW, optional hole CW,
//    strictly inside its shell), strictly inside its parcel (setback > 0);
//  - footprints of one parcel never touch (a gap of >= minGap metres);
//  - parcels never touch (streets between them); all inside the park boundary.
#include <array>
#include <vector>

#include <glm/vec2.hpp>

#include "sample/prng.h"

namespace ps::sample {

// Where a park sits decides its grain and heights.
enum class Setting {
  SiliconAlley,  // central city, reused buildings: small parcels, mid/high-rise
  Urban,         // High-tech Zone, Tianfu New Area: mid-size blocks, mid/high-rise
  Outer,         // Eastern New Area and outer counties: large blocks, low-rise labs and plants
};

struct Footprint {
  std::vector<glm::dvec2> shell;  // open ring, counter-clockwise
  std::vector<glm::dvec2> hole;   // open ring, clockwise; empty = no courtyard
  double areaM2 = 0;              // shell minus hole
  glm::dvec2 solidPoint{0, 0};    // a point inside the solid part (not in the hole), for tenants
  int floors = 1;
  double heightM = 4;
};

struct ParcelLayout {
  std::array<glm::dvec2, 4> corners;  // counter-clockwise
  double areaM2 = 0;
  std::vector<Footprint> buildings;
};

struct ParkLayout {
  std::array<glm::dvec2, 4> boundary;  // counter-clockwise, encloses every parcel
  double areaM2 = 0;
  double angleRad = 0;                 // street-grid rotation
  std::vector<ParcelLayout> parcels;
};

// Overwrites `out`. Park area lands in [0.012, 0.08] km² (小而精: about
// 1-15万 m² of floor area), 2-8 parcels, 1-6 buildings a parcel, 3-30 floors.
void layoutPark(Setting setting, Rng& rng, ParkLayout& out);

}  // namespace ps::sample
