#pragma once
// The twelve quarters of the occupancy history, 2024Q1 .. 2026Q4, and the
// interpolation that time playback uses between them.
//
// Quarter index i: 0 = 2024Q1, 11 = 2026Q4. Label "2025Q3"; column "occ_2025q3".
// Interpolation is monotone cubic (Fritsch & Carlson 1980, "Monotone piecewise
// cubic interpolation", SIAM J. Numer. Anal. 17(2)): it passes through every
// quarter's value exactly, is C1 (no kinks in playback) and never overshoots
// the two values it lies between, so a rate in [0,1] stays in [0,1].
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/feature_table.h"

namespace ps::analysis {

inline constexpr int kQuarterCount = 12;
inline constexpr int kFirstQuarterYear = 2024;

using QuarterColumns = std::array<const Column*, kQuarterCount>;  // null = absent

// "2025Q3" for index 6. Index must be in [0, kQuarterCount).
std::string quarterLabel(int index);
// "occ_2025q3" for index 6.
std::string occupancyColumnName(int index);
// Accepts "2025Q3", "2025q3", "2025-Q3"; nullopt if malformed or outside the twelve.
std::optional<int> parseQuarter(std::string_view text);
// The occ_YYYYqN columns of `table` (null entries where a column is missing).
QuarterColumns findOccupancyColumns(const FeatureTable& table);

// Occupancy of `row` at fractional quarter index t (clamped to [0, 11]).
// Null or missing quarters are skipped (the curve runs through the others);
// NaN when the row has no quarter value at all.
double occupancyAt(const QuarterColumns& cols, size_t row, double t);

// The same curve on plain samples: values[i] at index i, NaN = missing.
double interpolateMonotone(const std::array<double, kQuarterCount>& values, double t);

}  // namespace ps::analysis
