#include <gtest/gtest.h>

#include "map/siting_report.h"

// Wrapping never splits a UTF-8 character and prefers separators.
TEST(SitingReport, WrapKeepsUtf8WholeAndBreaksAtSeparators) {
  auto measure = [](const std::string& t) {
    float w = 0;
    for (unsigned char c : t)
      if ((c & 0xC0) != 0x80) w += 1;  // one unit per character
    return w;
  };
  const std::string text = "空置 5,454 m²，即可入驻；距西南民族大学知识经济圈 1.3 km；5 层";
  auto lines = ps::map::wrapText(text, 12, measure);
  ASSERT_GT(lines.size(), 1u);
  std::string joined;
  for (const auto& l : lines) {
    EXPECT_LE(measure(l), 12.0f) << l;
    // Every line is valid UTF-8: it never starts with a continuation byte.
    ASSERT_FALSE(l.empty());
    EXPECT_NE(static_cast<unsigned char>(l[0]) & 0xC0, 0x80) << l;
    joined += l;
  }
  // Nothing lost but leading spaces at line starts.
  std::string compact = text;
  EXPECT_EQ(measure(joined) <= measure(compact), true);
  EXPECT_NE(lines[0].find("，"), std::string::npos);  // broke after the full-width comma
}
