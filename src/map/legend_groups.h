#pragma once
// The legend's model, pure, one for the exported legend (map/export_furniture)
// and the viewer's legend panel (viewer/legend_model -> ui/legend_panel): each
// symbol listed once, grouped. The sector palette that colours hex columns,
// parks, parcels and buildings alike heads the legend as one group (with the
// seed's timing: 近期 = 未来3到5年, 中远期 = 未来5到10年); the layers it
// colours keep a header with a strip of it ("colour = sector") and their own
// entries (occupied / vacant parts). Sample data and approximate positions are
// marks on the titles (legendMarks), explained once (legendFootnote).
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/i18n.h"
#include "core/sectors.h"
#include "data/scene_loader.h"
#include "scene/scene.h"
#include "scene/style_eval.h"

namespace ps::map {

struct LegendBlock {
  std::string title;
  std::string note;                  // short words (the marks below are not repeated in it)
  bool sample = false;               // the layer is sample data: mark "*"
  bool approximate = false;          // positions / outlines approximate: mark "≈"
  std::vector<LegendEntry> entries;
  LayerKind kind = LayerKind::Fill;
  bool sharedPalette = false;        // colours as in another block: no swatches of its own
  std::vector<LegendEntry> palette;  // those colours, for a small strip by the title
  // The layer's own symbol: the swatch of a block without entries, and the
  // frame every entry's swatch shares (a fill's outline, a line's width, dashes).
  int layer = -1;                    // index into SceneData::layers; -1: the sector group
  glm::u8vec4 color{153, 153, 153, 255};
  float opacity = 1.0f;
  std::optional<glm::u8vec4> outline;
  float lineWidth = 1.0f;            // px at 1080p: a line layer's width, a fill's outline
  bool dashed = false;               // the outline is drawn dashed (approximate zones)
  bool ramp = false;                 // entries are ramp stops
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

// One layer of the legend: which features count (nullptr: all of them; an
// export passes those in the picture, map/legend_in_view).
struct LegendLayer {
  const data::LoadedLayer* layer = nullptr;
  int index = -1;                           // in SceneData::layers
  const std::vector<uint8_t>* inView = nullptr;
};

// One layer's block: its title, marks, entries (categories with nothing
// counted left out), symbol; nullopt when nothing of it counts.
std::optional<LegendBlock> legendBlockOf(const LegendLayer& l, Lang lang);

// A point layer's symbols keyed on their own fields (`fill_field`: park
// status; `shape_field`: carrier role): one group each, the values some
// counted feature has, on neutral symbols. Empty for other layers.
std::vector<LegendBlock> symbolBlocksOf(const LegendLayer& l, Lang lang);

// The legend of these layers, given top layer first: the sector group first,
// then one block per layer; a block whose colours repeat the block above
// (parks and their buildings) keeps a palette strip instead.
std::vector<LegendBlock> buildLegend(std::span<const LegendLayer> topFirst, Lang lang);

// " *", " ≈", " *≈" or "": the marks after a block's title.
std::string legendMarks(const LegendBlock& b);
// The one line that explains the marks used, "" when none is.
std::string legendFootnote(std::span<const LegendBlock> blocks, Lang lang);

}  // namespace ps::map
