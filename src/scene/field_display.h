#pragma once
// The one table of how a field is shown to a reader (the inspector, the
// tooltip, a feature's title): which columns are internal and hidden, what
// each value means (a rate shown as %, an area in m² / 万 m², a year, a yes/no
// flag, money with its unit, a policy enum translated) and how a feature of a
// derived layer is titled. Labels and enum values come from the string table
// (field.<column>, enum.<field>.<value>), so both languages live in one place.
// Pure: no GUI, no files.
#include <cstddef>
#include <string>

#include "core/feature_table.h"
#include "core/i18n.h"
#include "scene/scene.h"

namespace ps {

enum class FieldShow : uint8_t {
  Text,       // as written (a category label or enum translation when the table has one)
  Hidden,     // internal: not shown to a reader
  Code,       // identifiers: as written, no thousands separator
  Count,      // whole numbers with thousands separators
  Number,     // a plain real: up to 2 decimals
  Year,       // 2023 年 / 2023
  Percent,    // a 0..1 fraction shown as 58.4 %
  Area,       // m², with 万 m² beside large Chinese values
  AreaKm2,    // km²
  Length,     // metres
  Degrees,    // a longitude or latitude: 104.0409° (4 decimals, about 10 m)
  Bilingual,  // "Wangjiang 望江": the part in the UI language (望江 / Wangjiang)
  Floors,     // storeys
  Money,      // CNY per m² and month
  Bool,       // 是 / 否, Yes / No
  Sector,     // a sector id -> its name
  SubSector,  // a sub-sector id -> its name
};

struct FieldDisplay {
  FieldShow show = FieldShow::Text;
  std::string labelKey;  // i18n key of the label ("" = the column's own name)
  std::string sectorId;  // gfa_<sector> / share_<sector>: the label names this sector
  std::string enumKey;   // values read as enum.<enumKey>.<value> where the table has them
};

// How `column` of `layer` is shown: by its role (gfa, occupancy...), then by
// the rules table (names, prefixes, suffixes), else as text / a number.
FieldDisplay fieldDisplay(const LayerSpec& layer, const std::string& column);

// The label of `column` in `lang`: its own field.<column> key, else its
// role's label, else a sector-specific label, else the raw name.
std::string fieldDisplayLabel(const LayerSpec& layer, const std::string& column, const StringTable& strings,
                              Lang lang);

// `col`'s value at `row` as a reader sees it ("—" for null).
std::string formatFieldValue(const LayerSpec& layer, const Column& col, size_t row, const StringTable& strings,
                             Lang lang);

// A feature's title where the layer has a rule for it (hexagons by dominant
// sector and GFA, rings by campus and radius, clusters by their label); ""
// when the layer's name fields should be used.
std::string derivedFeatureTitle(const LayerSpec& layer, const FeatureTable& table, size_t row,
                                const StringTable& strings, Lang lang);

// Number helpers shared by the rules: 12,345.6; 8,500 m² / 12.35 万 m².
std::string groupedNumber(double v, int decimals);
std::string areaText(double m2, Lang lang, const StringTable& strings);

}  // namespace ps
