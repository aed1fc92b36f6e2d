#pragma once
// Spatial clusters per sector: DBSCAN on building centroids of each sector
// separately, then one outline per cluster for the map, with its label.
//
// Hull: geometry::appendPointHull (concave with `concaveRatio`, 0 = tightest,
// 1 = convex, or convex), buffered by `buffer` metres so a cluster of one row
// of buildings is still an area and the outline clears the buildings' own
// footprints; the label anchor lies inside that polygon.
#include <cstdint>
#include <vector>

#include <glm/vec2.hpp>

#include "analysis/dbscan.h"
#include "analysis/facts.h"
#include "analysis/tally.h"
#include "core/feature_table.h"

namespace ps::analysis {

struct ClusterOptions {
  DbscanParams dbscan{800, 5};
  bool concave = true;
  double concaveRatio = 0.3;
  double buffer = 60;        // metres
};

struct SectorCluster {
  int16_t sector = -1;       // index into ps::sectors()
  int32_t cluster = 0;       // DBSCAN label within the sector
  std::vector<uint32_t> buildings;  // rows of the buildings table, ascending
  Tally tally;               // parks = distinct park ids among its buildings
};

// Clusters of all seven sectors, ordered by sector then cluster label.
// Buildings of unknown sector or NaN centroid take no part.
void clusterBySector(const BuildingFacts& buildings, const DbscanParams& params, std::vector<SectorCluster>& out);

// One Polygon feature per cluster, same order (a cluster GEOS cannot outline
// is left out; cluster + sector identify it). Fields: sector (id),
// sector_zh, sector_en, cluster, parks, buildings, gfa_m2, vacant_m2,
// occupancy, label_x, label_y (scene CRS).
void clusterHulls(const BuildingFacts& buildings, const std::vector<SectorCluster>& clusters,
                  const ClusterOptions& options, FeatureTable& out);

}  // namespace ps::analysis
