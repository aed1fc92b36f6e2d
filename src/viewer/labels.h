#pragma once
// The viewer's map labels: the exports' candidates (map/label_candidates.h)
// placed by the exports' placement (map/label_placement.h), so a label that
// shows in a PNG shows on screen. What the viewer adds: its ImGui fonts
// measure the text, features hidden or faded by a filter get no label, and
// labels whose anchor is behind a building are dropped (a ray cast from the
// eye, only once the camera settles).
#include <functional>
#include <string>
#include <vector>

#include <glm/vec2.hpp>

#include "map/label_candidates.h"
#include "viewer/layout.h"
#include "viewer/pick.h"
#include "viewer/ui_frame.h"

namespace ps::viewer {

// The viewer has two label fonts; exports' sizes from this one up take the large one.
constexpr float kLargeLabelPx = 18.0f;

// The windows that cover the map (panels, bars, the menu; not toasts or
// tooltips): a label reaching under one is not placed, so a long label is
// not half hidden and the space goes to one that shows whole.
std::vector<LayoutRect> labelBlockers(const ViewerState& s);

using MeasureFn = std::function<glm::vec2(const std::string& text, bool large)>;
void placeLabels(const ViewerState& s, const PickIndex& index, const std::vector<map::LabelCandidate>& cands,
                 glm::dvec2 viewport, const MeasureFn& measure, bool testOcclusion,
                 std::vector<PlacedLabel>& out);

}  // namespace ps::viewer
