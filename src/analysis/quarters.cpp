#include "analysis/quarters.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace ps::analysis {

std::string quarterLabel(int index) {
  return std::to_string(kFirstQuarterYear + index / 4) + "Q" + std::to_string(index % 4 + 1);
}

std::string occupancyColumnName(int index) {
  return "occ_" + std::to_string(kFirstQuarterYear + index / 4) + "q" + std::to_string(index % 4 + 1);
}

std::optional<int> parseQuarter(std::string_view s) {
  if (s.size() != 6 && s.size() != 7) return std::nullopt;
  for (size_t i = 0; i < 4; ++i)
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return std::nullopt;
  size_t p = 4;
  if (s.size() == 7) {
    if (s[p] != '-') return std::nullopt;
    ++p;
  }
  if (s[p] != 'Q' && s[p] != 'q') return std::nullopt;
  char qc = s[p + 1];
  if (qc < '1' || qc > '4') return std::nullopt;
  int year = std::stoi(std::string(s.substr(0, 4)));
  int index = (year - kFirstQuarterYear) * 4 + (qc - '1');
  if (index < 0 || index >= kQuarterCount) return std::nullopt;
  return index;
}

QuarterColumns findOccupancyColumns(const FeatureTable& table) {
  QuarterColumns cols{};
  for (int i = 0; i < kQuarterCount; ++i) {
    const Column* c = table.column(occupancyColumnName(i));
    cols[static_cast<size_t>(i)] = (c && c->numeric()) ? c : nullptr;
  }
  return cols;
}

double interpolateMonotone(const std::array<double, kQuarterCount>& values, double t) {
  // Known samples only: missing quarters are bridged, not treated as zero.
  double xs[kQuarterCount], ys[kQuarterCount];
  int n = 0;
  for (int i = 0; i < kQuarterCount; ++i)
    if (!std::isnan(values[static_cast<size_t>(i)])) {
      xs[n] = i;
      ys[n] = values[static_cast<size_t>(i)];
      ++n;
    }
  if (n == 0) return std::nan("");
  if (std::isnan(t)) t = 0;
  if (n == 1 || t <= xs[0]) return ys[0];
  if (t >= xs[n - 1]) return ys[n - 1];

  int k = 0;
  while (k + 1 < n - 1 && t >= xs[k + 1]) ++k;
  if (t == xs[k]) return ys[k];  // exact at the quarters, whatever rounding the cubic does

  // Secant slopes and Fritsch-Carlson tangents at the two ends of interval k.
  auto secant = [&](int i) { return (ys[i + 1] - ys[i]) / (xs[i + 1] - xs[i]); };
  auto tangent = [&](int i) {
    if (i == 0) return secant(0);
    if (i == n - 1) return secant(n - 2);
    double d0 = secant(i - 1), d1 = secant(i);
    if (d0 * d1 <= 0) return 0.0;  // local extremum: flat, so no overshoot
    // Weighted harmonic mean (Fritsch & Butland), which satisfies the monotonicity bound.
    double h0 = xs[i] - xs[i - 1], h1 = xs[i + 1] - xs[i];
    double w0 = 2 * h1 + h0, w1 = h1 + 2 * h0;
    return (w0 + w1) / (w0 / d0 + w1 / d1);
  };
  double h = xs[k + 1] - xs[k];
  double s = (t - xs[k]) / h;
  double m0 = tangent(k) * h, m1 = tangent(k + 1) * h;
  double s2 = s * s, s3 = s2 * s;
  double v = (2 * s3 - 3 * s2 + 1) * ys[k] + (s3 - 2 * s2 + s) * m0 + (-2 * s3 + 3 * s2) * ys[k + 1] +
             (s3 - s2) * m1;
  // Hermite with these tangents stays within [min, max] of the ends up to rounding.
  double lo = std::min(ys[k], ys[k + 1]), hi = std::max(ys[k], ys[k + 1]);
  return std::clamp(v, lo, hi);
}

double occupancyAt(const QuarterColumns& cols, size_t row, double t) {
  std::array<double, kQuarterCount> v;
  for (size_t i = 0; i < v.size(); ++i) v[i] = cols[i] ? cols[i]->asReal(row) : std::nan("");
  return interpolateMonotone(v, t);
}

}  // namespace ps::analysis
