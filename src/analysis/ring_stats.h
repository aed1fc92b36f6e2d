#pragma once
// Knowledge rings (环高校知识经济圈): discs of the scene's radii around each
// university campus, and what lies in them.
//
// Definitions:
//  - ring = disc of `radius` metres around a campus point (not an annulus: a
//    "3 km ring" is everything within 3 km); one per campus x radius;
//  - a building is in a ring when its centroid is within `radius` of the
//    ring's centre (exact circle; the polygons of ringsToTable are only its
//    drawing), a park when its centroid is;
//  - merge: campuses of one university (same name_zh) whose discs of the same
//    radius overlap or touch (centres <= 2 * radius apart, transitively) form
//    one ring, the union of their discs; a building counts once in it.
// Order: campuses in table order, for each its radii in the given order; a
// merged ring takes the place of its first campus.
#include <string>
#include <vector>

#include <glm/vec2.hpp>

#include "analysis/facts.h"
#include "analysis/tally.h"
#include "core/feature_table.h"
#include "scene/scene.h"

namespace ps::analysis {

struct RingOptions {
  std::vector<double> radii;      // metres, > 0
  bool mergeOverlapping = false;
  int segmentsPerQuarter = 16;    // polygon drawing of each circle
};

struct Ring {
  std::string key;                // "<university id or name>/<campus[+campus]>/<radius>"
  std::string university;         // name_zh
  std::string universityEn;
  std::string campus;             // campus name(s), '+'-joined when merged
  double radius = 0;
  std::vector<glm::dvec2> centres;  // one, or several when merged
  Tally tally;
};

// Campus points: the universities layer (fields id, name_zh, name_en, campus;
// id by roles.id when mapped; name_zh / name_en columns win over roles.name /
// roles.nameEn, since a ring layer's display name is its programme). Non-point features are represented by their centroid.
void buildRings(const FeatureTable& campuses, const FieldRoles& roles, const RingOptions& options,
                std::vector<Ring>& out);
// Fills every ring's tally (buildings, GFA, vacant, sector mix, parks).
void ringTotals(const BuildingFacts& buildings, const ParkFacts& parks, std::vector<Ring>& rings);
// Ring polygons (GEOS buffers, unioned when merged) with fields key,
// university, university_en, campus, radius_m, parks, buildings, gfa_m2,
// vacant_m2, vacancy, dominant (sector id), share_<sector id> x7.
void ringsToTable(const std::vector<Ring>& rings, const RingOptions& options, FeatureTable& out);

}  // namespace ps::analysis
