#pragma once
// What the viewer needs from whatever draws the map. The viewer computes
// per-feature visuals (colour, height, flags) and picks on the CPU, so a map
// view only uploads and draws. Calls come on the main thread with the GL
// context current, inside an ImGui frame (a view may draw with GL directly
// or into ImGui's background draw list).
#include <functional>
#include <memory>

#include <glm/vec2.hpp>

#include "viewer/state.h"

namespace ps::viewer {

class MapView {
 public:
  virtual ~MapView() = default;
  // CPU work for new data (triangulation, buckets): pure, touches no GL, run
  // on the loading worker thread; its result goes to setScene. The function
  // holds nothing of the view: an abandoned load's worker may call it after
  // the view is gone (viewer/loader.h).
  using PrepareFn = std::function<std::shared_ptr<void>(const data::SceneData&)>;
  virtual PrepareFn preparer() const = 0;
  // New data (s.sceneRevision changed): upload what prepare() built (built
  // here, on the main thread, when `prepared` is null).
  virtual void setScene(const ViewerState& s, std::shared_ptr<void> prepared) = 0;
  // Layer `li`'s table was replaced (s.layerRevision[li] changed: a derived
  // overlay recomputed, app/viewer_overlays.h): rebuild and re-upload that
  // layer alone. setStyles follows (the recompute bumps s.styleRevision).
  virtual void updateLayer(const ViewerState& s, uint32_t li) = 0;
  // Visuals or layer order/visibility changed (s.styleRevision changed).
  virtual void setStyles(const ViewerState& s) = 0;
  // Draws the map for the current camera. The framebuffer is already cleared
  // to the scene's background colour.
  virtual void draw(const ViewerState& s, glm::ivec2 framebuffer, glm::dvec2 window) = 0;
  virtual const char* name() const = 0;
};

// Outline ("sketch") view drawn with ImGui's background draw list: polygon
// outlines, building roofs and wall edges, points. No triangulation, no
// shaders; the fallback while no GPU renderer is linked in, and a debugging aid.
std::unique_ptr<MapView> makeSketchMapView();
// The GPU renderer (src/render) behind this interface; nullptr when not built in.
std::unique_ptr<MapView> makeGpuMapView();

}  // namespace ps::viewer
