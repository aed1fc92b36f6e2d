// io::parseGmtSegments / gmtSegmentLevel / clipToBox: the text `gmt coast -M`
// writes, as prepare-context reads it.
#include "io/gmt_text.h"

#include <gtest/gtest.h>

#include "../error_of.h"

using namespace ps;
using namespace ps::io;

TEST(GmtText, SegmentsHeadersAndLevels) {
  const auto s = parseGmtSegments(
      "# comment\n> River Bin # 5271, Level 2\n102\t31.72\n102.03 31.69\n\n>  Sichuan (China) Segment 0\r\n"
      "102.95 34.27\n",
      "r.txt");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].header, "River Bin # 5271, Level 2");
  ASSERT_EQ(s[0].points.size(), 2u);
  EXPECT_DOUBLE_EQ(s[0].points[1].x, 102.03);
  EXPECT_DOUBLE_EQ(s[0].points[1].y, 31.69);
  EXPECT_EQ(s[1].header, "Sichuan (China) Segment 0");
  EXPECT_EQ(gmtSegmentLevel(s[0].header), 2);
  EXPECT_EQ(gmtSegmentLevel(s[1].header), -1);
}

TEST(GmtText, BadLineNamesFileAndLine) {
  const std::string msg = test::errorOf([] { parseGmtSegments("> a\n102 31\n102 north\n", "rivers.txt"); });
  EXPECT_NE(msg.find("rivers.txt"), std::string::npos) << msg;
  EXPECT_NE(msg.find("line 3"), std::string::npos) << msg;
  EXPECT_THROW(parseGmtSegments("400 10\n", "x"), Error);
}

TEST(GmtText, ClipToBoxBreaksLinesAtOutsideVertices) {
  const std::vector<glm::dvec2> line{{0, 0}, {1, 1}, {2, 2}, {9, 9}, {3, 3}, {4, 4}, {9, 0}, {4.5, 4.5}};
  const auto pieces = clipToBox(line, {0, 0}, {5, 5});
  ASSERT_EQ(pieces.size(), 2u);  // {9,0}'s neighbour {4.5,4.5} alone is dropped
  EXPECT_EQ(pieces[0].size(), 3u);
  EXPECT_EQ(pieces[1].size(), 2u);
  EXPECT_TRUE(clipToBox({{10, 10}, {11, 11}}, {0, 0}, {5, 5}).empty());
}
