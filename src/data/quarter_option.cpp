#include "data/quarter_option.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "analysis/quarters.h"
#include "core/error.h"

namespace ps::data {

std::optional<double> parseQuarterOption(std::string_view text) {
  if (auto q = analysis::parseQuarter(text)) return static_cast<double>(*q);
  if (text.empty() || text.size() > 32) return std::nullopt;
  const std::string s(text);
  char* end = nullptr;
  const double v = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size() || !std::isfinite(v)) return std::nullopt;
  if (v < 0 || v > analysis::kQuarterCount - 1) return std::nullopt;
  return v;
}

std::optional<double> sceneQuarter(const Scene& scene) {
  if (scene.quarter.empty()) return std::nullopt;
  if (auto q = parseQuarterOption(scene.quarter)) return q;
  throw Error(scene.path,
              "unknown quarter \"" + scene.quarter + "\" (expected 2024Q1 .. 2026Q4 or a quarter index 0 .. 11)",
              "scene.quarter");
}

std::string quarterText(double quarter) {
  const int i = static_cast<int>(std::floor(quarter));
  const double f = quarter - i;
  std::string s = analysis::quarterLabel(std::clamp(i, 0, analysis::kQuarterCount - 1));
  if (f > 1e-9) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "+%.2f", f);
    s += buf;
  }
  return s;
}

}  // namespace ps::data
