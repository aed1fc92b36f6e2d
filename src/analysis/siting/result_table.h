#pragma once
// A siting result as a FeatureTable, the shape every vector export writes
// (io::writeTable): one row per ranked candidate, in rank order, with the
// candidate's geometry in the scene CRS (MultiPolygon footprints; a point at
// the anchor for candidates without a polygon). Columns: rank, id, name_zh,
// name_en, park, zone, district, score, tie, c_<criterion> and raw_<criterion>
// (null when unknown) for each criterion the demand uses, explain_zh, explain_en.
#include <cstddef>
#include <vector>

#include "analysis/siting/engine.h"
#include "core/feature_table.h"

namespace ps::siting {

// The criteria the demand uses, in criterion order (the c_ / raw_ columns).
std::vector<size_t> usedCriteria(const SitingResult& r);

FeatureTable resultTable(const SitingResult& r, const SitingIndex& index);

}  // namespace ps::siting
