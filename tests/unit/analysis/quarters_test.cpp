#include <gtest/gtest.h>

#include <cmath>

#include "analysis/quarters.h"
#include "analysis_fixture.h"

using namespace ps::analysis;

TEST(Quarters, LabelsColumnsAndParsing) {
  EXPECT_EQ(quarterLabel(0), "2024Q1");
  EXPECT_EQ(quarterLabel(6), "2025Q3");
  EXPECT_EQ(quarterLabel(11), "2026Q4");
  EXPECT_EQ(occupancyColumnName(6), "occ_2025q3");
  for (int i = 0; i < kQuarterCount; ++i) EXPECT_EQ(parseQuarter(quarterLabel(i)), i);
  EXPECT_EQ(parseQuarter("2025q3"), 6);
  EXPECT_EQ(parseQuarter("2025-Q3"), 6);
  EXPECT_FALSE(parseQuarter("2023Q4"));
  EXPECT_FALSE(parseQuarter("2027Q1"));
  EXPECT_FALSE(parseQuarter("2025Q5"));
  EXPECT_FALSE(parseQuarter("25Q3"));
  EXPECT_FALSE(parseQuarter(""));
}

TEST(Quarters, InterpolationPassesThroughEveryQuarterAndStaysBetweenNeighbours) {
  std::array<double, kQuarterCount> v = {0.2, 0.35, 0.35, 0.5, 0.9, 0.85, 0.6, 0.61, 0.99, 1.0, 0.3, 0.31};
  for (int i = 0; i < kQuarterCount; ++i) EXPECT_EQ(interpolateMonotone(v, i), v[size_t(i)]) << i;
  for (int i = 0; i + 1 < kQuarterCount; ++i)
    for (double f = 0.05; f < 1; f += 0.05) {
      double x = interpolateMonotone(v, i + f);
      EXPECT_GE(x, std::min(v[size_t(i)], v[size_t(i + 1)]) - 1e-15);
      EXPECT_LE(x, std::max(v[size_t(i)], v[size_t(i + 1)]) + 1e-15);
    }
  // Flat stretch stays flat (no overshoot), and the curve is monotone on a monotone stretch.
  EXPECT_DOUBLE_EQ(interpolateMonotone(v, 1.5), 0.35);
  double prev = 0;
  for (double t = 2; t <= 4; t += 0.01) {
    double x = interpolateMonotone(v, t);
    EXPECT_GE(x, prev - 1e-15);
    prev = x;
  }
  // Continuous across a quarter.
  EXPECT_NEAR(interpolateMonotone(v, 4 - 1e-9), interpolateMonotone(v, 4 + 1e-9), 1e-6);
  // Clamped outside the range.
  EXPECT_EQ(interpolateMonotone(v, -3), 0.2);
  EXPECT_EQ(interpolateMonotone(v, 40), 0.31);
}

TEST(Quarters, MissingQuartersAreBridgedFromColumns) {
  ps::FeatureTable t = fx::makeTable("b", {{"occ_2024q1", ps::FieldType::Real}, {"occ_2024q3", ps::FieldType::Real},
                                           {"other", ps::FieldType::Real}});
  fx::addValues(t, {0.4, 0.8, 0.1});
  fx::addValues(t, {fx::Value{}, fx::Value{}, 0.1});
  QuarterColumns cols = findOccupancyColumns(t);
  EXPECT_NE(cols[0], nullptr);
  EXPECT_EQ(cols[1], nullptr);
  EXPECT_NE(cols[2], nullptr);
  EXPECT_EQ(occupancyAt(cols, 0, 0), 0.4);
  EXPECT_EQ(occupancyAt(cols, 0, 2), 0.8);
  EXPECT_EQ(occupancyAt(cols, 0, 7), 0.8);
  double mid = occupancyAt(cols, 0, 1);
  EXPECT_GT(mid, 0.4);
  EXPECT_LT(mid, 0.8);
  EXPECT_TRUE(std::isnan(occupancyAt(cols, 1, 3)));
}
