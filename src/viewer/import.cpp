#include "viewer/import.h"

#include <algorithm>

#include "core/error.h"
#include "scene/field_roles.h"
#include "viewer/commands.h"

namespace ps::viewer {
namespace {

ImportLayer* layerAt(ViewerState& s, size_t li) {
  return s.import && li < s.import->layers.size() ? &s.import->layers[li] : nullptr;
}

}  // namespace

void beginImport(ViewerState& s, const std::string& path) {
  if (!s.import) s.import = std::make_shared<ImportSession>();
  ImportSession& im = *s.import;
  try {
    im.sources.push_back(data::inspectSource(path));
  } catch (const Error& e) {
    im.errors.push_back(e.what());
    toast(s, e.what(), true, 8.0);
    return;
  }
  const size_t si = im.sources.size() - 1;
  const data::SourceInspection& src = im.sources[si];
  for (size_t k = 0; k < src.layers.size(); ++k) {
    const data::InspectedLayer& in = src.layers[k];
    ImportLayer l;
    l.source = si;
    l.layer = k;
    l.include = in.error.empty() && in.table.size() > 0 && !in.crs.empty();
    l.roles = in.guesses.fieldRoles();
    for (const FieldGuess& g : in.guesses.roles) l.reasons.push_back(g.reason);
    l.proposal = in.proposal;
    im.layers.push_back(std::move(l));
  }
  if (im.current < 0 || static_cast<size_t>(im.current) >= im.layers.size()) im.current = 0;
}

void setImportRole(ViewerState& s, size_t li, const std::string& role, const std::string& field) {
  ImportLayer* l = layerAt(s, li);
  const FieldRoleDef* d = findRole(role);
  if (!l || !d) return;
  const data::InspectedLayer& in = s.import->inspected(*l);
  if (!field.empty() && !in.table.column(field)) return;
  l->roles.*d->member = field;
  const size_t ri = static_cast<size_t>(d - fieldRoleTable().data());
  if (ri < l->reasons.size())
    l->reasons[ri] = field.empty() ? "left unmapped by hand" : checkFieldForRole(in.table, role, field);
  const std::map<std::string, std::string> keep = l->proposal.sectorValues;
  const bool sectorChanged = role == "sector";
  l->proposal = data::reproposeLayer(in, l->roles);
  if (!sectorChanged)  // hand-made sector mappings survive other role changes
    for (const auto& [v, id] : keep) l->proposal.sectorValues[v] = id;
}

void setImportSectorValue(ViewerState& s, size_t li, const std::string& value, const std::string& sectorId) {
  ImportLayer* l = layerAt(s, li);
  if (!l) return;
  if (sectorId.empty()) l->proposal.sectorValues.erase(value);
  else if (const Sector* sec = findSector(sectorId)) l->proposal.sectorValues[value] = std::string(sec->id);
}

void setImportInclude(ViewerState& s, size_t li, bool include) {
  if (ImportLayer* l = layerAt(s, li)) l->include = include && s.import->inspected(*l).error.empty();
}

void cancelImport(ViewerState& s) { s.import.reset(); }

std::vector<LayerSpec> finishImport(ViewerState& s, const std::vector<LayerSpec>& existing) {
  std::vector<LayerSpec> out;
  if (!s.import) return out;
  std::vector<std::string> taken;
  for (const LayerSpec& l : existing) taken.push_back(l.id);
  for (const ImportLayer& l : s.import->layers) {
    if (!l.include) continue;
    LayerSpec spec = l.proposal;
    std::string id = spec.id;
    for (int k = 2; std::find(taken.begin(), taken.end(), id) != taken.end(); ++k) id = spec.id + "_" + std::to_string(k);
    spec.id = id;
    taken.push_back(id);
    out.push_back(std::move(spec));
  }
  s.import.reset();
  return out;
}

void importFontTexts(const ImportSession& im, std::vector<std::string>& out) {
  for (const std::string& e : im.errors) out.push_back(e);
  for (const data::SourceInspection& src : im.sources) {
    out.push_back(src.path);
    for (const data::InspectedLayer& l : src.layers) {
      out.push_back(l.name + l.crsName + l.crsNote + l.error);
      for (const FieldGuess& g : l.guesses.roles) out.push_back(g.reason);
      for (const std::string& n : l.guesses.notes) out.push_back(n);
      for (const Column& c : l.table.columns) {
        std::string joined = c.name;
        for (size_t r = 0; r < std::min<size_t>(c.size(), 50); ++r) joined += c.asString(r);
        out.push_back(std::move(joined));
      }
      for (const SectorValue& v : l.guesses.sectorValues.values) out.push_back(v.value + v.how);
    }
  }
}

}  // namespace ps::viewer
