#pragma once
// The exported legend's grouping, pure: each symbol listed once. The sector
// palette that colours hex columns, parks, parcels and buildings alike heads
// the legend as one group (with the seed's timing: 近期 = 未来3到5年,
// 中远期 = 未来5到10年); the layers it colours keep a header with a strip
// of it ("colours: sectors") and their own entries (occupied / vacant parts).
#include <optional>
#include <string>
#include <vector>

#include "core/i18n.h"
#include "core/sectors.h"
#include "scene/scene.h"
#include "scene/style_eval.h"

namespace ps::map {

struct LegendBlock {
  std::string title;
  std::string note;
  std::vector<LegendEntry> entries;
  LayerKind kind = LayerKind::Fill;
  bool sharedPalette = false;        // colours as in another block: no swatches of its own
  std::vector<LegendEntry> palette;  // those colours, for a small strip by the title
};

// "近期·中远期" / "near & medium/long term": the horizons of a sector's
// sub-sectors in the seed; "" when the seed gives none (数字智能, 新型材料 ...).
std::string sectorHorizonTag(const Sector& s, Lang lang);

// Takes the sector entries (label a sector's name, colour the sector's colour)
// out of every block into one "sectors" block, in the taxonomy's order, each
// sector once, labelled with its horizons; a block that gave some keeps them
// as its palette strip and says so in its note. nullopt (blocks untouched)
// when no block has a sector entry.
std::optional<LegendBlock> groupSectorEntries(std::vector<LegendBlock>& blocks, Lang lang);

}  // namespace ps::map
