#pragma once
// The future-industry taxonomy of 成府发〔2024〕2号: six sectors plus the
// frontier cross-domain track, their sub-sectors and horizons. Defined once;
// map, legend, charts, sample data and siting all use this table.
#include <array>
#include <cstdint>
#include <span>
#include <string_view>

namespace ps {

enum class Horizon : uint8_t { Near, MediumLong, Unspecified };  // 近期 / 中远期

struct SubSector {
  std::string_view id;       // stable, ASCII, used in data files ("gene_cell_therapy")
  std::string_view zh;
  std::string_view en;
  Horizon horizon;
};

struct Sector {
  std::string_view id;       // "bio", "energy", "mobility", "digital", "network", "materials", "frontier"
  std::string_view zh;
  std::string_view en;
  uint32_t rgb;              // Okabe–Ito colour-blind-safe palette, 0xRRGGBB
  std::span<const SubSector> subSectors;
};

// All seven, in the policy's order.
std::span<const Sector> sectors();
// Lookup by id, Chinese or English name (case-insensitive for English); nullptr if unknown.
// Full-width forms are normalised first ("６G" finds 6G), surrounding spaces ignored.
const Sector* findSector(std::string_view idOrName);
// Lookup a sub-sector by id or name within all sectors; `parent` receives its sector.
// Normalised as findSector; a trailing "+" ("元宇宙＋", the seed's scenario) is also tried without it.
const SubSector* findSubSector(std::string_view idOrName, const Sector** parent = nullptr);
// Colour of sub-sector `index` of `sector`: shades of the sector's own colour,
// darkest first, lightest last (mixed with at most 35 % black / 50 % white),
// so a map coloured by sub-sector still reads by sector at a glance. A sector
// with one sub-sector gets the sector's colour. 0xRRGGBB.
uint32_t subSectorRgb(const Sector& sector, size_t index);
std::string_view horizonZh(Horizon h);
std::string_view horizonEn(Horizon h);
// The seed's timing (三(三) 发展愿景): "未来3到5年" for 近期, "未来5到10年" for 中远期; "" otherwise.
std::string_view horizonYearsZh(Horizon h);
std::string_view horizonYearsEn(Horizon h);

}  // namespace ps
