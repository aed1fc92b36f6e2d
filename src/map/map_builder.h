#pragma once
// From loaded scene layers to what the renderer draws: buckets (built on any
// thread), their upload and per-feature styles (labels: map/label_candidates.h). Shared by the viewer,
// `parkscape render`, the render tests and the benchmarks, so they all draw a
// scene the same way.
#include <optional>
#include <string>
#include <vector>

#include "data/scene_loader.h"
#include "camera/orbit_camera.h"
#include "core/i18n.h"
#include "geometry/buckets.h"
#include "render/renderer.h"
#include "scene/style_eval.h"

namespace ps::map {

// CPU geometry of one layer. Pure data: build it off the render thread.
struct LayerBuckets {
  LayerKind kind = LayerKind::Fill;
  FillBucket fill;            // fill, ring; extrusions: the footprints drawn beyond lodDistance
  ExtrusionBucket extrusion;  // extrusion
  LineBucket lines;           // outlines (fill/ring/extrusion with an outline) and line layers
  PointBucket points;         // point layers
  bool hasOutline = false;
  bool occupancyFilled = false;  // extrusion with style.occupancy = "filled": the bucket is drawn twice
};

// With `onlyAtDistance` (a one-frame render from that camera distance:
// `parkscape render`, posters), only what that frame can draw: nothing of a
// hidden layer or one out of its distance range; of an extrusion beyond its
// lodDistance only the flat footprints, nearer no footprints. The pixels are
// those of the full buckets.
LayerBuckets buildLayerBuckets(const data::LoadedLayer& layer, const LocalFrame& frame,
                               std::optional<double> onlyAtDistance = std::nullopt);

// GPU handles of one layer (0 = none).
struct LayerHandles {
  render::LayerId body = 0;     // fill, extrusion or points
  render::LayerId outline = 0;  // outlines / lines
  render::LayerId lod = 0;      // extrusions: flat footprints for far views
  render::LayerId vacant = 0;   // occupancy = "filled": the vacant floors, translucent, above the occupied ones
};

// Uploads (main/GL thread). `order` places the layer among the others.
LayerHandles uploadLayer(render::Renderer& r, const LayerBuckets& b, int order);
// The same, freeing each part of `b` (extrusion, footprints, points, lines) as
// soon as the GPU has it, so a large layer's CPU and GPU copies never coexist whole.
LayerHandles uploadLayer(render::Renderer& r, LayerBuckets&& b, int order);

// Writes per-feature styles and layer parameters. `flags` (render::FeatureFlags
// per feature: hidden, highlighted, selected, faded) may be empty.
// `quarter` (fractional quarter index, nullopt = now) is the time of the
// occupancy display and of ramps on the occupancy field: changing it is a
// restyle only (time playback), the buckets stay as uploaded.
void applyLayerStyle(render::Renderer& r, const LayerHandles& h, const data::LoadedLayer& layer,
                     const EvaluatedStyle& style, const std::vector<uint32_t>& flags, bool visible,
                     std::optional<double> quarter = std::nullopt);

// The dash pattern (dash, gap in pixels) of a layer's outlines: approximate
// polygon layers (the lead-zone sketches) are drawn dashed wherever they
// appear, so no sketch reads as an exact boundary; {0, 0} = solid.
glm::vec2 outlineDash(const LayerSpec& spec);

// The scene's initial camera in the local frame (centre lon/lat projected
// into the scene CRS).
OrbitCamera initialCamera(const data::SceneData& data);
OrbitCamera cameraFromSpec(const data::SceneData& data, const CameraSpec& spec);

// Every layer of a scene on one renderer: the simple path for headless renders
// (labels: map/export_labels.h, once the camera is known). The occupancy time
// is the scene's `quarter` (overlays/quarter_option.h).
struct UploadedScene {
  std::vector<LayerHandles> handles;  // per scene layer
};
// `onlyAtDistance`: the camera distance of the only frame to be drawn (buildLayerBuckets).
UploadedScene uploadScene(render::Renderer& r, const data::SceneData& data,
                          std::optional<double> onlyAtDistance = std::nullopt);

}  // namespace ps::map
