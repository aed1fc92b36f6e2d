#include "map/label_placement.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ps::map {

std::vector<PlacedLabel> placeLabels(std::span<const LabelCandidate> candidates, const OrbitCamera& camera,
                                     glm::ivec2 viewport, const MeasureLabelFn& measure,
                                     const LabelTestFn& eligible, const LabelTestFn& occluded,
                                     std::span<const glm::vec4> obstacles) {
  std::vector<PlacedLabel> out;
  if (viewport.x <= 0 || viewport.y <= 0) return out;
  std::vector<size_t> order(candidates.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return candidates[a].priority > candidates[b].priority; });
  const double w = viewport.x, h = viewport.y;
  const glm::dmat4 vp = camera.projD(w / h) * camera.viewD();
  std::vector<glm::vec4> boxes(obstacles.begin(), obstacles.end());
  for (size_t i : order) {
    const LabelCandidate& l = candidates[i];
    if (l.text.empty() || (eligible && !eligible(i))) continue;
    // Anchors go through float, as the exports' baselines were drawn with.
    const glm::dvec4 c = vp * glm::dvec4(glm::dvec3(glm::vec3(l.anchor)), 1.0);
    if (c.w <= 1e-9) continue;
    const glm::dvec3 ndc = glm::dvec3(c) / c.w;
    if (std::abs(ndc.x) > 1.0 || std::abs(ndc.y) > 1.0 || std::abs(ndc.z) > 1.0) continue;
    const glm::dvec2 a((ndc.x * 0.5 + 0.5) * w + l.offsetPx.x, (0.5 - ndc.y * 0.5) * h + l.offsetPx.y);
    const std::optional<LabelBox> m = measure(i, a);
    if (!m) continue;
    const glm::vec4& box = m->box;
    const bool hit = std::any_of(boxes.begin(), boxes.end(), [&](const glm::vec4& b) {
      return box.x < b.z && b.x < box.z && box.y < b.w && b.y < box.w;
    });
    if (hit || (occluded && occluded(i))) continue;
    boxes.push_back(box);
    out.push_back({i, m->origin, glm::vec2(a), float(ndc.z * 0.5 + 0.5)});
  }
  return out;
}

}  // namespace ps::map
