#pragma once
// Saved scenes carry numbers as a reader wrote them: toml++ prints a double
// with 17 significant digits (30.579999999999998, 0.30000001192092896 for a
// float opacity). tidyTomlNumbers rewrites every float of a TOML text (outside
// strings and comments) rounded to 6 decimals and printed in the shortest form
// that reads back to that value (30.58, 0.3, 4005123.456789). Callers round to
// what a value means first (coordinates 6 decimals, metres 1, fractions 4);
// this is the backstop for every other float.
#include <string>
#include <string_view>

namespace ps {

std::string tidyTomlNumbers(std::string_view toml);

// v rounded to `decimals` decimal places (NaN and infinities unchanged).
double roundTo(double v, int decimals);

}  // namespace ps
