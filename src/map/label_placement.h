#pragma once
// Label placement, pure: anchors projected with the camera, greedy by
// priority (stable: equal priorities keep their order), no two boxes
// overlapping, none whose anchor is off screen or outside the depth range.
// The exports and the viewer both place with this; they differ only in how
// they measure text (the export's glyph atlas, the viewer's ImGui fonts) and
// in occlusion: the viewer casts a ray per label here (`occluded`), the
// export hides labels behind the scene on the GPU after placement.
#include <cstddef>
#include <functional>
#include <optional>
#include <span>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec4.hpp>

#include "camera/orbit_camera.h"
#include "map/label_candidates.h"

namespace ps::map {

struct LabelBox {
  glm::vec4 box{0.0f};     // collision rectangle (x0, y0, x1, y1), window pixels
  glm::vec2 origin{0.0f};  // where the text is drawn (the measurer's convention)
};

// anchorPx: the projected anchor plus the candidate's offset (window pixels,
// top-left origin). nullopt: nothing visible to draw.
using MeasureLabelFn = std::function<std::optional<LabelBox>(size_t candidate, glm::dvec2 anchorPx)>;
using LabelTestFn = std::function<bool(size_t candidate)>;

struct PlacedLabel {
  size_t candidate = 0;     // index into the candidates
  glm::vec2 origin{0.0f};   // from the measurer
  glm::vec2 anchorPx{0.0f};
  float depth = 0;          // window depth of the anchor, 0..1
};

// `eligible` (may be empty: all) filters candidates before projection;
// `occluded` (may be empty: none) runs last, on labels that would be placed.
// `obstacles`: rectangles (x0, y0, x1, y1, window pixels) no label may touch:
// the export's title, legend, scale bar, north arrow and attribution.
std::vector<PlacedLabel> placeLabels(std::span<const LabelCandidate> candidates, const OrbitCamera& camera,
                                     glm::ivec2 viewport, const MeasureLabelFn& measure,
                                     const LabelTestFn& eligible = {}, const LabelTestFn& occluded = {},
                                     std::span<const glm::vec4> obstacles = {});

}  // namespace ps::map
