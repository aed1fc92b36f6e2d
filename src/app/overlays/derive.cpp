#include "app/overlays/derive.h"

#include "app/overlays/derived_layers.h"
#include "app/overlays/quarter_option.h"
#include "core/error.h"

namespace ps::app::overlays {

void deriveLayers(SceneData& data, std::optional<double> quarter) {
  Scene& scene = data.scene;
  const LoadedLayer* parks = data.find("parks");
  if (parks && parks->spec->derived.kind != DerivedKind::None) parks = nullptr;
  for (size_t i = 0; i < scene.layers.size(); ++i) {
    LayerSpec& spec = scene.layers[i];
    LoadedLayer& l = data.layers[i];
    if (spec.kind == LayerKind::Extrusion && spec.style.occupancyFilled) {
      const bool single = spec.style.colorMode == ColorMode::Single;
      spec.legend.clear();
      // Sector colours stay in the legend above; the two swatches explain solid vs translucent.
      const Rgba grey(0.55f, 0.58f, 0.62f, 1.0f);
      spec.legend = occupancyLegend(single ? spec.style.color : grey, spec.style.vacantOpacity, quarter);
    }
    if (spec.derived.kind == DerivedKind::None) continue;
    DerivedInputs in;
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
    DerivedResult r;
    try {
      deriveLayer(spec, in, r);
    } catch (const Error& e) {
      throw Error(scene.path, std::string(derivedKindName(spec.derived.kind)) + " from '" + spec.derived.from +
                                  "': " + e.what(),
                  "layers[" + std::to_string(i) + "]");
    }
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
}

}  // namespace ps::app::overlays
