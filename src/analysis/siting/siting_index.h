#pragma once
// SitingIndex: everything about a scene that siting needs, gathered once per
// scene and candidate kind, so evaluating a demand is a pass of index queries
// and re-ranking after a weight change touches no geometry at all.
//
// Inputs are FeatureTables already in the scene's projected CRS (metres).
// Absent layers and fields are recorded, not fatal: evaluate() fails, naming
// the layer, the field and the file, only when a demand actually needs them.
#include <cstdint>
#include <string>
#include <vector>

#include <glm/vec2.hpp>

#include "analysis/siting/demand.h"
#include "analysis/siting/grid_index.h"
#include "core/feature_table.h"
#include "scene/scene.h"

namespace ps::siting {

// A scene layer in a role. fields may be null (use the sample data's names).
struct LayerInput {
  const FeatureTable* table = nullptr;  // null = the scene has no such layer
  std::string id;                       // scene layer id, for messages
  const FieldRoles* fields = nullptr;
};

struct SitingInputs {
  LayerInput buildings, parcels, parks, zones, districts, rings, universities, ecosystem, tenants;
  std::string crs = "EPSG:4507";  // CRS of every table's coordinates
  double ringRadius = 0;          // rings given as points: their buffer radius, m
  std::string scenePath;          // the scene file the layers come from, for messages
};

// A named polygon set (zones, districts) with each candidate's containers.
struct Regions {
  bool present = false;
  std::string layer, source;
  std::vector<std::string> id, nameZh, nameEn;
  std::vector<uint32_t> memberStart{0}, members;  // CSR: regions containing candidate i
};

// Points (universities, ecosystem sites, agglomeration tenants).
struct PointSet {
  bool present = false;
  std::string layer, source;
  std::vector<glm::dvec2> pos;
  std::vector<std::string> id, nameZh, nameEn, kind, sector, subSector;
  std::vector<double> weight;  // tenants: 1 per tenant; buildings fallback: their tenant count
  GridIndex grid;
};

struct SitingIndex {
  CandidateKind kind = CandidateKind::Buildings;
  std::string crs;
  std::string layer, source;          // the candidate layer
  const FeatureTable* table = nullptr;

  // Per candidate (row of `table`). Strings "" and numbers NaN when missing.
  std::vector<glm::dvec2> anchor;     // representative point, scene CRS
  std::vector<std::string> id, nameZh, nameEn, park, parkName, sector, subSector;
  std::vector<double> space;          // vacant_m2 (buildings) or area_m2 * far (parcels)
  std::vector<double> floors, occupancy, ready, rent;
  std::vector<std::string> landUse;   // land-use class code ("M2"): the parcel's, for buildings via parcel_id
  std::vector<std::string> buildingType;
  std::vector<double> floorLoad;      // kN/m²
  std::vector<uint32_t> idOrder;      // rank of each candidate's id in byte order (tie-break)
  // For each raw attribute, the field it came from, "" when the layer has none.
  std::string spaceField, floorsField, occupancyField, readyField, rentField, sectorField, subSectorField;
  std::string landUseField, buildingTypeField, floorLoadField;

  Regions zones, districts;
  PointSet universities, ecosystem, agglomeration;
  bool agglomerationFromTenants = false;  // false: buildings' tenant counts stand in

  // Knowledge rings: polygons (or points, distance to the point) with a label.
  bool ringsPresent = false;
  std::string ringsLayer, ringsSource;
  const FeatureTable* rings = nullptr;
  double ringRadius = 0;
  std::vector<std::string> ringNameZh, ringNameEn;
  GridIndex ringGrid;

  size_t size() const { return anchor.size(); }
};

// Throws ps::Error when the candidate layer itself is missing or empty.
SitingIndex buildSitingIndex(const SitingInputs& in, CandidateKind kind);

}  // namespace ps::siting
