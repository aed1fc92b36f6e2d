#pragma once
// Picking by ray casting on the CPU, exact on roofs and walls of extruded
// buildings: it uses the same per-feature heights the GPU draws with, so it
// works with any renderer and needs no read-back. Pure given its inputs.
//
// Precedence: points within the pick radius first (they draw on top), then
// the nearest hit along the ray; equal distances go to the upper layer.
// Hidden features and invisible layers are never picked.
#include <optional>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>
#include <glm/vec4.hpp>

#include "viewer/state.h"

namespace ps::viewer {

// Per layer, per row: bounding box (min x, min y, max x, max y) in local metres.
struct PickIndex {
  std::vector<std::vector<glm::dvec4>> boxes;
};
void buildPickIndex(const data::SceneData& data, PickIndex& out);

struct PickHit {
  FeatureRef ref;
  glm::dvec3 point;  // local metres
  double t = 0;      // distance along the ray (0 for points)
  bool wall = false; // hit a wall (not a roof) of an extrusion
};

// onlyLayers (by layer index): the layers this pick may answer with; the
// others are passed over as if not drawn (the kiosk's tap looks only for what
// has a card, so an icon drawn beside a park does not swallow the tap). Null: all.
std::optional<PickHit> pick(const ViewerState& s, const PickIndex& index, glm::dvec2 px, glm::dvec2 size,
                            double pointRadiusPx = 9.0, const std::vector<bool>* onlyLayers = nullptr);

// Distance along `ray` to the first extrusion wall or roof, if any before maxT
// (labels behind buildings are hidden with this).
std::optional<double> firstExtrusionHit(const ViewerState& s, const PickIndex& index, const Ray& ray,
                                        double maxT);

// Bounding box of one feature (local metres); false if it has no coordinates.
bool featureBounds(const data::SceneData& data, FeatureRef f, glm::dvec2& lo, glm::dvec2& hi);

}  // namespace ps::viewer
