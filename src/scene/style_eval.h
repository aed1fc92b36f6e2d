#pragma once
// Evaluates a layer's style against its features: one colour, one height and
// one point symbol per feature. Pure (no GL): the renderer uploads the result as per-feature
// data, the legend describes the same rules, the viewer re-evaluates it when a
// style changes, without touching the geometry.
#include <cstdint>
#include <string>
#include <vector>

#include <glm/vec4.hpp>

#include "core/feature_table.h"
#include "scene/scene.h"

namespace ps {

struct EvaluatedStyle {
  std::vector<glm::u8vec4> color;  // per feature, straight alpha; the layer's opacity is applied by the renderer
  std::vector<float> height;       // per feature, metres (extrusions), already scaled
  std::vector<PointShape> shape;   // per feature (point layers draw it; Circle elsewhere)
  std::vector<PointFill> fill;     // per feature (point layers; Solid elsewhere)
};

// One legend entry: what a colour means.
struct LegendEntry {
  std::string label;     // category value (Chinese name for sectors) or a ramp stop value
  std::string labelEn;
  glm::u8vec4 color;
  size_t count = 0;      // features with this colour (categories only)
  PointShape shape = PointShape::Circle;  // the symbol, for point layers
  PointFill fill = PointFill::Solid;      // ... and its fill
};

// The column a role or field name refers to: `name` may be a role ("sector",
// "height"...) mapped in `fields`, or a column name. nullptr if neither.
const Column* resolveField(const FeatureTable& t, const FieldRoles& fields, const std::string& name);

void evaluateStyle(const LayerSpec& layer, const FeatureTable& t, EvaluatedStyle& out);
// Just the symbols (what evaluateStyle writes to out.shape): cheap unless the
// style maps categories to shapes.
void evaluateShapes(const LayerSpec& layer, const FeatureTable& t, std::vector<PointShape>& out);
// Per-feature fills from `fill_field` + `fills` (Solid where none applies).
void evaluateFills(const LayerSpec& layer, const FeatureTable& t, std::vector<PointFill>& out);

// The legend of a point layer's symbol rules keyed on their own fields: one
// entry per `fills` value (the fill on a neutral disc) and per `shape_field`
// value (the shape, solid, neutral), fills in their order (solid, half,
// hollow, dotted), shapes by value; labels from `symbol_labels`; only values some counted feature has (mask: nullptr =
// every feature; else mask[f] != 0 counts). Empty when the layer has none.
std::vector<LegendEntry> fillLegend(const LayerSpec& layer, const FeatureTable& t, const std::vector<uint8_t>* mask);
std::vector<LegendEntry> shapeFieldLegend(const LayerSpec& layer, const FeatureTable& t, const std::vector<uint8_t>* mask);

// The symbol of a colour-category value (style.shapes, else style.shape).
PointShape shapeFor(const StyleSpec& style, const std::string& categoryValue);

// Legend entries for the layer's colour rule (categories in order of first
// appearance, sectors in policy order; ramps as 5 stops with values).
std::vector<LegendEntry> legendFor(const LayerSpec& layer, const FeatureTable& t);

glm::u8vec4 toU8(const Rgba& c);
Rgba rampColor(const std::vector<Rgba>& stops, double t01);

}  // namespace ps
