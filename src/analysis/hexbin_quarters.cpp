#include "analysis/hexbin_quarters.h"

#include <cstdint>
#include <unordered_map>

#include "analysis/facts.h"
#include "analysis/quarters.h"

namespace ps::analysis {

void addHexQuarterOccupancy(const FeatureTable& buildings, const FieldRoles& roles, const HexBins& bins,
                            FeatureTable& table) {
  const size_t n = bins.bins.size();
  std::unordered_map<uint64_t, uint32_t> index;
  auto key = [](int32_t q, int32_t r) { return (uint64_t(uint32_t(q)) << 32) | uint32_t(r); };
  for (uint32_t i = 0; i < n; ++i) index.emplace(key(bins.bins[i].q, bins.bins[i].r), i);
  std::vector<double> gfa(n), occupied(n);
  BuildingFacts facts;
  for (int qi = 0; qi < kQuarterCount; ++qi) {
    readBuildingFacts(buildings, roles, static_cast<double>(qi), facts);
    std::fill(gfa.begin(), gfa.end(), 0.0);
    std::fill(occupied.begin(), occupied.end(), 0.0);
    for (const BuildingFact& b : facts.rows) {
      if (!(b.gfa > 0)) continue;
      int32_t q = 0, r = 0;
      hexOf(bins.grid, b.centroid, q, r);
      auto it = index.find(key(q, r));
      if (it == index.end()) continue;  // skipped by binning (NaN centroid)
      gfa[it->second] += b.gfa;
      occupied[it->second] += b.gfa - b.vacant;
    }
    Column c;
    c.name = occupancyColumnName(qi);
    c.type = FieldType::Real;
    c.reals.resize(n);
    c.null.assign(n, 0);
    for (size_t i = 0; i < n; ++i) {
      if (gfa[i] > 0) c.reals[i] = occupied[i] / gfa[i];
      else c.null[i] = 1;
    }
    table.columns.push_back(std::move(c));
  }
}

}  // namespace ps::analysis
