#pragma once
// What a planner's own file holds and how Parkscape proposes to draw it: every
// layer with its geometry, count and CRS (declared, or told from the
// coordinates where that is unambiguous), the field roles guessed with their
// reasons (scene/field_guess.h), the sector value mapping, and a proposed
// scene layer. One home for `parkscape info --suggest` and the viewer's import
// dialog (the UI never calls GDAL: this runs behind the viewer's model).
#include <string>
#include <vector>

#include "core/feature_table.h"
#include "scene/field_guess.h"
#include "scene/scene.h"

namespace ps::data {

struct InspectedLayer {
  std::string name;              // layer name in the source
  FeatureTable table;            // as read, source CRS (for previews and checks)
  LoadReport report;
  std::string crs;               // the CRS used ("EPSG:4523"), "" when unknown
  std::string crsName;           // "CGCS2000 / 3-degree Gauss-Kruger zone 35"
  std::string crsNote;           // how it was found: declared, or told from the coordinates (and why)
  std::string error;             // non-empty: this layer could not be read (the others still are)
  FieldGuesses guesses;
  LayerSpec proposal;            // source path / layer / crs filled in
};

struct SourceInspection {
  std::string path;
  std::vector<InspectedLayer> layers;
};

// Reads every layer of `path` (a file or a "PG:" connection string; the caller
// enforces --allow-network). `base` supplies CSV columns, datum and a CRS
// override. Throws ps::Error naming the file when it cannot be opened at all.
SourceInspection inspectSource(const std::string& path, const SourceSpec& base = {});

// A scene holding the proposed layers, its camera over their extent: what
// `parkscape info --suggest` prints (Scene::path / dir are the caller's).
Scene suggestScene(const SourceInspection& inspection);

// `layer` re-proposed after the user changed a role (the dialog): the same
// rules as proposeLayer with `roles` instead of the guesses.
LayerSpec reproposeLayer(const InspectedLayer& layer, const FieldRoles& roles);

// A scene layer id from a source layer name: ASCII letters, digits, '_' ("建筑" -> "jz").
std::string layerIdFor(const std::string& name, const std::vector<std::string>& taken);

}  // namespace ps::data
