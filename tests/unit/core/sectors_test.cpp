#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <set>

#include <set>

#include "core/sectors.h"

TEST(Sectors, SevenSectorsWithDistinctColours) {
  auto all = ps::sectors();
  ASSERT_EQ(all.size(), 7u);
  std::set<uint32_t> colours;
  for (const auto& s : all) colours.insert(s.rgb);
  EXPECT_EQ(colours.size(), 7u);
}

TEST(Sectors, LookupByIdChineseAndEnglish) {
  EXPECT_EQ(ps::findSector("数字智能"), ps::findSector("digital"));
  EXPECT_EQ(ps::findSector("Digital Intelligence"), ps::findSector("digital"));
  EXPECT_EQ(ps::findSector("nonsense"), nullptr);
  const ps::Sector* parent = nullptr;
  const ps::SubSector* sub = ps::findSubSector("人形机器人", &parent);
  ASSERT_NE(sub, nullptr);
  EXPECT_EQ(sub->id, "humanoid_robots");
  EXPECT_EQ(parent->id, "digital");
  EXPECT_EQ(ps::findSubSector("6G")->horizon, ps::Horizon::MediumLong);
}

// The seed's own spellings: full-width digits and plus, the frontier's full name, and its
// earlier short name; the horizons carry the seed's timing.
TEST(Sectors, SeedSpellingsAndTiming) {
  EXPECT_EQ(ps::findSubSector("６G"), ps::findSubSector("6g"));
  EXPECT_EQ(ps::findSubSector("元宇宙＋")->id, "metaverse");
  EXPECT_EQ(ps::findSubSector("元宇宙+")->id, "metaverse");
  EXPECT_EQ(ps::findSubSector("　量子科技 ")->id, "quantum");
  EXPECT_EQ(ps::findSubSector("６"), nullptr);
  EXPECT_EQ(ps::findSubSector("+"), nullptr);
  EXPECT_EQ(ps::findSector("前沿交叉融合新赛道")->id, "frontier");
  EXPECT_EQ(ps::findSector("前沿交叉")->id, "frontier");
  EXPECT_EQ(ps::findSector("ＤＩＧＩＴＡＬ")->id, "digital");
  EXPECT_EQ(ps::horizonYearsZh(ps::Horizon::Near), "未来3到5年");
  EXPECT_EQ(ps::horizonYearsZh(ps::Horizon::MediumLong), "未来5到10年");
  EXPECT_EQ(ps::horizonYearsZh(ps::Horizon::Unspecified), "");
}

// Sub-sector colours are shades of their sector: distinct within a sector,
// ordered darkest to lightest, and never mistaken for another sector's colour
// (each shade stays nearer its own sector's hue than any other sector's).
TEST(Sectors, SubSectorColoursAreDistinctShadesOfTheirSector) {
  auto rgb = [](uint32_t c) { return std::array<int, 3>{int(c >> 16 & 0xff), int(c >> 8 & 0xff), int(c & 0xff)}; };
  auto luma = [&](uint32_t c) { auto v = rgb(c); return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
  auto hue = [&](uint32_t c) {
    auto v = rgb(c);
    double r = v[0] / 255.0, g = v[1] / 255.0, b = v[2] / 255.0;
    double mx = std::max({r, g, b}), mn = std::min({r, g, b}), d = mx - mn;
    if (d < 1e-9) return 0.0;
    double h = mx == r ? std::fmod((g - b) / d, 6.0) : mx == g ? (b - r) / d + 2 : (r - g) / d + 4;
    return std::fmod(h * 60.0 + 360.0, 360.0);
  };
  for (const ps::Sector& s : ps::sectors()) {
    std::set<uint32_t> seen;
    double prev = -1;
    for (size_t i = 0; i < s.subSectors.size(); ++i) {
      const uint32_t c = ps::subSectorRgb(s, i);
      EXPECT_TRUE(seen.insert(c).second) << s.id << " " << i;
      EXPECT_GT(luma(c), prev) << s.id << " " << i;
      prev = luma(c);
      // Mixing with black or white keeps the hue (to rounding).
      const double dh = std::fabs(hue(c) - hue(s.rgb));
      EXPECT_LT(std::min(dh, 360.0 - dh), 6.0) << s.id << " " << i;
    }
  }
  const ps::Sector& one = ps::sectors()[0];
  EXPECT_EQ(ps::subSectorRgb(one, 99), ps::subSectorRgb(one, one.subSectors.size() - 1));
}
