#pragma once
// Numbers as the map's labels and legends print them: areas in 万 m² (zh) or
// thousands of m² (en), rates as percentages, counts as integers.
#include <string>

namespace ps::data {

// 123456 -> "12.3 万m²" / "123k m²"; below 10,000 m²: "8,500 m²".
std::string formatArea(double m2, bool zh);
// 0.1234 -> "12.3%".
std::string formatPercent(double rate);
// The value of a choropleth metric ("gfa", "vacant", "vacancy", "parks", "buildings", "share:<sector>").
std::string formatMetric(double value, const std::string& metric, bool zh);

}  // namespace ps::data
