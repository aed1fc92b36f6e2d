#pragma once
// Totals of a set of buildings: the numbers every overlay panel, legend and
// the stats CLI show. Sums run in the order buildings are added (table order
// everywhere), so the same input gives the same bits on every run.
#include <array>
#include <cstdint>

#include "analysis/facts.h"

namespace ps::analysis {

inline constexpr int kSectorCount = 7;        // ps::sectors().size()
inline constexpr int kUnknownSector = kSectorCount;  // slot for unknown sector

struct Tally {
  int64_t buildings = 0;
  int64_t parks = 0;      // set by the grouping (its own definition of "park in group")
  double gfa = 0;         // m²
  double vacant = 0;      // m²
  std::array<double, kSectorCount + 1> sectorGfa{};  // m², last = unknown sector

  void add(const BuildingFact& b);
  double occupied() const { return gfa - vacant; }
  // occupied / gfa (GFA-weighted); NaN when gfa is 0.
  double occupancy() const;
  // vacant / gfa; NaN when gfa is 0.
  double vacancy() const;
  // Sector with the most GFA (lowest index on ties), -1 when no known-sector GFA.
  int dominantSector() const;
  // sectorGfa[s] / gfa; NaN when gfa is 0.
  double sectorShare(int s) const;
};

}  // namespace ps::analysis
