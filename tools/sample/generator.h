#pragma once
// The deterministic sample-data generator: synthetic parks, parcels, buildings
// (with 2024Q1-2026Q4 occupancy), tenants and ecosystem sites placed around the
// real anchors, plus the real-but-approximate layers (zones, clusters,
// campuses). Pure: same anchors + options -> identical tables, on any machine
// with IEEE doubles (randomness comes only from sample/prng.h).
//
// Layer and field names are a contract (docs/DATA.md); other modules and the
// default scene (geodata/chengdu.toml) code against them.
#include <cstdint>
#include <string>
#include <vector>

#include "core/feature_table.h"
#include "sample/anchors.h"
#include "sample/municipality.h"

namespace ps::sample {

inline constexpr const char* kGeneratorVersion = "2.0.0";
inline constexpr const char* kSampleStatus = "SAMPLE - synthetic data, not real";
inline constexpr const char* kSampleSiteStatus = "SAMPLE - synthetic";
inline constexpr const char* kRealSiteStatus = "REAL place, approximate position";
inline constexpr uint64_t kDefaultSeed = 20240103;  // the policy's date, 成府发〔2024〕2号
// occ_2024q1 ... occ_2026q4
inline constexpr int kQuarters = 12;
std::string quarterColumn(int q);  // 0 -> "occ_2024q1"

struct GeneratorOptions {
  uint64_t seed = kDefaultSeed;
  double scale = 1.0;   // multiplies the number of parks (the base plan has 60)
  bool tenants = true;  // false leaves the tenants layer empty (for very large benches)
  // The real district polygons (required): parks' `district` comes from them and nothing is
  // placed outside the municipality.
  const Municipality* municipality = nullptr;
};

struct SampleData {
  // All in EPSG:4326, lon/lat order. Layer names as in FeatureTable::layer.
  FeatureTable parks, parcels, buildings, tenants, zones, ecosystem, universities;
  size_t parksSkipped = 0;  // planned parks that found no free place (only at large --scale)

  std::vector<const FeatureTable*> layers() const {
    return {&zones, &parks, &parcels, &buildings, &tenants, &ecosystem, &universities};
  }
};

// Throws ps::Error if scale is not in (0, 10000], the municipality is missing or an anchor the
// plan names is missing.
SampleData generateSample(const Anchors& anchors, const GeneratorOptions& options);

}  // namespace ps::sample
