#pragma once
// A small synthetic scene built in memory (no files, no GDAL): four central
// districts, three parks and a grid of sample buildings with sectors, GFA,
// occupancy and floors. For `parkscape view --demo`, the viewer's tests and
// screenshots when geodata/cache has not been prepared. Every layer is
// marked sample data. Deterministic.
#include "data/scene_loader.h"

namespace ps::viewer {

data::SceneData makeDemoScene();

}  // namespace ps::viewer
