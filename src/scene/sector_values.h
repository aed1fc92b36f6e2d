#pragma once
// Mapping a source's own sector values ("生物医药", "新能源", "AI", "光芯片产业")
// onto the seven sectors of core/sectors.h: by id or name, by sub-sector, by a
// synonym table of the words bureau files use, or by a synonym contained in
// the value. What matches nothing is listed, for the user to map by hand. The
// mapping a user accepts lives in the scene ([[layers]] sector_values) and is
// applied when the layer loads (data::loadSceneData).
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/feature_table.h"
#include "core/sectors.h"

namespace ps {

// The sector `value` denotes, nullptr when none; `how` (may be null) receives
// why, e.g. "sector name 前沿生物", "sub-sector 光芯片 of 泛在网络",
// "synonym 生物医药", "contains 新能源".
const Sector* matchSectorValue(std::string_view value, std::string* how = nullptr);

struct SectorValue {
  std::string value;
  size_t count = 0;        // features with this value
  std::string sector;      // sector id; "" when unmatched
  std::string how;         // why (matchSectorValue), "" when unmatched
};

struct SectorValueMapping {
  std::vector<SectorValue> values;  // distinct non-empty values, most frequent first
  size_t matchedFeatures = 0, unmatchedFeatures = 0;
  bool truncated = false;           // more than maxValues distinct values: the rest not listed
  std::vector<std::string> unmatched() const;
  // value -> sector id for the values that are not already a sector id (what a
  // scene's sector_values needs to hold).
  std::map<std::string, std::string> table() const;
};

SectorValueMapping mapSectorValues(const Column& column, size_t maxValues = 500);

// Replaces each value of `column` found in `table` (value -> sector id) by the
// sector id; other values stay. Returns how many rows changed.
size_t applySectorValues(Column& column, const std::map<std::string, std::string>& table);

}  // namespace ps
