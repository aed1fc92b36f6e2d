#include "map/map_builder.h"

#include <algorithm>
#include <cmath>
#include <thread>

#include "data/occupancy_display.h"
#include "data/quarter_option.h"
#include "geo/reproject.h"
#include "geometry/extrude.h"
#include "geometry/fill.h"
#include "geometry/label_anchor.h"
#include "geometry/outline.h"
#include "geometry/points.h"

namespace ps::map {

LayerBuckets buildLayerBuckets(const data::LoadedLayer& layer, const LocalFrame& frame,
                               std::optional<double> onlyAtDistance) {
  LayerBuckets b;
  const LayerSpec& spec = *layer.spec;
  b.kind = spec.kind;
  const FeatureTable& t = layer.table;
  if (onlyAtDistance) {
    // The renderer's own test (render::Renderer, LayerParams distance range).
    const double d = *onlyAtDistance;
    if (!spec.visible || d < spec.minDistance || (spec.maxDistance > 0 && d >= spec.maxDistance)) return b;
    if (spec.kind == LayerKind::Extrusion && spec.lodDistance > 0 && d >= spec.lodDistance) {
      // Prisms, their roof outlines and the vacant floors end at lodDistance.
      geometry::buildFill(t, frame, b.fill);
      return b;
    }
  }
  const bool footprints = !onlyAtDistance || spec.lodDistance <= 0;  // nearer than lodDistance: never drawn
  switch (spec.kind) {
    case LayerKind::Fill:
    case LayerKind::Ring:
      geometry::buildFill(t, frame, b.fill);
      if (spec.style.outline) {
        geometry::buildOutlines(t, frame, false, b.lines);
        b.hasOutline = true;
      }
      break;
    case LayerKind::Extrusion: {
      b.occupancyFilled = spec.style.occupancyFilled;
      // Roof outlines on the second core while the first triangulates.
      std::thread outlines;
      if (spec.style.outline) {
        outlines = std::thread([&] { geometry::buildOutlines(t, frame, true, b.lines); });
        b.hasOutline = true;
      }
      geometry::buildExtrusion(t, frame, b.extrusion);
      // Far away, walls are sub-pixel: the roofs as footprints carry the
      // colour at a quarter of the triangles (level of detail at lodDistance).
      if (footprints) geometry::roofsAsFill(b.extrusion, b.fill);
      if (outlines.joinable()) outlines.join();
      break;
    }
    case LayerKind::Line:
      geometry::buildOutlines(t, frame, false, b.lines);
      break;
    case LayerKind::Point:
      geometry::buildPoints(t, frame, b.points);
      // Polygons drawn as points: one marker at each polygon's label anchor
      // (parks as symbols at city scale).
      for (size_t f = 0; f < t.size(); ++f)
        if (t.geom.kind[f] == GeomKind::Polygon || t.geom.kind[f] == GeomKind::Line) {
          const glm::dvec2 a = geometry::labelAnchor(t.geom, f);
          if (std::isfinite(a.x) && std::isfinite(a.y))
            b.points.points.push_back({frame.toLocal(a), static_cast<uint32_t>(f)});
        }
      b.points.featureCount = t.size();
      break;
    case LayerKind::Label:
      break;  // labels only
  }
  return b;
}

namespace {

// Uploads each part of `b`, calling `sent` on it once the GPU has its copy.
template <class B, class Sent>
LayerHandles uploadParts(render::Renderer& r, B& b, int order, Sent sent) {
  LayerHandles h;
  switch (b.kind) {
    case LayerKind::Fill:
    case LayerKind::Ring:
      if (!b.fill.indices.empty()) h.body = r.addFill(b.fill);
      sent(b.fill);
      break;
    case LayerKind::Extrusion:
      if (!b.extrusion.indices.empty()) h.body = r.addExtrusion(b.extrusion);
      if (!b.extrusion.indices.empty() && b.occupancyFilled) h.vacant = r.addExtrusion(b.extrusion);
      sent(b.extrusion);
      if (!b.fill.indices.empty()) h.lod = r.addFill(b.fill);
      sent(b.fill);
      break;
    case LayerKind::Point:
      if (!b.points.points.empty()) h.body = r.addPoints(b.points);
      sent(b.points);
      break;
    case LayerKind::Line:
    case LayerKind::Label:
      break;
  }
  if (!b.lines.indices.empty()) h.outline = r.addLines(b.lines);
  sent(b.lines);
  for (render::LayerId id : {h.body, h.outline, h.lod, h.vacant})
    if (id) {
      render::LayerParams p = r.layerParams(id);
      p.order = order * 2 + (id == h.outline ? 1 : 0);
      r.setLayerParams(id, p);
    }
  return h;
}

}  // namespace

LayerHandles uploadLayer(render::Renderer& r, const LayerBuckets& b, int order) {
  return uploadParts(r, b, order, [](const auto&) {});
}

LayerHandles uploadLayer(render::Renderer& r, LayerBuckets&& b, int order) {
  // llvmpipe keeps its own copy of every buffer: freeing each CPU part as soon
  // as it is sent keeps the two from coexisting whole (at 1M parcels ~1.8 GB each).
  return uploadParts(r, b, order, [](auto& part) { part = {}; });
}

void applyLayerStyle(render::Renderer& r, const LayerHandles& h, const data::LoadedLayer& layer,
                     const EvaluatedStyle& styleIn, const std::vector<uint32_t>& flags, bool visible,
                     std::optional<double> quarter) {
  const LayerSpec& spec = *layer.spec;
  const size_t n = layer.table.size();
  std::vector<render::FeatureStyle> fs(n);
  const bool extruded = spec.kind == LayerKind::Extrusion;
  // Occupancy at the chosen time: ramps on the occupancy field, and the
  // filled-height split of occupied (solid) and vacant (translucent) floors.
  const EvaluatedStyle* styleP = &styleIn;
  EvaluatedStyle timed;
  std::vector<double> occupancy;
  if (quarter || h.vacant) data::featureOccupancy(layer.table, spec.fields, quarter, occupancy);
  if (quarter && spec.style.colorMode == ColorMode::Ramp) {
    timed = styleIn;
    if (data::recolourOccupancyRamp(spec, layer.table, occupancy, timed)) styleP = &timed;
  }
  const EvaluatedStyle& style = *styleP;
  // Symbols: the caller's, else from the layer's rule (the viewer's visuals carry none).
  std::vector<PointShape> ownShapes;
  const std::vector<PointShape>* shapes = &style.shape;
  if (spec.kind == LayerKind::Point && style.shape.size() != n) {
    evaluateShapes(spec, layer.table, ownShapes);
    shapes = &ownShapes;
  }
  std::vector<PointFill> ownFills;
  const std::vector<PointFill>* fills = &style.fill;
  if (spec.kind == LayerKind::Point && style.fill.size() != n) {
    evaluateFills(spec, layer.table, ownFills);
    fills = &ownFills;
  }
  for (size_t i = 0; i < n; ++i) {
    fs[i].color = style.color[i];
    fs[i].height = extruded ? style.height[i] : 0.0f;
    fs[i].flags = i < flags.size() ? flags[i] : 0u;
    // Point symbols travel in spare flag bits: a restyle, no geometry upload.
    if (spec.kind == LayerKind::Point && i < shapes->size()) fs[i].flags |= render::shapeFlags((*shapes)[i]);
    if (spec.kind == LayerKind::Point && i < fills->size()) fs[i].flags |= render::fillFlags((*fills)[i]);
  }
  if (h.vacant) {
    std::vector<double> floors;
    data::featureFloors(layer.table, spec.fields, floors);
    std::vector<float> filled;
    // Between quarters the smooth variant: whole floors would jump during playback.
    const bool smooth = quarter && *quarter != std::floor(*quarter);
    data::filledHeights(style.height, floors, occupancy, smooth, filled);
    std::vector<render::FeatureStyle> vac = fs;
    std::vector<render::FeatureStyle> occ = fs;
    for (size_t i = 0; i < n; ++i) {
      occ[i].height = filled[i];
      vac[i].base = filled[i];
      vac[i].height = std::max(0.0f, fs[i].height - filled[i]);
      if (vac[i].height <= 0.0f) vac[i].flags |= render::kFeatureHidden;
      if (occ[i].height <= 0.0f) occ[i].flags |= render::kFeatureHidden;
    }
    r.setFeatureStyle(h.vacant, vac);
    render::LayerParams p = r.layerParams(h.vacant);
    p.visible = visible;
    p.opacity = spec.style.opacity * spec.style.vacantOpacity;
    p.minDistance = spec.minDistance;
    p.maxDistance = spec.maxDistance;
    if (h.lod && spec.lodDistance > 0) p.maxDistance = p.maxDistance > 0 ? std::min(p.maxDistance, spec.lodDistance) : spec.lodDistance;
    r.setLayerParams(h.vacant, p);
    if (h.body) {
      // The body below takes the occupied part; outlines keep the full roofs.
      r.setFeatureStyle(h.body, occ);
    }
  }
  // Distance ranges: the layer's own, split at lodDistance between prisms
  // (and their roof outlines) and flat footprints.
  const double lodAt = extruded && h.lod ? spec.lodDistance : 0.0;
  auto range = [&](render::LayerParams& p, bool far) {
    p.minDistance = spec.minDistance;
    p.maxDistance = spec.maxDistance;
    if (lodAt > 0) {
      if (far) p.minDistance = std::max(p.minDistance, lodAt);
      else p.maxDistance = p.maxDistance > 0 ? std::min(p.maxDistance, lodAt) : lodAt;
    }
  };
  if (h.lod) {
    std::vector<render::FeatureStyle> flat = fs;
    for (auto& f : flat) f.height = 0;
    r.setFeatureStyle(h.lod, flat);
    render::LayerParams p = r.layerParams(h.lod);
    p.visible = visible;
    p.opacity = spec.style.opacity;
    range(p, true);
    r.setLayerParams(h.lod, p);
  }
  if (h.body) {
    if (!h.vacant) r.setFeatureStyle(h.body, fs);
    render::LayerParams p = r.layerParams(h.body);
    p.visible = visible;
    range(p, false);
    p.opacity = spec.style.opacity;
    p.pointSizePx = spec.style.pointSize;
    p.lineWidthPx = spec.style.outlineWidth;
    r.setLayerParams(h.body, p);
  }
  if (h.outline) {
    // Outlines: the style's outline colour (line layers: the feature colour),
    // same heights so roof outlines sit on the roofs.
    if (spec.style.outline && !spec.style.outlineMatch && spec.kind != LayerKind::Line) {
      const glm::u8vec4 oc = toU8(*spec.style.outline);
      for (auto& f : fs) f.color = oc;
    }
    r.setFeatureStyle(h.outline, fs);
    render::LayerParams p = r.layerParams(h.outline);
    p.visible = visible;
    // Outline alpha carries its own opacity; the body's opacity must not fade it twice.
    p.opacity = spec.kind == LayerKind::Line ? spec.style.opacity : 1.0f;
    p.lineWidthPx = spec.style.outlineWidth;
    p.dashPx = outlineDash(spec);
    range(p, false);
    r.setLayerParams(h.outline, p);
  }
}

glm::vec2 outlineDash(const LayerSpec& spec) {
  if (!spec.approximate || spec.kind != LayerKind::Fill) return glm::vec2(0.0f);
  const float w = std::max(1.0f, spec.style.outlineWidth);
  return {5.0f * w, 3.5f * w};
}

OrbitCamera cameraFromSpec(const data::SceneData& data, const CameraSpec& spec) {
  glm::dvec2 c = spec.center;
  geo::threadReprojector("EPSG:4326", data.scene.crs).transform(&c, 1);  // the layers' own, often
  return OrbitCamera::fromSpec(spec, glm::dvec2(data.frame.toLocal(c)));
}

OrbitCamera initialCamera(const data::SceneData& data) { return cameraFromSpec(data, data.scene.camera); }

UploadedScene uploadScene(render::Renderer& r, const data::SceneData& data, std::optional<double> onlyAtDistance) {
  UploadedScene up;
  const std::optional<double> quarter = data::sceneQuarter(data.scene);
  for (size_t i = 0; i < data.layers.size(); ++i) {
    const data::LoadedLayer& l = data.layers[i];
    LayerHandles h = uploadLayer(r, buildLayerBuckets(l, data.frame, onlyAtDistance), static_cast<int>(i));
    EvaluatedStyle style;
    evaluateStyle(*l.spec, l.table, style);
    applyLayerStyle(r, h, l, style, {}, l.spec->visible, quarter);
    up.handles.push_back(h);
  }
  return up;
}

}  // namespace ps::map
