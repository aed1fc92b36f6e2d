#pragma once
// Which features get a map label, with what text, style and priority: the one
// list both the exports and the viewer place (map/label_placement.h), so a
// label that shows on screen shows in the PNG.
//
// Every layer with a label field (or a name) gets labels, except rings, lines
// and extrusions (thousands of roofs: the inspector names them). Polygons are
// labelled at their pole of inaccessibility (largest part), points at the
// point, a little above the symbol. Text in `lang` (the layer's English name
// field when English and the layer has one). Earlier layers win collisions.
#include <cstdint>
#include <string>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>
#include <glm/gtc/type_precision.hpp>

#include "core/i18n.h"
#include "data/scene_loader.h"

namespace ps::map {

struct LabelCandidate {
  uint32_t layer = 0, row = 0;           // the feature labelled
  glm::dvec3 anchor{0.0};                // local metres; the text is centred on it
  glm::vec2 offsetPx{0.0f};              // screen offset of the text centre
  std::string text;                      // UTF-8; '\n' breaks lines
  float sizePx = 16.0f;
  glm::u8vec4 color{30, 30, 30, 255};
  glm::u8vec4 halo{255, 255, 255, 220};
  int priority = 0;                      // higher wins collisions
};

// What a label of an approximate outline says it is: "(示意)" / " (approx.)"
// after the name on polygon layers marked `approximate` (the lead-zone
// sketches), "" otherwise (approximate points keep their names).
std::string approximateLabelMark(const LayerSpec& spec, Lang lang);

// Every candidate of every layer, visible or not (the viewer toggles layers
// without rebuilding); filter with layerLabelled().
std::vector<LabelCandidate> buildLabelCandidates(const data::SceneData& data, Lang lang);

// Whether a layer's labels show: the layer is visible, the camera inside the
// layer's distance range and below its style.label_max_distance.
// cameraDistance 0 = any distance (every label).
bool layerLabelled(const LayerSpec& spec, bool visible, double cameraDistance);

}  // namespace ps::map
