#pragma once
// Hexagonal bins in metres for the cluster overlay's 3D columns.
//
// Pointy-top hexagons (a vertex points north), `size` = circumradius = edge
// length in metres; flat-to-flat width is sqrt(3) * size. Axial coordinates
// (q, r) as in Red Blob Games' "Hexagonal Grids": centre
//   x = originX + size * sqrt(3) * (q + r / 2),  y = originY + size * 1.5 * r.
// A point goes to the hexagon whose centre is nearest (cube rounding); points
// exactly on an edge go to the one cube rounding picks, deterministically.
// Points with NaN coordinates are skipped (and counted in `skipped`).
#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include <glm/vec2.hpp>

#include "analysis/facts.h"
#include "analysis/tally.h"
#include "core/feature_table.h"

namespace ps::analysis {

struct HexGrid {
  double size = 500;          // circumradius, metres (> 0)
  glm::dvec2 origin{0, 0};    // centre of hexagon (0, 0); the scene's local origin keeps numbers small
};

struct HexBin {
  int32_t q = 0, r = 0;
  Tally tally;                // buildings = count; parks = distinct park ids in the bin
};

struct HexBins {
  HexGrid grid;
  std::vector<HexBin> bins;   // non-empty bins only, sorted by (r, q)
  size_t skipped = 0;
};

glm::dvec2 hexCenter(const HexGrid& g, int32_t q, int32_t r);
// Axial coordinates of the hexagon containing p.
void hexOf(const HexGrid& g, glm::dvec2 p, int32_t& q, int32_t& r);
// The six corners, counter-clockwise starting at the east-north-east one.
std::array<glm::dvec2, 6> hexCorners(const HexGrid& g, int32_t q, int32_t r);

void binBuildings(const BuildingFacts& buildings, const HexGrid& grid, HexBins& out);

enum class HexHeight { Gfa, Count };

struct HexTableOptions {
  HexHeight heightBy = HexHeight::Gfa;
  double heightScale = 0.001;   // metres of column per m² of GFA (or per building)
  int shareSector = -1;         // sector index for share_sel; -1 = none (column is NaN)
};

// Hexagon polygons with fields q, r, count, parks, gfa_m2, vacant_m2,
// occupancy, dominant (sector id, "" none), dominant_idx (-1 none),
// share_sel (GFA share of options.shareSector), gfa_<sector id> for the seven,
// height_m (value * heightScale). The extrusion renderer draws it as columns.
void hexBinsToTable(const HexBins& bins, const HexTableOptions& options, FeatureTable& out);

}  // namespace ps::analysis
