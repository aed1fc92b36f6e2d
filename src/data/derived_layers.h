#pragma once
// Derived layers (scene kinds hexbin, clusters, choropleth, ring_stats): the
// analysis functions turned into tables the existing renderer draws, with the
// legend that explains them. Pure: inputs in, caller-owned result out; runs on
// the loader's thread (GEOS through its reentrant API only).
//
//   hexbin      analysis::binBuildings + hexBinsToTable: hexagon polygons with
//               height_m (drawn as columns), dominant / share_sel for colour.
//   clusters    analysis::clusterBySector + clusterHulls, plus label / label_en
//               "sector · N parks · GFA" for the hull labels.
//   choropleth  analysis::districtTotals + choropleth: the regions' own polygons
//               and columns plus value, value_text and class ("0".."k-1",
//               "" = no data); categories and labels give each class its
//               colour and its range with units.
//   ring_stats  analysis::buildRings + ringTotals + ringsToTable.
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "core/feature_table.h"
#include "scene/scene.h"

namespace ps::data {

struct DerivedInputs {
  const FeatureTable* from = nullptr;      // buildings (or parks): needs a GFA field
  FieldRoles fromRoles;
  const FeatureTable* parks = nullptr;     // optional: park counts per region / ring
  FieldRoles parkRoles;
  const FeatureTable* regions = nullptr;   // choropleth: region polygons; ring_stats: campus points
  FieldRoles regionRoles;
  glm::dvec2 origin{0, 0};                 // hex grid origin (the scene's local origin)
  std::optional<double> quarter;           // vacancy at this quarter index; nullopt = now
};

struct DerivedResult {
  FeatureTable table;
  std::vector<LegendItem> legend;
  std::string note, noteEn;                // one line beside the legend title
  std::map<std::string, Rgba> categories;  // choropleth: class -> colour
  std::map<std::string, std::pair<std::string, std::string>> categoryLabels;
};

// Dispatches on layer.derived.kind. Throws ps::Error (the from layer's source,
// the problem) when an input is missing or lacks a GFA field.
void deriveLayer(const LayerSpec& layer, const DerivedInputs& in, DerivedResult& out);

void hexbinLayer(const LayerSpec& layer, const DerivedInputs& in, DerivedResult& out);
void clusterLayer(const LayerSpec& layer, const DerivedInputs& in, DerivedResult& out);
void choroplethLayer(const LayerSpec& layer, const DerivedInputs& in, DerivedResult& out);
void ringStatsLayer(const LayerSpec& layer, const DerivedInputs& in, DerivedResult& out);

// Legend of an extrusion layer drawn with style.occupancy = "filled": a solid
// and a translucent swatch in `color`, stamped with the quarter when given.
std::vector<LegendItem> occupancyLegend(const Rgba& color, float vacantOpacity, std::optional<double> quarter);

}  // namespace ps::data
