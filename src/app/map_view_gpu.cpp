// The GPU renderer adapter; until src/render lands there is none and the
// viewer falls back to the sketch view.
#include "app/map_view.h"

namespace ps::viewer {

std::unique_ptr<MapView> makeGpuMapView() { return nullptr; }

}  // namespace ps::viewer
