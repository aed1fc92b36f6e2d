#include "viewer/feature_text.h"

#include <cmath>
#include <cstdio>

#include "core/sectors.h"
#include "scene/field_roles.h"
#include "viewer/style.h"

namespace ps::viewer {

std::string fieldLabel(const ViewerState& s, uint32_t layer, const std::string& column) {
  const FieldRoles& r = s.data->layers[layer].spec->fields;
  for (const FieldRoleDef& d : fieldRoleTable())
    if (d.labelKey && r.*d.member == column) return s.tr(d.labelKey);
  const std::string key = "field." + column;
  return s.strings.has(key) ? s.tr(key) : column;
}

std::string featureName(const ViewerState& s, FeatureRef f) {
  if (!s.data || f.layer >= s.data->layers.size()) return {};
  const auto& L = s.data->layers[f.layer];
  const FieldRoles& r = L.spec->fields;
  if (s.lang == Lang::En && !r.nameEn.empty())
    if (const Column* c = L.table.column(r.nameEn); c && !c->isNull(f.row) && !c->asString(f.row).empty())
      return c->asString(f.row);
  const std::string& nf = r.name.empty() ? L.spec->labelField : r.name;
  if (!nf.empty())
    if (const Column* c = L.table.column(nf); c && !c->isNull(f.row)) return c->asString(f.row);
  if (!r.id.empty())
    if (const Column* c = L.table.column(r.id); c && !c->isNull(f.row)) return c->asString(f.row);
  return "#" + std::to_string(f.row < L.table.fid.size() ? L.table.fid[f.row] : f.row);
}

namespace {
std::string thousands(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(v));
  std::string s(buf);
  size_t dot = s.find('.');
  std::string intPart = s.substr(0, dot), frac = dot == std::string::npos ? "" : s.substr(dot);
  std::string out;
  for (size_t i = 0; i < intPart.size(); ++i) {
    if (i > 0 && (intPart.size() - i) % 3 == 0) out += ',';
    out += intPart[i];
  }
  return (v < 0 ? "-" : "") + out + frac;
}
}  // namespace

std::string formatValue(const ViewerState& s, uint32_t layer, const Column& col, size_t row) {
  if (col.isNull(row)) return "—";
  const LayerSpec& spec = *s.data->layers[layer].spec;
  const std::string unit = unitKeyFor(spec, col.name);
  if (col.name == spec.fields.sector) {
    if (const Sector* sec = findSector(col.asString(row))) return std::string(s.lang == Lang::Zh ? sec->zh : sec->en);
  }
  if (col.name == spec.fields.subSector) {
    if (const SubSector* ss = findSubSector(col.asString(row))) return std::string(s.lang == Lang::Zh ? ss->zh : ss->en);
  }
  if (!col.numeric()) return col.asString(row);
  double v = col.asReal(row);
  if (unit == "unit.ratio") return thousands(v * 100.0, 1) + " %";
  if (unit == "unit.m2") return thousands(v, 0) + " " + s.tr("unit.m2");
  if (unit == "unit.m") return thousands(v, 1) + " " + s.tr("unit.m");
  if (unit == "unit.floors") return thousands(v, 0) + " " + s.tr("unit.floors");
  // Identifiers and years are read as they are written: no thousands separator.
  auto named = [&](const char* part) { return col.name.find(part) != std::string::npos; };
  if (col.type == FieldType::Integer)
    return col.name == "fid" || col.name == "id" || named("code") || named("year") || named("_id") ? col.asString(row)
                                                                                                  : thousands(v, 0);
  return thousands(v, std::fabs(v) >= 100 ? 1 : 3);
}

}  // namespace ps::viewer
