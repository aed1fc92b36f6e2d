// The siting list's rows can be told apart (ui/siting_rows.h).
#include <gtest/gtest.h>

#include "viewer/siting_rows.h"

using namespace ps;
using namespace ps::viewer;

namespace {

// One unit per code point.
float codePoints(std::string_view s) {
  float n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

siting::ResultRow row(int rank, std::string zh, std::string en, std::string id, double score) {
  siting::ResultRow r;
  r.rank = rank;
  r.nameZh = std::move(zh);
  r.nameEn = std::move(en);
  r.id = std::move(id);
  r.score = score;
  return r;
}

}  // namespace

TEST(SitingRows, TheSharedBeginningIsCutAtAWordAndShownOnce) {
  siting::SitingResult r;
  r.rows = {row(1, "示例·高新南区人形机器人孵化加速园 C3栋", "SAMPLE High-tech Zone south Humanoid robots park Bldg C3", "P005-03-03", 88.44),
            row(2, "示例·高新南区人形机器人孵化加速园 A1栋", "SAMPLE High-tech Zone south Humanoid robots park Bldg A1", "P005-01-01", 86.6),
            row(2, "示例·高新南区人形机器人孵化加速园 C1栋", "SAMPLE High-tech Zone south Humanoid robots park Bldg C1", "P005-03-01", 86.6)};
  r.rows[2].tie = true;
  const SitingRowTexts zh = sitingRowTexts(r, false);
  EXPECT_EQ(zh.shared, "示例·高新南区人形机器人孵化加速园 ");
  ASSERT_EQ(zh.rows.size(), 3u);
  EXPECT_EQ(zh.rows[0].name, "C3栋");
  EXPECT_EQ(zh.rows[1].name, "A1栋");
  EXPECT_EQ(zh.rows[2].name, "C1栋");  // not "3栋" / "1栋": the cut stays at the word's start
  EXPECT_EQ(zh.rows[0].full, "示例·高新南区人形机器人孵化加速园 C3栋");
  EXPECT_EQ(zh.rows[0].rank, "1");
  EXPECT_EQ(zh.rows[2].rank, "2=");
  EXPECT_EQ(zh.rows[0].score, "88.4");
  EXPECT_EQ(zh.rows[0].id, "P005-03-03");
  const SitingRowTexts en = sitingRowTexts(r, true);
  EXPECT_EQ(en.shared, "SAMPLE High-tech Zone south Humanoid robots park Bldg ");
  EXPECT_EQ(en.rows[1].name, "A1");
}

TEST(SitingRows, DifferentParksKeepTheirParkOnlyTheSampleTagGoes) {
  EXPECT_EQ(sharedNamePrefix({"示例·高新南区人形机器人孵化加速园 C3栋", "示例·环电子科大柔性电子孵化加速园 A1栋"}), "示例·");
  EXPECT_EQ(sharedNamePrefix({"Alpha", "Alpine"}), "");      // no word boundary: nothing cut
  EXPECT_EQ(sharedNamePrefix({"Park ", "Park A"}), "");      // cutting would leave a name empty
  EXPECT_EQ(sharedNamePrefix({"only one"}), "");
  EXPECT_EQ(sharedNamePrefix({"园区 甲", "园区 乙"}), "园区 ");
}

TEST(SitingRows, TooLongNamesLoseTheirMiddleNotTheirEnd) {
  const std::string n = "高新南区人形机器人孵化加速园 C3栋";  // 19 code points
  EXPECT_EQ(elideMiddle(n, 19, codePoints), n);
  const std::string e = elideMiddle(n, 10, codePoints);
  EXPECT_LE(codePoints(e), 10);
  EXPECT_EQ(e.rfind("C3栋"), e.size() - std::string("C3栋").size()) << e;  // the building survives
  EXPECT_EQ(e.rfind("高新", 0), 0u) << e;                                  // and the park's start
  EXPECT_NE(e.find("…"), std::string::npos);
  // Two names differing only at the end stay different once elided.
  EXPECT_NE(elideMiddle("高新南区人形机器人孵化加速园 C1栋", 10, codePoints), e);
  EXPECT_EQ(elideMiddle(n, 0.5f, codePoints), "…");
  EXPECT_EQ(elideMiddle("", 3, codePoints), "");
}
