#pragma once
// The time an overlay shows: `[scene] quarter` or `parkscape render --quarter`.
// A quarter label ("2025Q2", "2025q2", "2025-Q2") or a fractional quarter
// index ("6.5": halfway through 2025Q3 -> 2025Q4, quarters.h), 0 = 2024Q1 .. 11 = 2026Q4.
#include <optional>
#include <string>
#include <string_view>

#include "scene/scene.h"

namespace ps::data {

// nullopt when `text` is neither a known quarter nor a number in [0, 11].
std::optional<double> parseQuarterOption(std::string_view text);

// The scene's quarter; nullopt for "" (now). Throws ps::Error naming the
// scene file and 'scene.quarter' when it is malformed.
std::optional<double> sceneQuarter(const Scene& scene);

// "2025Q2" for 5, "2025Q2+0.50" for 5.5: the legend's time stamp.
std::string quarterText(double quarter);

}  // namespace ps::data
