#include "analysis/occupancy.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "analysis/quarters.h"
#include "analysis/region_index.h"
#include "core/error.h"
#include "core/sectors.h"

namespace ps::analysis {

double filledHeight(double height, double floors, double occupancy) {
  if (std::isnan(height) || std::isnan(occupancy) || height <= 0) return 0;
  double o = std::clamp(occupancy, 0.0, 1.0);
  if (std::isnan(floors) || floors <= 0) return height * o;
  double n = std::round(floors);
  if (n < 1) return height * o;
  return height * std::round(o * n) / n;
}

double filledHeightSmooth(double height, double occupancy) {
  if (std::isnan(height) || std::isnan(occupancy) || height <= 0) return 0;
  return height * std::clamp(occupancy, 0.0, 1.0);
}

namespace {

std::string cell(const FeatureTable& t, const std::string& field, size_t row) {
  const Column* c = field.empty() ? nullptr : t.column(field);
  return c ? c->asString(row) : std::string();
}

std::vector<glm::dvec2> centroidsOf(const BuildingFacts& b) {
  std::vector<glm::dvec2> pts(b.rows.size());
  for (size_t i = 0; i < pts.size(); ++i) pts[i] = b.rows[i].centroid;
  return pts;
}

}  // namespace

void totalsByRegion(const BuildingFacts& b, const ParkFacts& parks, const FeatureTable& regions,
                    const std::string& idField, const std::string& nameZhField, const std::string& nameEnField,
                    bool exclusive, std::vector<Group>& out) {
  out.assign(regions.size(), Group{});
  for (size_t r = 0; r < regions.size(); ++r) {
    out[r].key = cell(regions, idField, r);
    if (out[r].key.empty()) out[r].key = std::to_string(r);
    out[r].nameZh = cell(regions, nameZhField, r);
    out[r].nameEn = cell(regions, nameEnField, r);
  }
  std::vector<glm::dvec2> pts = centroidsOf(b);
  if (exclusive) {
    std::vector<int32_t> region;
    firstRegion(pts, regions.geom, region);
    for (size_t i = 0; i < region.size(); ++i)
      if (region[i] >= 0) out[size_t(region[i])].tally.add(b.rows[i]);
    firstRegion(parks.centroid, regions.geom, region);
    for (int32_t r : region)
      if (r >= 0) out[size_t(r)].tally.parks += 1;
  } else {
    RegionMembers m;
    pointsInRegions(pts, regions.geom, m);
    for (size_t r = 0; r < m.regionCount(); ++r)
      for (uint32_t i : m.of(r)) out[r].tally.add(b.rows[i]);
    pointsInRegions(parks.centroid, regions.geom, m);
    for (size_t r = 0; r < m.regionCount(); ++r) out[r].tally.parks = int64_t(m.of(r).size());
  }
}

void totalsByPark(const BuildingFacts& b, const ParkFacts& parks, std::vector<Group>& out) {
  out.clear();
  std::unordered_map<std::string, size_t> index;
  for (size_t p = 0; p < parks.size(); ++p) {
    if (!index.emplace(parks.id[p], out.size()).second) continue;  // duplicate id: first row names it
    out.push_back(Group{parks.id[p], parks.nameZh[p], parks.nameEn[p], {}});
    out.back().tally.parks = 1;
  }
  std::vector<size_t> groupOfKey(b.parkKeys.size());
  for (size_t k = 0; k < b.parkKeys.size(); ++k) {
    auto [it, added] = index.emplace(b.parkKeys[k], out.size());
    if (added) {
      out.push_back(Group{b.parkKeys[k], {}, {}, {}});
      out.back().tally.parks = 1;
    }
    groupOfKey[k] = it->second;
  }
  size_t none = SIZE_MAX;
  for (const BuildingFact& f : b.rows) {
    if (f.park != kNoPark) {
      out[groupOfKey[f.park]].tally.add(f);
    } else {
      if (none == SIZE_MAX) {
        none = out.size();
        out.push_back(Group{});
      }
      out[none].tally.add(f);
    }
  }
}

void totalsBySector(const BuildingFacts& b, const ParkFacts& parks, std::vector<Group>& out) {
  out.clear();
  for (const Sector& s : sectors()) out.push_back(Group{std::string(s.id), std::string(s.zh), std::string(s.en), {}});
  Group unknown;
  for (const BuildingFact& f : b.rows) (f.sector >= 0 ? out[size_t(f.sector)] : unknown).tally.add(f);
  for (size_t p = 0; p < parks.size(); ++p) (parks.sector[p] >= 0 ? out[size_t(parks.sector[p])] : unknown).tally.parks += 1;
  if (unknown.tally.buildings > 0 || unknown.tally.parks > 0) out.push_back(unknown);
}

void totalsBySubSector(const BuildingFacts& b, const ParkFacts& parks, std::vector<Group>& out) {
  out.clear();
  std::vector<size_t> first;  // first group index of each sector
  for (const Sector& s : sectors()) {
    first.push_back(out.size());
    for (const SubSector& sub : s.subSectors)
      out.push_back(Group{std::string(sub.id), std::string(sub.zh), std::string(sub.en), {}});
  }
  Group unknown;
  auto slot = [&](int16_t sector, int16_t sub) -> Group& {
    return sector >= 0 && sub >= 0 ? out[first[size_t(sector)] + size_t(sub)] : unknown;
  };
  for (const BuildingFact& f : b.rows) slot(f.sector, f.subSector).tally.add(f);
  for (size_t p = 0; p < parks.size(); ++p) slot(parks.sector[p], parks.subSector[p]).tally.parks += 1;
  if (unknown.tally.buildings > 0 || unknown.tally.parks > 0) out.push_back(unknown);
}

Tally totalOf(const BuildingFacts& b) {
  Tally t;
  for (const BuildingFact& f : b.rows) t.add(f);
  return t;
}

void occupancyOverTime(const FeatureTable& buildings, const FieldRoles& roles, std::span<const uint32_t> rows,
                       int steps, std::vector<double>& t, std::vector<double>& occupancy) {
  steps = std::max(steps, 1);
  size_t samples = size_t(kQuarterCount - 1) * size_t(steps) + 1;
  t.resize(samples);
  for (size_t i = 0; i < samples; ++i) t[i] = double(i) / steps;
  std::vector<double> occupied(samples, 0.0), total(samples, 0.0);
  const Column* gfa = roleColumn(buildings, roles.gfa, "gfa_m2");
  if (!gfa) throw Error(buildings.source, "no GFA field in layer '" + buildings.layer + "'", roles.gfa);
  QuarterColumns cols = findOccupancyColumns(buildings);
  auto addRow = [&](size_t row) {
    double g = gfa->asReal(row);
    if (!(g > 0)) return;
    for (size_t i = 0; i < samples; ++i) {
      double o = occupancyAt(cols, row, t[i]);
      if (std::isnan(o)) return;  // no history at all: the same at every sample
      occupied[i] += g * std::clamp(o, 0.0, 1.0);
      total[i] += g;
    }
  };
  if (rows.empty())
    for (size_t r = 0; r < buildings.size(); ++r) addRow(r);
  else
    for (uint32_t r : rows)
      if (r < buildings.size()) addRow(r);
  occupancy.resize(samples);
  for (size_t i = 0; i < samples; ++i) occupancy[i] = total[i] > 0 ? occupied[i] / total[i] : std::nan("");
}

}  // namespace ps::analysis
