#include <gtest/gtest.h>

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
