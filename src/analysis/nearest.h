#pragma once
// For one feature, the nearest university campus, lead zone and named
// cluster (the inspector's "nearest" lines, issue 13): which row of each
// layer and the shortest segment to it, planar in the scene CRS
// (geometry/nearest.h). A feature inside (or touching) a zone is at 0. The
// caller turns the segment's ends into a geodesic distance (geo/measure.h).
#include <cstddef>
#include <string>
#include <vector>

#include <glm/vec2.hpp>

#include "core/feature_table.h"

namespace ps::analysis {

enum class NearestKind { Campus, Zone, Cluster };

struct NearestPlace {
  NearestKind kind = NearestKind::Campus;
  size_t row = 0;             // in that kind's table
  double planar = 0;          // scene CRS units (0: inside or touching)
  glm::dvec2 from{0}, to{0};  // the nearest points, scene CRS
};

// The layers to look in (null = the scene has none). Named clusters are the
// ecosystem rows whose `kindField` is "named_cluster".
struct NearestSources {
  const FeatureTable* campuses = nullptr;
  const FeatureTable* zones = nullptr;
  const FeatureTable* ecosystem = nullptr;
  std::string kindField = "kind";
};

// One entry per kind that has a candidate, in the order campus, zone,
// cluster. The feature itself is never its own nearest (a campus selected in
// the campus table looks for another campus).
std::vector<NearestPlace> nearestPlaces(const FeatureTable& table, size_t row, const NearestSources& sources);

}  // namespace ps::analysis
