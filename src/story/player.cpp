#include "story/player.h"

#include <algorithm>
#include <cmath>

#include "core/error.h"

namespace ps::story {
namespace {

// The inverse of smoothstep on [0, 1]: CameraAnimation eases with smoothstep,
// so feeding it smoothstepInverse(x) * duration moves it linearly.
double smoothstepInverse(double y) {
  y = std::clamp(y, 0.0, 1.0);
  return 0.5 - std::sin(std::asin(1.0 - 2.0 * y) / 3.0);
}

const LayerSpec* findLayer(const Scene& scene, const std::string& id) {
  for (const LayerSpec& l : scene.layers)
    if (l.id == id) return &l;
  return nullptr;
}

// Every layer id a step names must be one of the scene's.
void checkLayers(const Story& st, const Scene& scene) {
  for (size_t i = 0; i < st.steps.size(); ++i) {
    const Step& s = st.steps[i];
    const std::string k = "steps[" + std::to_string(i) + "]";
    const auto need = [&](const std::string& id, const std::string& key) {
      if (!findLayer(scene, id)) throw Error(st.path, "no layer \"" + id + "\" in the scene " + scene.path, key);
    };
    for (const LayerOverride& o : s.layers) need(o.layer, k + ".layers." + o.layer);
    for (size_t h = 0; h < s.highlight.size(); ++h)
      need(s.highlight[h].layer, k + ".highlight[" + std::to_string(h) + "].layer");
    if (s.callout) need(s.callout->layer, k + ".callout.layer");
    for (const OverlayOverride& o : s.overlays) {
      need(o.layer, k + ".overlay." + o.layer);
      if (findLayer(scene, o.layer)->derived.kind == DerivedKind::None)
        throw Error(st.path, "layer \"" + o.layer + "\" is not an overlay (hexbin, clusters, choropleth, ring_stats)",
                    k + ".overlay." + o.layer);
    }
  }
}

}  // namespace

DerivedSpec applyOverlay(DerivedSpec d, const OverlayOverride& o) {
  if (o.hexSize) d.hexSize = *o.hexSize;
  if (o.heightScale) d.hexHeightScale = *o.heightScale;
  if (o.eps) d.eps = *o.eps;
  if (o.minPoints) d.minPoints = *o.minPoints;
  if (o.classes) d.classes = *o.classes;
  if (o.heightBy) d.heightByCount = *o.heightBy == "count";
  if (o.shareOf) d.shareOf = *o.shareOf;
  if (o.hull) d.concave = *o.hull == "concave";
  if (o.metric) d.metric = *o.metric;
  if (o.method) d.quantile = *o.method == "quantile";
  return d;
}

StoryPlayer::StoryPlayer(Story story, const Scene& scene, const ToLocal& toLocal) : story_(std::move(story)) {
  if (story_.steps.empty()) throw Error(story_.path, "a story needs at least one step", "steps");
  checkLayers(story_, scene);
  for (const LayerSpec& l : scene.layers) {
    base_.push_back({l.id, l.visible, l.style.opacity});
    if (l.derived.kind != DerivedKind::None) baseOverlays_.push_back({l.id, l.derived});
  }
  OrbitCamera prev = OrbitCamera::fromSpec(scene.camera, toLocal(scene.camera.center));
  double t = 0;
  for (const Step& s : story_.steps) {
    const OrbitCamera to = OrbitCamera::fromSpec(s.camera, toLocal(s.camera.center));
    const double fly = s.easing == Easing::Cut ? 0.0 : story_.flyOf(s);
    // fly = 0 with a smooth or linear easing: van Wijk & Nuij's own duration.
    CameraAnimation a = flyTo(prev, to, s.easing == Easing::Cut ? 1e-9 : fly);
    if (s.easing == Easing::Cut) a.duration = 0;
    flights_.push_back(a);
    start_.push_back(t);
    t += a.duration + story_.holdOf(s);
    prev = to;
  }
  total_ = t;
}

int StoryPlayer::stepAt(double t) const {
  const auto it = std::upper_bound(start_.begin(), start_.end(), t);
  return std::max(0, static_cast<int>(it - start_.begin()) - 1);
}

Frame StoryPlayer::at(double t) const {
  t = std::clamp(std::isfinite(t) ? t : 0.0, 0.0, total_);
  const int i = stepAt(t);
  Frame f = stepFrame(i, t - start_[i]);
  f.time = t;
  return f;
}

float StoryPlayer::opacityOf(int step, size_t li) const {
  const LayerFrame& b = base_[li];
  bool visible = b.visible;
  float opacity = b.opacity;
  if (step >= 0)
    for (const LayerOverride& o : story_.steps[step].layers)
      if (o.layer == b.id) {
        if (o.visible) visible = *o.visible;
        if (o.opacity) opacity = *o.opacity;
      }
  return visible ? opacity : 0.0f;
}

Frame StoryPlayer::stepFrame(int i, double local, const OrbitCamera* from) const {
  const Step& s = story_.steps.at(i);
  CameraAnimation flight = flights_[i];
  if (from) flight = flyTo(*from, flight.to, flight.duration > 0 ? flight.duration : 0);
  const double fly = flight.duration, hold = story_.holdOf(s);
  if (!std::isfinite(local)) local = 0;
  local = std::clamp(local, 0.0, fly + hold);

  Frame f;
  f.step = i;
  f.stepCount = stepCount();
  f.stepTime = local;
  f.time = start_[i] + local;
  f.flyProgress = fly > 0 ? std::min(1.0, local / fly) : 1.0;
  f.settled = local >= fly;
  const double eased = s.easing == Easing::Linear ? smoothstepInverse(f.flyProgress) : f.flyProgress;
  f.camera = flight.at(eased * fly);
  if (f.settled) f.camera = flight.to;

  // Layers: the scene's, with the step's overrides, cross-faded over the flight.
  f.layers = base_;
  for (size_t li = 0; li < base_.size(); ++li) {
    const float a = opacityOf(i - 1, li), b = opacityOf(i, li);
    const float k = static_cast<float>(f.flyProgress);
    float op = a + (b - a) * k;
    if (f.settled) op = b;
    f.layers[li].visible = op > 0.0f;
    // A layer keeps its own opacity when shown; 0 only as "hidden".
    f.layers[li].opacity = op > 0.0f ? op : base_[li].opacity;
  }
  f.filter = s.filter;
  if (s.play) {
    const double k = local <= fly ? 0.0 : (hold > 0 ? std::min(1.0, (local - fly) / hold) : 1.0);
    f.quarter = s.play->lo + (s.play->hi - s.play->lo) * k;
  } else {
    f.quarter = s.quarter;
  }
  f.highlight = s.highlight;
  f.callout = s.callout;
  f.overlays = baseOverlays_;
  for (OverlayFrame& o : f.overlays)
    for (const OverlayOverride& ov : s.overlays)
      if (ov.layer == o.layer) o.params = applyOverlay(o.params, ov);
  f.caption = s.caption;
  f.notes = s.notes;
  return f;
}

}  // namespace ps::story
