#include "viewer/feature_text.h"

#include "scene/field_display.h"

namespace ps::viewer {

std::string fieldLabel(const ViewerState& s, uint32_t layer, const std::string& column) {
  return fieldDisplayLabel(*s.data->layers[layer].spec, column, s.strings, s.lang);
}

bool fieldHidden(const ViewerState& s, uint32_t layer, const std::string& column) {
  return fieldDisplay(*s.data->layers[layer].spec, column).show == FieldShow::Hidden;
}

std::string featureName(const ViewerState& s, FeatureRef f) {
  if (!s.data || f.layer >= s.data->layers.size()) return {};
  const auto& L = s.data->layers[f.layer];
  const FieldRoles& r = L.spec->fields;
  if (std::string t = derivedFeatureTitle(*L.spec, L.table, f.row, s.strings, s.lang); !t.empty()) return t;
  if (s.lang == Lang::En && !r.nameEn.empty())
    if (const Column* c = L.table.column(r.nameEn); c && !c->isNull(f.row) && !c->asString(f.row).empty())
      return c->asString(f.row);
  const std::string& nf = r.name.empty() ? L.spec->labelField : r.name;
  if (!nf.empty())
    if (const Column* c = L.table.column(nf); c && !c->isNull(f.row) && !c->asString(f.row).empty())
      return c->asString(f.row);
  if (!r.id.empty())
    if (const Column* c = L.table.column(r.id); c && !c->isNull(f.row)) return c->asString(f.row);
  return "#" + std::to_string(f.row < L.table.fid.size() ? L.table.fid[f.row] : f.row);
}

namespace {

// A district named in a feature's `district` field, in English: the English
// name of the region with that (Chinese) name in a loaded fill layer that maps
// both names (the districts). "" when no layer knows it.
std::string districtInEnglish(const ViewerState& s, const std::string& zh) {
  for (const auto& L : s.data->layers) {
    const FieldRoles& r = L.spec->fields;
    if (L.spec->kind != LayerKind::Fill || r.name.empty() || r.nameEn.empty()) continue;
    const Column* name = L.table.column(r.name);
    const Column* en = L.table.column(r.nameEn);
    if (!name || !en) continue;
    for (size_t i = 0; i < L.table.size(); ++i)
      if (!name->isNull(i) && name->asString(i) == zh && !en->isNull(i)) return en->asString(i);
  }
  return {};
}

// The place a park relies on (its anchor_id: a campus's id, uestc_shahe), by
// that place's name in the UI language: the first point layer whose id column
// holds the value. "" when no layer has it.
std::string anchorName(const ViewerState& s, uint32_t layer, const std::string& id) {
  for (uint32_t li = 0; li < s.data->layers.size(); ++li) {
    const auto& L = s.data->layers[li];
    if (li == layer || L.spec->kind != LayerKind::Point || L.spec->fields.id.empty()) continue;
    const Column* c = L.table.column(L.spec->fields.id);
    if (!c) continue;
    for (uint32_t r = 0; r < c->size(); ++r)
      if (!c->isNull(r) && c->asString(r) == id) return featureName(s, {li, r});
  }
  return {};
}

}  // namespace

std::string formatValue(const ViewerState& s, uint32_t layer, const Column& col, size_t row) {
  const LayerSpec& spec = *s.data->layers[layer].spec;
  // The table shows hidden columns too (a reader asked for every column).
  if (fieldDisplay(spec, col.name).show == FieldShow::Hidden) return col.isNull(row) ? "—" : col.asString(row);
  if (s.lang == Lang::En && !spec.fields.district.empty() && col.name == spec.fields.district && !col.isNull(row))
    if (std::string en = districtInEnglish(s, col.asString(row)); !en.empty()) return en;
  if (col.name == "anchor_id" && !col.isNull(row))
    if (std::string name = anchorName(s, layer, col.asString(row)); !name.empty()) return name;
  return formatFieldValue(spec, col, row, s.strings, s.lang);
}

}  // namespace ps::viewer
