#include "data/overlay_format.h"

#include <cmath>
#include <cstdio>

namespace ps::data {

namespace {

std::string grouped(double v) {
  const long long n = std::llround(v);
  std::string digits = std::to_string(n < 0 ? -n : n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return (n < 0 ? "-" : "") + out;
}

}  // namespace

std::string formatArea(double m2, bool zh) {
  if (std::isnan(m2)) return "—";
  char buf[48];
  if (std::fabs(m2) < 10000) return grouped(m2) + " m²";
  if (zh) {
    const double w = m2 / 10000.0;
    std::snprintf(buf, sizeof buf, w < 100 ? "%.1f 万m²" : "%.0f 万m²", w);
  } else {
    const double k = m2 / 1000.0;
    if (k < 1000) std::snprintf(buf, sizeof buf, "%.0fk m²", k);
    else std::snprintf(buf, sizeof buf, "%.2fM m²", k / 1000.0);
  }
  return buf;
}

std::string formatPercent(double rate) {
  if (std::isnan(rate)) return "—";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", rate * 100.0);
  return buf;
}

std::string formatMetric(double value, const std::string& metric, bool zh) {
  if (metric == "gfa" || metric == "vacant") return formatArea(value, zh);
  if (metric == "vacancy" || metric.rfind("share:", 0) == 0) return formatPercent(value);
  if (std::isnan(value)) return "—";
  return grouped(value);
}

}  // namespace ps::data
