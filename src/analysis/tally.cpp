#include "analysis/tally.h"

#include <cmath>

namespace ps::analysis {

void Tally::add(const BuildingFact& b) {
  buildings += 1;
  gfa += b.gfa;
  vacant += b.vacant;
  sectorGfa[b.sector >= 0 && b.sector < kSectorCount ? size_t(b.sector) : size_t(kUnknownSector)] += b.gfa;
}

double Tally::occupancy() const { return gfa > 0 ? occupied() / gfa : std::nan(""); }
double Tally::vacancy() const { return gfa > 0 ? vacant / gfa : std::nan(""); }

int Tally::dominantSector() const {
  int best = -1;
  for (int s = 0; s < kSectorCount; ++s)
    if (sectorGfa[size_t(s)] > 0 && (best < 0 || sectorGfa[size_t(s)] > sectorGfa[size_t(best)])) best = s;
  return best;
}

double Tally::sectorShare(int s) const {
  return gfa > 0 && s >= 0 && s <= kSectorCount ? sectorGfa[size_t(s)] / gfa : std::nan("");
}

}  // namespace ps::analysis
