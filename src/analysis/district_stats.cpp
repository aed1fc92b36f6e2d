#include "analysis/district_stats.h"

#include <algorithm>
#include <cmath>

namespace ps::analysis {

double metricValue(const Tally& t, ChoroplethMetric m, int sector) {
  switch (m) {
    case ChoroplethMetric::Gfa: return t.gfa;
    case ChoroplethMetric::Vacant: return t.vacant;
    case ChoroplethMetric::Vacancy: return t.vacancy();
    case ChoroplethMetric::Parks: return double(t.parks);
    case ChoroplethMetric::Buildings: return double(t.buildings);
    case ChoroplethMetric::SectorShare: return t.sectorShare(sector);
  }
  return std::nan("");
}

void classBreaks(std::span<const double> values, ClassMethod method, int classes, std::vector<double>& breaks) {
  breaks.clear();
  std::vector<double> v;
  for (double x : values)
    if (std::isfinite(x)) v.push_back(x);
  if (v.empty() || classes < 2) return;
  std::sort(v.begin(), v.end());
  size_t n = v.size();
  size_t k = size_t(classes);
  for (size_t i = 1; i < k; ++i) {
    double b = method == ClassMethod::EqualInterval
                   ? v.front() + double(i) * (v.back() - v.front()) / double(k)
                   : v[(i * n + k - 1) / k - 1];  // ceil(i*n/k) - 1
    if (b >= v.back()) break;                      // a break at max would leave an empty top class
    if (breaks.empty() || b > breaks.back()) breaks.push_back(b);
  }
}

std::vector<uint32_t> sequentialRamp(int k) {
  static constexpr uint32_t kYlGnBu9[] = {0xffffd9, 0xedf8b1, 0xc7e9b4, 0x7fcdbb, 0x41b6c4,
                                          0x1d91c0, 0x225ea8, 0x253494, 0x081d58};
  k = std::clamp(k, 1, 9);
  std::vector<uint32_t> out;
  for (int i = 0; i < k; ++i) {
    // Skip the near-white first stop when there is room: it vanishes on the light map background.
    int lo = k <= 8 ? 1 : 0;
    int idx = k == 1 ? 5 : lo + int(std::lround(double(i) * (8 - lo) / double(k - 1)));
    out.push_back(kYlGnBu9[idx]);
  }
  return out;
}

void choropleth(std::span<const double> values, ClassMethod method, int classes, Choropleth& out) {
  classBreaks(values, method, classes, out.breaks);
  out.colours = sequentialRamp(int(out.breaks.size()) + 1);
  out.classOf.assign(values.size(), -1);
  for (size_t i = 0; i < values.size(); ++i) {
    if (!std::isfinite(values[i])) continue;
    out.classOf[i] = int32_t(std::lower_bound(out.breaks.begin(), out.breaks.end(), values[i]) - out.breaks.begin());
  }
}

void districtTotals(const BuildingFacts& b, const ParkFacts& parks, const FeatureTable& districts,
                    const FieldRoles& roles, std::vector<Group>& out) {
  auto pick = [&](const std::string& role, const char* fallback) {
    const Column* c = roleColumn(districts, role, fallback);
    return c ? c->name : std::string();
  };
  totalsByRegion(b, parks, districts, pick(roles.id, "code"), pick(roles.name, "name_zh"),
                 pick(roles.nameEn, "name_en"), true, out);
}

}  // namespace ps::analysis
