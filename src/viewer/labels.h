#pragma once
// Map labels for districts, zones, parks, clusters and universities: greedy
// placement by priority (districts first), no two overlapping, none off
// screen, none whose anchor is hidden behind a building (ray cast from the
// eye). Text in the UI language (Chinese names; English names in English).
#include <functional>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "viewer/pick.h"
#include "viewer/ui_frame.h"

namespace ps::viewer {

struct LabelCandidate {
  FeatureRef ref;
  glm::dvec3 anchor;  // local metres
  int priority = 0;   // higher placed first
  bool large = false;
};

void labelCandidates(const ViewerState& s, const PickIndex& index, std::vector<LabelCandidate>& out);

using MeasureFn = std::function<glm::vec2(const std::string& text, bool large)>;
void placeLabels(const ViewerState& s, const PickIndex& index, const std::vector<LabelCandidate>& cands,
                 glm::dvec2 viewport, const MeasureFn& measure, bool testOcclusion,
                 std::vector<PlacedLabel>& out);

}  // namespace ps::viewer
