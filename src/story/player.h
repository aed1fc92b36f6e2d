#pragma once
// The story player: a pure, deterministic function from (story, virtual time)
// to the state to show. No clock, no GL, no viewer: the presenter's mode, the
// film (one frame per 1/fps of virtual time), the kiosk's attract loop and
// `parkscape render --story --step N` all ask it for a Frame and apply it
// (viewer/story_apply.h onto the viewer's state; viewer/story_render.h headless).
//
// Timeline: step i starts at start(i) and lasts fly(i) + hold(i) seconds; the
// camera flies from the previous step's camera (the scene's camera before step
// 0) with camera/CameraAnimation (van Wijk & Nuij: long hops zoom out and back
// in), then holds. Layer opacities cross-fade from the previous step's during
// the flight; a step's `play` range runs over its hold. Everything else
// (filters, highlights, overlays, caption) is the step's from its first frame.
//
// A Frame is complete: applying it never needs the previous state, so the same
// step gives the same picture whatever was on screen before.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "camera/camera_animation.h"
#include "camera/orbit_camera.h"
#include "scene/scene.h"
#include "story/story.h"

namespace ps::story {

struct LayerFrame {
  std::string id;
  bool visible = true;
  float opacity = 1.0f;
};

struct OverlayFrame {
  std::string layer;
  DerivedSpec params;  // the scene's parameters with the step's overrides
};

struct Frame {
  int step = 0, stepCount = 0;
  double time = 0;             // story time, seconds
  double stepTime = 0;         // seconds since the step began
  double flyProgress = 1;      // 0..1 along the flight (1 once settled)
  bool settled = true;         // the flight is over (holding)
  OrbitCamera camera;          // local frame (scene CRS minus the data's origin)
  std::vector<LayerFrame> layers;      // every layer of the scene, scene order
  StoryFilter filter;
  std::optional<double> quarter;       // fractional quarter index; nullopt = the scene's own time
  std::vector<FeatureList> highlight;
  std::optional<Callout> callout;
  std::vector<OverlayFrame> overlays;  // every derived layer of the scene
  Caption caption;
  std::string notes;
};

// lon/lat (WGS84) -> local frame metres: geo::GeoProjector::toScene minus
// SceneData::frame.origin (the story module does no map projection).
using ToLocal = std::function<glm::dvec2(glm::dvec2 lonLat)>;

class StoryPlayer {
 public:
  StoryPlayer(Story story, const Scene& scene, const ToLocal& toLocal);

  const Story& story() const { return story_; }
  int stepCount() const { return static_cast<int>(story_.steps.size()); }
  double totalDuration() const { return total_; }
  double stepStart(int i) const { return start_.at(i); }
  double flyDuration(int i) const { return flights_.at(i).duration; }
  double holdDuration(int i) const { return story_.holdOf(story_.steps.at(i)); }
  // The step playing at story time t (clamped to the story).
  int stepAt(double t) const;

  // The state at story time t (clamped to [0, totalDuration()]).
  Frame at(double t) const;
  // Step i, `local` seconds after it began (clamped to its flight + hold). With
  // `from`, the flight starts there (the presenter jumping from whatever is on
  // screen); the settled picture is the same either way.
  Frame stepFrame(int i, double local, const OrbitCamera* from = nullptr) const;
  // Step i's last picture: flight done, hold over (a play range at its end).
  Frame settled(int i) const { return stepFrame(i, flyDuration(i) + holdDuration(i)); }
  // The step's target camera.
  const OrbitCamera& stepCamera(int i) const { return flights_.at(i).to; }

 private:
  float opacityOf(int step, size_t layer) const;  // step -1 = the scene's
  Story story_;
  std::vector<LayerFrame> base_;            // the scene's layers
  std::vector<OverlayFrame> baseOverlays_;  // the scene's derived layers
  std::vector<CameraAnimation> flights_;
  std::vector<double> start_;
  double total_ = 0;
};

// The scene's parameters with the override's given keys replaced.
DerivedSpec applyOverlay(DerivedSpec base, const OverlayOverride& o);

}  // namespace ps::story
