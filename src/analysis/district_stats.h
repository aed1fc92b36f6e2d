#pragma once
// Districts (区(市)县) and zones: totals per polygon and the choropleth that
// colours them.
//
// Totals: a building belongs to the first district (table order) containing
// its centroid, a park likewise (occupancy.h, totalsByRegion exclusive).
//
// Class breaks for k classes over the finite values (NaN values get class -1
// and the "no data" colour):
//  - EqualInterval: breaks min + i * (max - min) / k, i = 1..k-1;
//  - Quantile: break i = the value at sorted index ceil(i * n / k) - 1 (the
//    largest value of the i-th equal-count slice), duplicates removed, so
//    there may be fewer than k classes when values repeat.
// A value v is in class c = the number of breaks strictly below v, i.e.
// classes are (b[c-1], b[c]] with the lowest class closed at min.
// Colours: ColorBrewer YlGnBu (Brewer & Harrower, colorbrewer2.org; marked
// colour-blind safe), the 9-class scheme sampled evenly for k <= 9.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "analysis/occupancy.h"

namespace ps::analysis {

enum class ChoroplethMetric { Gfa, Vacant, Vacancy, Parks, Buildings, SectorShare };
enum class ClassMethod { Quantile, EqualInterval };

// The metric of one group (sector = sector index for SectorShare).
double metricValue(const Tally& t, ChoroplethMetric metric, int sector = -1);

struct Choropleth {
  std::vector<double> breaks;     // ascending, classes - 1 of them
  std::vector<int32_t> classOf;   // per value, -1 for NaN
  std::vector<uint32_t> colours;  // 0xRRGGBB per class
  uint32_t noData = 0xBDBDBD;
};

void classBreaks(std::span<const double> values, ClassMethod method, int classes, std::vector<double>& breaks);
// Classifies values with classBreaks and assigns ramp colours.
void choropleth(std::span<const double> values, ClassMethod method, int classes, Choropleth& out);
// k colours of the sequential ramp, light to dark (1 <= k <= 9).
std::vector<uint32_t> sequentialRamp(int k);

// Convenience for the districts panel and `parkscape stats --by district`:
// totals per district with the districts layer's code / name_zh / name_en
// fields (or the roles' id / name / nameEn).
void districtTotals(const BuildingFacts& buildings, const ParkFacts& parks, const FeatureTable& districts,
                    const FieldRoles& roles, std::vector<Group>& out);

}  // namespace ps::analysis
