#include <gtest/gtest.h>

#include <cmath>
#include <sstream>

#include <nlohmann/json.hpp>

#include "analysis/stats_table.h"

using namespace ps::analysis;

TEST(StatsTable, NumberFormatsAreFixed) {
  EXPECT_EQ(formatNumber(15234.46, CellKind::Area), "15234.5");
  EXPECT_EQ(formatNumber(3000, CellKind::Length), "3000.0");
  EXPECT_EQ(formatNumber(0.8125, CellKind::Rate), "0.8125");
  EXPECT_EQ(formatNumber(0.1, CellKind::Rate), "0.1000");
  EXPECT_EQ(formatNumber(12, CellKind::Count), "12");
  EXPECT_EQ(formatNumber(-1e-9, CellKind::Area), "0.0");
  EXPECT_EQ(formatNumber(-2.5, CellKind::Area), "-2.5");
  EXPECT_EQ(formatNumber(std::nan(""), CellKind::Rate), "");
  EXPECT_EQ(formatNumber(1.5e9, CellKind::Area), "1500000000.0");
}

namespace {
StatsTable sample() {
  StatsTable t;
  t.meta = {{"by", "district"}};
  auto& k = t.add("key", CellKind::Text);
  k.text = {"510104", "a,b \"quoted\"", "锦江\n区"};
  auto& n = t.add("parks", CellKind::Count);
  n.number = {3, 0, 12};
  auto& g = t.add("gfa_m2", CellKind::Area);
  g.number = {1234.56, 0, 98765.449};
  auto& r = t.add("occupancy", CellKind::Rate);
  r.number = {0.87654, std::nan(""), 1};
  return t;
}
}  // namespace

TEST(StatsTable, CsvIsRfc4180) {
  std::ostringstream s;
  writeCsv(sample(), s);
  EXPECT_EQ(s.str(),
            "key,parks,gfa_m2,occupancy\r\n"
            "510104,3,1234.6,0.8765\r\n"
            "\"a,b \"\"quoted\"\"\",0,0.0,\r\n"
            "\"锦江\n区\",12,98765.4,1.0000\r\n");
}

TEST(StatsTable, JsonValuesEqualTheCsvCells) {
  StatsTable t = sample();
  std::ostringstream s;
  writeJson(t, s);
  nlohmann::ordered_json j = nlohmann::ordered_json::parse(s.str());
  EXPECT_EQ(j["meta"]["by"], "district");
  ASSERT_EQ(j["rows"].size(), 3u);
  for (size_t r = 0; r < 3; ++r) {
    EXPECT_EQ(j["rows"][r]["key"], t.columns[0].text[r]);
    EXPECT_EQ(j["rows"][r]["parks"].get<int64_t>(), int64_t(t.columns[1].number[r]));
    // Reformatting the JSON number gives the CSV cell, digit for digit.
    EXPECT_EQ(formatNumber(j["rows"][r]["gfa_m2"].get<double>(), CellKind::Area), formatCell(t, 2, r));
  }
  EXPECT_TRUE(j["rows"][1]["occupancy"].is_null());
  EXPECT_EQ(formatNumber(j["rows"][0]["occupancy"].get<double>(), CellKind::Rate), "0.8765");
  // Column order is kept.
  EXPECT_EQ(j["rows"][0].begin().key(), "key");
}

TEST(StatsTable, TextAlignsColumns) {
  std::ostringstream s;
  StatsTable t = sample();
  t.columns[0].text[1] = "x";
  t.columns[0].text[2] = "锦江区";
  writeText(t, s);
  std::string out = s.str();
  EXPECT_NE(out.find("key     parks   gfa_m2  occupancy\n"), std::string::npos) << out;
  EXPECT_NE(out.find("锦江区     12  98765.4     1.0000"), std::string::npos) << out;
}

// The planner-facing style the viewer's statistics panel and `parkscape
// stats --readable` share (issue 15 item 7): thousands separators, whole m²
// and metres, rates as percentages, no data still empty.
TEST(StatsTable, ReadableNumbers) {
  using ps::analysis::CellKind;
  using ps::analysis::NumberStyle;
  using ps::analysis::formatNumber;
  EXPECT_EQ(formatNumber(0.5842, CellKind::Rate, NumberStyle::Readable), "58.4 %");
  EXPECT_EQ(formatNumber(1.0, CellKind::Rate, NumberStyle::Readable), "100.0 %");
  EXPECT_EQ(formatNumber(-0.00001, CellKind::Rate, NumberStyle::Readable), "0.0 %");
  EXPECT_EQ(formatNumber(1234567.4, CellKind::Area, NumberStyle::Readable), "1,234,567");
  EXPECT_EQ(formatNumber(999.6, CellKind::Area, NumberStyle::Readable), "1,000");
  EXPECT_EQ(formatNumber(3000.0, CellKind::Length, NumberStyle::Readable), "3,000");
  EXPECT_EQ(formatNumber(12, CellKind::Count, NumberStyle::Readable), "12");
  EXPECT_EQ(formatNumber(NAN, CellKind::Rate, NumberStyle::Readable), "");
  // The exact style (CSV, JSON) is unchanged.
  EXPECT_EQ(formatNumber(0.5842, CellKind::Rate), "0.5842");
  EXPECT_EQ(formatNumber(1234567.4, CellKind::Area), "1234567.4");
}
