#include "data/occupancy_display.h"

#include <algorithm>
#include <cmath>

#include "analysis/facts.h"
#include "analysis/occupancy.h"
#include "analysis/quarters.h"

namespace ps::data {

void featureOccupancy(const FeatureTable& t, const FieldRoles& roles, std::optional<double> quarter,
                      std::vector<double>& out) {
  const size_t n = t.size();
  out.assign(n, std::nan(""));
  const Column* occ = analysis::roleColumn(t, roles.occupancy, "occupancy");
  const Column* gfa = analysis::roleColumn(t, roles.gfa, "gfa_m2");
  const Column* vacant = analysis::roleColumn(t, roles.vacant, "vacant_m2");
  const analysis::QuarterColumns q = analysis::findOccupancyColumns(t);
  for (size_t i = 0; i < n; ++i) {
    double v = quarter ? analysis::occupancyAt(q, i, *quarter) : std::nan("");
    if (std::isnan(v) && occ && occ->numeric()) v = occ->asReal(i);
    if (std::isnan(v) && gfa && vacant) {
      const double g = gfa->asReal(i), va = vacant->asReal(i);
      if (g > 0 && va >= 0) v = 1.0 - va / g;
    }
    out[i] = std::isnan(v) ? v : std::clamp(v, 0.0, 1.0);
  }
}

void featureFloors(const FeatureTable& t, const FieldRoles& roles, std::vector<double>& out) {
  const Column* c = analysis::roleColumn(t, roles.floors, "floors");
  out.assign(t.size(), std::nan(""));
  if (c && c->numeric())
    for (size_t i = 0; i < t.size(); ++i) out[i] = c->asReal(i);
}

void filledHeights(std::span<const float> height, std::span<const double> floors, std::span<const double> occupancy,
                   bool smooth, std::vector<float>& out) {
  out.resize(height.size());
  for (size_t i = 0; i < height.size(); ++i) {
    const double h = height[i], o = occupancy[i];
    if (std::isnan(o)) {
      out[i] = height[i];
      continue;
    }
    const double f = smooth ? analysis::filledHeightSmooth(h, o) : analysis::filledHeight(h, floors[i], o);
    out[i] = static_cast<float>(std::clamp(f, 0.0, std::max(h, 0.0)));
  }
}

bool recolourOccupancyRamp(const LayerSpec& layer, const FeatureTable& t, std::span<const double> occupancy,
                           EvaluatedStyle& style) {
  const StyleSpec& s = layer.style;
  if (s.colorMode != ColorMode::Ramp) return false;
  const Column* cf = resolveField(t, layer.fields, s.colorField);
  const Column* oc = analysis::roleColumn(t, layer.fields.occupancy, "occupancy");
  if (!cf || cf != oc) return false;
  const double span = s.rampMax - s.rampMin;
  for (size_t i = 0; i < occupancy.size() && i < style.color.size(); ++i)
    style.color[i] = std::isnan(occupancy[i]) ? glm::u8vec4(200, 200, 200, 255)
                                              : toU8(rampColor(s.ramp, (occupancy[i] - s.rampMin) / span));
  return true;
}

}  // namespace ps::data
