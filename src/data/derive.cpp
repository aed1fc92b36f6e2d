#include "data/derive.h"

#include <algorithm>

#include "data/quarter_option.h"
#include "core/cancel.h"
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

// The rows of `t` where keep[row] != 0 (geometry, fid and every column), in
// order; rows past keep's end are kept: the features a filter lets through.
FeatureTable keepRows(const FeatureTable& t, const std::vector<uint8_t>& keep) {
  FeatureTable out;
  out.source = t.source;
  out.layer = t.layer;
  out.crs = t.crs;
  out.columns.reserve(t.columns.size());
  for (const Column& c : t.columns) out.columns.push_back(Column{c.name, c.type, {}, {}, {}, {}});
  const GeometryColumn& g = t.geom;
  GeometryColumn& o = out.geom;
  for (size_t r = 0; r < t.size(); ++r) {
    if (r < keep.size() && !keep[r]) continue;
    o.kind.push_back(g.kind[r]);
    for (uint32_t p = g.featurePart[r]; p < g.featurePart[r + 1]; ++p) {
      for (uint32_t ring = g.partRing[p]; ring < g.partRing[p + 1]; ++ring) {
        o.coords.insert(o.coords.end(), g.coords.begin() + g.ringCoord[ring], g.coords.begin() + g.ringCoord[ring + 1]);
        o.ringCoord.push_back(static_cast<uint32_t>(o.coords.size()));
      }
      o.partRing.push_back(static_cast<uint32_t>(o.ringCoord.size() - 1));
    }
    o.featurePart.push_back(static_cast<uint32_t>(o.partRing.size() - 1));
    if (r < t.fid.size()) out.fid.push_back(t.fid[r]);
    for (size_t c = 0; c < t.columns.size(); ++c) {
      const Column& in = t.columns[c];
      Column& dst = out.columns[c];
      if (r >= in.size()) continue;
      dst.null.push_back(in.null[r]);
      if (in.type == FieldType::Integer) dst.ints.push_back(in.ints[r]);
      if (in.type == FieldType::Real) dst.reals.push_back(in.reals[r]);
      if (in.type == FieldType::String) dst.strings.push_back(in.strings[r]);
    }
  }
  return out;
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

void deriveOneLayer(SceneData& data, size_t i, std::optional<double> quarter, const std::vector<uint8_t>& fromPass) {
  LayerSpec& spec = data.scene.layers[i];
  if (spec.derived.kind == DerivedKind::None) return;
  DerivedResult r;
  try {
    DerivedInputs in = derivedInputs(data, i, quarter);
    FeatureTable passing;
    if (in.from && std::find(fromPass.begin(), fromPass.end(), uint8_t{0}) != fromPass.end()) {
      passing = keepRows(*in.from, fromPass);
      in.from = &passing;
    }
    deriveLayer(spec, in, r);
  } catch (const Cancelled&) {
    throw;  // not the layer's fault
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
