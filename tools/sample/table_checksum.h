#pragma once
// FNV-1a 64 over everything a FeatureTable holds (layer, CRS, geometry bits,
// column names, types, values, nulls), for determinism tests and for the bench
// to notice that the sample data changed. Equal tables give equal sums.
#include <cstdint>

#include "core/feature_table.h"

namespace ps::sample {

uint64_t tableChecksum(const FeatureTable& t);

}  // namespace ps::sample
