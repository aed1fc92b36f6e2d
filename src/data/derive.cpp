#include "data/derive.h"

#include "data/quarter_option.h"
#include "core/error.h"

namespace ps::data {

namespace {

void occupancyFilledLegend(LayerSpec& spec, std::optional<double> quarter) {
  const bool single = spec.style.colorMode == ColorMode::Single;
  spec.legend.clear();
  // Sector colours stay in the legend above; the two swatches explain solid vs translucent.
  const Rgba grey(0.55f, 0.58f, 0.62f, 1.0f);
  spec.legend = occupancyLegend(single ? spec.style.color : grey, spec.style.vacantOpacity, quarter);
}

}  // namespace

DerivedInputs derivedInputs(const SceneData& data, size_t i, std::optional<double> quarter) {
  const LayerSpec& spec = data.scene.layers[i];
  DerivedInputs in;
  const LoadedLayer* parks = data.find("parks");
  if (parks && parks->spec->derived.kind != DerivedKind::None) parks = nullptr;
  const LoadedLayer* from = data.find(spec.derived.from);
  in.from = from ? &from->table : nullptr;
  if (from) in.fromRoles = from->spec->fields;
  if (parks) {
    in.parks = &parks->table;
    in.parkRoles = parks->spec->fields;
  }
  if (!spec.derived.regions.empty())
    if (const LoadedLayer* reg = data.find(spec.derived.regions)) {
      in.regions = &reg->table;
      in.regionRoles = reg->spec->fields;
    }
  in.origin = data.frame.origin;
  in.quarter = quarter;
  return in;
}

void deriveOneLayer(SceneData& data, size_t i, std::optional<double> quarter) {
  LayerSpec& spec = data.scene.layers[i];
  if (spec.derived.kind == DerivedKind::None) return;
  DerivedResult r;
  try {
    deriveLayer(spec, derivedInputs(data, i, quarter), r);
  } catch (const Error& e) {
    throw Error(data.scene.path, std::string(derivedKindName(spec.derived.kind)) + " from '" + spec.derived.from +
                                     "': " + e.what(),
                "layers[" + std::to_string(i) + "]");
  }
  LoadedLayer& l = data.layers[i];
  l.table = std::move(r.table);
  l.report.source = "derived from layer '" + spec.derived.from + "'";
  l.report.layer = spec.id;
  l.report.driver = derivedKindName(spec.derived.kind);
  l.report.read = l.report.kept = l.table.size();
  spec.legend = std::move(r.legend);
  spec.legendNote = std::move(r.note);
  spec.legendNoteEn = std::move(r.noteEn);
  if (!r.categories.empty()) {
    spec.style.categories = std::move(r.categories);
    spec.style.categoryLabels = std::move(r.categoryLabels);
  }
}

void deriveLayers(SceneData& data, std::optional<double> quarter) {
  for (size_t i = 0; i < data.scene.layers.size(); ++i) {
    LayerSpec& spec = data.scene.layers[i];
    if (spec.kind == LayerKind::Extrusion && spec.style.occupancyFilled) occupancyFilledLegend(spec, quarter);
    deriveOneLayer(data, i, quarter);
  }
}

}  // namespace ps::data
