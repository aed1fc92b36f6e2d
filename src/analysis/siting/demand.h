#pragma once
// A siting demand: who is looking for space and what they need, parsed from a
// TOML file (format in docs/SITING.md, examples in geodata/demands/).
//
// Contract: parseDemand either returns a Demand that evaluate() can use as is
// or throws ps::Error whose file() is the demand file and key() the dotted
// TOML key at fault ("criteria.space.min_m2"). Unknown keys are errors, so a
// typo never silently drops a constraint.
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/siting/criteria.h"

namespace ps::siting {

enum class CandidateKind { Buildings, Parcels };

// One criterion as the demand states it. Which fields apply depends on the
// criterion (docs/SITING.md); unused ones stay NaN / empty.
struct CriterionSpec {
  bool enabled = false;      // the [criteria.<id>] table is present
  bool hard = false;         // filter (true) or weighted soft criterion (false)
  double weight = 0;         // soft weight >= 0; a hard criterion may also carry one (default 0)
  double min = NAN;          // range lower bound (space: min_m2; floors; occupancy; rent)
  double max = NAN;          // range upper bound (space: max_m2; floors; occupancy; rent)
  double maxDistance = NAN;  // ring, near, ecosystem: max_m
  double radius = NAN;       // agglomeration: radius_m
  double minCount = NAN;     // agglomeration: hard threshold on the count
  double saturation = NAN;   // agglomeration: count at which the score reaches 1
  double falloff = NAN;      // floors, occupancy, rent: distance outside [min,max] at which the score reaches 0
  bool subSector = false;    // sector, agglomeration: match the sub-sector rather than the sector
  bool sectorOnly = false;   // ecosystem: only sites of the demand's sector (or of no sector)
  std::vector<std::string> values;  // zone/district/land_use: allowed; near: targets; ecosystem, building_type: kinds/types
  double minLoad = NAN;      // building_type: min_floor_load (kN/m²)
};

// Scene layer ids for each role the engine reads (defaults: the Chengdu scene's).
struct LayerRoles {
  std::string buildings = "buildings", parcels = "parcels", parks = "parks", zones = "zones",
              districts = "districts", rings = "rings", universities = "universities",
              ecosystem = "ecosystem", tenants = "tenants";
};

struct Demand {
  std::string path;          // the file it came from (for messages)
  std::string name, nameEn;  // shown in the panel, the report and exports
  std::string sector;        // sector id (core/sectors.h)
  std::string subSector;     // sub-sector id, "" = any
  CandidateKind candidates = CandidateKind::Buildings;
  int top = 10;
  LayerRoles layers;
  PerCriterion<CriterionSpec> criteria;

  const CriterionSpec& operator[](Criterion c) const { return criteria[static_cast<size_t>(c)]; }
  CriterionSpec& operator[](Criterion c) { return criteria[static_cast<size_t>(c)]; }
};

Demand parseDemand(std::string_view tomlText, const std::string& path);
Demand loadDemand(const std::string& path);  // reads the file, then parseDemand

// The soft weights as one array (what the UI's sliders edit); 0 for disabled criteria.
PerCriterion<double> demandWeights(const Demand& d);

}  // namespace ps::siting
