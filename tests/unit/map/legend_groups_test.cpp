// map::groupSectorEntries and sectorHorizonTag, pure: the exported legend
// lists each sector once, with the seed's timing, whatever number of layers
// the sector palette colours.
#include "map/legend_groups.h"

#include <gtest/gtest.h>

using namespace ps;
using namespace ps::map;

namespace {

LegendEntry sectorEntry(std::string_view id) {
  const Sector* s = findSector(id);
  return {std::string(s->zh), std::string(s->en), {(s->rgb >> 16) & 0xFF, (s->rgb >> 8) & 0xFF, s->rgb & 0xFF, 255}, 1,
          PointShape::Circle};
}

LegendBlock block(const char* title, std::vector<LegendEntry> entries) {
  LegendBlock b;
  b.title = title;
  b.entries = std::move(entries);
  return b;
}

}  // namespace

TEST(LegendGroups, SectorsListedOnceWithTimingOtherEntriesKept) {
  const LegendEntry vacant{"空置", "vacant", {220, 220, 220, 255}, 0, PointShape::Circle};
  std::vector<LegendBlock> blocks{
      block("hex", {sectorEntry("bio"), sectorEntry("digital"), vacant}),
      block("markers", {sectorEntry("digital"), sectorEntry("bio"), sectorEntry("energy")}),
      block("parks", {sectorEntry("bio")}),
      block("zones", {{"成都高新区", "High-tech Zone", {0, 114, 178, 255}, 1, PointShape::Circle}}),
  };
  const std::optional<LegendBlock> g = groupSectorEntries(blocks, Lang::Zh);
  ASSERT_TRUE(g);
  // Once each, in the policy's order (bio, energy, ..., digital), with the horizons.
  ASSERT_EQ(g->entries.size(), 3u);
  EXPECT_EQ(g->entries[0].label, "前沿生物 (近期·中远期)");
  EXPECT_EQ(g->entries[1].label, "先进能源 (近期·中远期)");
  EXPECT_EQ(g->entries[2].label, "数字智能");  // the seed dates none of its sub-sectors
  EXPECT_NE(g->note.find("未来3到5年"), std::string::npos);
  EXPECT_NE(g->note.find("未来5到10年"), std::string::npos);
  // The layers keep a strip of the palette and their own entries only.
  EXPECT_TRUE(blocks[0].sharedPalette);
  ASSERT_EQ(blocks[0].entries.size(), 1u);
  EXPECT_EQ(blocks[0].entries[0].label, "空置");
  EXPECT_EQ(blocks[0].palette.size(), 2u);
  EXPECT_TRUE(blocks[1].entries.empty());
  EXPECT_TRUE(blocks[2].sharedPalette);
  // Not a sector: untouched.
  EXPECT_FALSE(blocks[3].sharedPalette);
  EXPECT_EQ(blocks[3].entries.size(), 1u);
  size_t sectorRows = g->entries.size();
  for (const LegendBlock& b : blocks)
    for (const LegendEntry& e : b.entries) sectorRows += findSector(e.labelEn) ? 1 : 0;
  EXPECT_EQ(sectorRows, 3u);  // was 7 rows in three blocks
}

TEST(LegendGroups, EnglishTimingAndNoSectorsNoGroup) {
  std::vector<LegendBlock> blocks{block("m", {sectorEntry("mobility")})};
  const std::optional<LegendBlock> g = groupSectorEntries(blocks, Lang::En);
  ASSERT_TRUE(g);
  EXPECT_EQ(g->title, "Future-industry sectors");
  EXPECT_NE(g->entries[0].labelEn.find("near & medium/long term"), std::string::npos);
  EXPECT_NE(g->note.find("3-5 years"), std::string::npos);
  // A colour that is not the sector's own (a sub-sector shade) is no sector entry.
  LegendEntry shade = sectorEntry("bio");
  shade.color = {1, 2, 3, 255};
  std::vector<LegendBlock> other{block("x", {shade})};
  EXPECT_FALSE(groupSectorEntries(other, Lang::Zh));
  EXPECT_EQ(other[0].entries.size(), 1u);
}

TEST(LegendGroups, HorizonTagsFollowTheSeed) {
  EXPECT_EQ(sectorHorizonTag(*findSector("bio"), Lang::Zh), "近期·中远期");
  EXPECT_EQ(sectorHorizonTag(*findSector("materials"), Lang::Zh), "");
  EXPECT_EQ(sectorHorizonTag(*findSector("network"), Lang::En), "near & medium/long term");
}

TEST(LegendGroups, ColourNotRepeatedWhereTheNoteSaysIt) {
  LegendBlock hex = block("hex", {sectorEntry("bio")});
  hex.note = "示例数据, 颜色 = 主导产业";
  LegendBlock parks = block("parks", {sectorEntry("bio")});
  parks.note = "示例数据";
  std::vector<LegendBlock> blocks{hex, parks};
  ASSERT_TRUE(groupSectorEntries(blocks, Lang::Zh));
  EXPECT_EQ(blocks[0].note, "示例数据, 颜色 = 主导产业");
  EXPECT_EQ(blocks[1].note, "示例数据, 颜色=产业");
}

// Sample data and approximate positions are marks after the title, explained
// once in a footnote, in the legend's language.
TEST(LegendGroups, MarksAndOneFootnote) {
  LegendBlock parks = block("parks", {});
  parks.sample = true;
  LegendBlock zones = block("zones", {});
  zones.approximate = true;
  LegendBlock both = block("eco", {});
  both.sample = both.approximate = true;
  EXPECT_EQ(legendMarks(parks), " *");
  EXPECT_EQ(legendMarks(zones), " ≈");
  EXPECT_EQ(legendMarks(both), " *≈");
  EXPECT_EQ(legendMarks(block("districts", {})), "");
  const std::vector<LegendBlock> all{parks, zones};
  EXPECT_EQ(legendFootnote(all, Lang::Zh), "* 示例数据(合成)   ≈ 位置/边界近似");
  EXPECT_EQ(legendFootnote(std::span(all).first(1), Lang::En), "* sample (synthetic) data");
  const std::vector<LegendBlock> none{block("districts", {})};
  EXPECT_EQ(legendFootnote(none, Lang::Zh), "");
}
