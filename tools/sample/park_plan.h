#pragma once
// The curated plan behind the sample parks: which sub-sector goes near which
// real anchor (a campus ring, a named cluster, or a site inside a lead zone),
// and where nothing may go (lakes, airports, campuses themselves). Written
// from the policy (成府发〔2024〕2号) and the anchors' own specialities; see
// docs/DATA.md for the reasoning behind each group.
#include <span>
#include <string_view>

#include <glm/vec2.hpp>

#include "sample/layout.h"

namespace ps::sample {

enum class AnchorKind { University, Cluster, Zone, District };

struct ParkSlot {
  std::string_view anchorId;   // campus id, cluster id, or zone-site id (ZoneSite::id)
  AnchorKind kind;
  std::string_view subSector;  // core/sectors.h sub-sector id
};

// A place inside a lead zone, or a district seat, that parks are placed around (not a
// real named site). zoneId is "" for a district seat.
struct ZoneSite {
  std::string_view id, zoneId, nameZh, nameEn, district;
  glm::dvec2 lonLat;
};

// Round areas nothing is placed in.
struct Exclusion {
  std::string_view what;
  glm::dvec2 lonLat;
  double radiusM;
};

// The base plan; `--scale` cycles through it.
std::span<const ParkSlot> parkSlots();
std::span<const ZoneSite> zoneSites();
const ZoneSite* findZoneSite(std::string_view id);
std::span<const Exclusion> exclusions();
// The water bodies the sample maps (zone holes); every point and park stays out of them.
std::span<const Exclusion> mappedWater();

// Short place names for park names ("环电子科大", "UESTC ring"); "" if unknown.
std::string_view placeZh(std::string_view anchorId, AnchorKind kind);
std::string_view placeEn(std::string_view anchorId, AnchorKind kind);

// 天府广场: distance from it decides a park's grain.
inline constexpr glm::dvec2 kCityCentre{104.0657, 30.6574};
// The municipality's bounding box (lon/lat); nothing is placed outside it.
inline constexpr glm::dvec2 kBboxMin{102.99, 30.09}, kBboxMax{104.90, 31.44};

}  // namespace ps::sample
