#pragma once
// What an exported legend should list: only what the picture shows (like
// QGIS's "filter legend by map content"). A close-up of one park lists that
// park's sectors, not the whole city's, and no layer whose features all lie
// outside the frame.
#include <cstdint>
#include <set>
#include <vector>

#include <glm/vec2.hpp>

#include "map/map_builder.h"

namespace ps::map {

// out[f] = 1 when feature f's bounding box, projected at ground level, reaches
// into the w x h picture and spans at least 2 pixels (points: any size).
// Conservative: a feature with a corner behind the eye counts as in view.
// Features without geometry are out.
void featuresInView(const data::LoadedLayer& layer, const LocalFrame& frame, const OrbitCamera& camera, int w, int h,
                    std::vector<uint8_t>& out);

// The colours (evaluated style, RGB only) of the features in view.
std::set<uint32_t> coloursInView(const data::LoadedLayer& layer, const std::vector<uint8_t>& inView);

}  // namespace ps::map
