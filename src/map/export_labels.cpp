#include "map/export_labels.h"

#include <cmath>
#include <vector>

#include "map/label_placement.h"

namespace ps::map {

size_t placeExportLabels(render::Renderer& r, std::span<const LabelCandidate> candidates, const OrbitCamera& camera,
                         int width, int height, std::span<const glm::vec4> obstacles) {
  // One measuring pass first: the atlas is built once with every glyph.
  std::vector<render::LabelText> texts;
  texts.reserve(candidates.size());
  for (const LabelCandidate& c : candidates) texts.push_back({c.text, c.sizePx});
  const std::vector<std::optional<render::TextMetrics>> metrics = r.measureLabels(texts);
  const float halo = render::kLabelHaloPx;
  const std::vector<PlacedLabel> placed = placeLabels(
      candidates, camera, {width, height}, [&](size_t i, glm::dvec2 a) -> std::optional<LabelBox> {
        const std::optional<render::TextMetrics>& m = metrics[i];
        if (!m) return std::nullopt;
        // Whole pixels, so glyph texels map 1:1 onto screen pixels; the ink
        // (not the line box) is centred on the anchor.
        const float left = std::round(float(a.x) - m->width * 0.5f);
        const float top = std::round(float(a.y) - (m->inkTop + m->inkBottom) * 0.5f);
        return LabelBox{{left - halo, top + m->inkTop - halo, left + m->width + halo, top + m->inkBottom + halo},
                        {left, top}};
      },
      {}, {}, obstacles);
  std::vector<render::Label> labels;
  labels.reserve(placed.size());
  for (const PlacedLabel& p : placed) {
    const LabelCandidate& c = candidates[p.candidate];
    labels.push_back({c.text, c.sizePx, p.origin, glm::vec3(p.anchorPx, p.depth), c.color, c.halo});
  }
  r.setLabels(std::move(labels));
  return placed.size();
}

std::vector<LabelCandidate> exportLabelCandidates(const data::SceneData& data, Lang lang, double cameraDistance) {
  std::vector<LabelCandidate> all = buildLabelCandidates(data, lang);
  std::vector<LabelCandidate> out;
  for (LabelCandidate& c : all)
    if (layerLabelled(*data.layers[c.layer].spec, data.layers[c.layer].spec->visible, cameraDistance))
      out.push_back(std::move(c));
  return out;
}

}  // namespace ps::map
