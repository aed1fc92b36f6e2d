#pragma once
// The import dialog's model: files dropped or opened (GIS files, or "PG:"
// connections under --allow-network) are inspected (data/source_inspect.h:
// layers, geometry, count, CRS, the field roles guessed with their reasons,
// the sector value mapping); the user changes roles and sector values, leaves
// layers out, and OK hands the chosen layers to the viewer, which adds them
// to the scene and reloads. Saving the scene then keeps the roles and the
// sector mapping (sector_values). The panel (ui/import_panel.cpp) only reads
// this and calls these commands: it never touches GDAL.
#include <memory>
#include <string>
#include <vector>

#include "data/source_inspect.h"
#include "viewer/state.h"

namespace ps::viewer {

struct ImportLayer {
  size_t source = 0;            // index into ImportSession::sources
  size_t layer = 0;             // index into that source's layers
  bool include = true;          // readable layers with geometry are in by default
  FieldRoles roles;             // as guessed, then as the user set them
  std::vector<std::string> reasons;  // per role (fieldRoleTable() order): the guess's reason or the hand check
  LayerSpec proposal;           // what OK adds
};

struct ImportSession {
  std::vector<data::SourceInspection> sources;
  std::vector<ImportLayer> layers;
  int current = 0;              // the layer shown in the dialog
  std::vector<std::string> errors;  // files that could not be opened at all
  const data::InspectedLayer& inspected(const ImportLayer& l) const { return sources[l.source].layers[l.layer]; }
};

// Inspects `path` and adds its layers to the open dialog (opening it).
// A file that cannot be read is listed in the dialog's errors and toasted.
void beginImport(ViewerState& s, const std::string& path);
// The user picks `field` ("" = none) for `role` of dialog layer `li`.
void setImportRole(ViewerState& s, size_t li, const std::string& role, const std::string& field);
// The user maps a sector value by hand (sectorId "" = leave unmapped).
void setImportSectorValue(ViewerState& s, size_t li, const std::string& value, const std::string& sectorId);
void setImportInclude(ViewerState& s, size_t li, bool include);
void cancelImport(ViewerState& s);
// OK: the chosen layers, with ids unique against `existing`; closes the dialog.
std::vector<LayerSpec> finishImport(ViewerState& s, const std::vector<LayerSpec>& existing);

// The dialog's texts (file, layer and field names, reasons, values) for the glyph atlas.
void importFontTexts(const ImportSession& im, std::vector<std::string>& out);

}  // namespace ps::viewer
