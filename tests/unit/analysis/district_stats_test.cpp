#include <gtest/gtest.h>

#include <cmath>

#include "analysis/district_stats.h"

using namespace ps::analysis;

TEST(Choropleth, EqualIntervalBreaks) {
  std::vector<double> v = {0, 10, 20, 30, 40, 100, std::nan("")};
  std::vector<double> b;
  classBreaks(v, ClassMethod::EqualInterval, 4, b);
  EXPECT_EQ(b, (std::vector<double>{25, 50, 75}));
  Choropleth c;
  choropleth(v, ClassMethod::EqualInterval, 4, c);
  EXPECT_EQ(c.classOf, (std::vector<int32_t>{0, 0, 0, 1, 1, 3, -1}));
  EXPECT_EQ(c.colours.size(), 4u);
}

TEST(Choropleth, QuantileBreaksAreUpperValuesOfEqualCountSlices) {
  std::vector<double> v = {9, 1, 8, 2, 7, 3, 6, 4, 5, 10};
  std::vector<double> b;
  classBreaks(v, ClassMethod::Quantile, 5, b);
  EXPECT_EQ(b, (std::vector<double>{2, 4, 6, 8}));
  Choropleth c;
  choropleth(v, ClassMethod::Quantile, 5, c);
  std::vector<int> perClass(5);
  for (int32_t k : c.classOf) perClass[size_t(k)]++;
  EXPECT_EQ(perClass, (std::vector<int>{2, 2, 2, 2, 2}));
  // Repeated values collapse classes instead of making empty ones.
  classBreaks(std::vector<double>{1, 1, 1, 1, 2}, ClassMethod::Quantile, 4, b);
  EXPECT_EQ(b, (std::vector<double>{1}));
  classBreaks(std::vector<double>{5, 5}, ClassMethod::EqualInterval, 3, b);
  EXPECT_TRUE(b.empty());
}

TEST(Choropleth, RampIsLightToDarkYlGnBu) {
  auto r5 = sequentialRamp(5);
  ASSERT_EQ(r5.size(), 5u);
  EXPECT_EQ(r5.back(), 0x081d58u);
  auto lum = [](uint32_t c) { return 0.2126 * (c >> 16) + 0.7152 * ((c >> 8) & 0xff) + 0.0722 * (c & 0xff); };
  for (size_t i = 1; i < r5.size(); ++i) EXPECT_LT(lum(r5[i]), lum(r5[i - 1]));
  EXPECT_EQ(sequentialRamp(9).front(), 0xffffd9u);
}

TEST(Choropleth, MetricValues) {
  Tally t;
  BuildingFact b;
  b.gfa = 100;
  b.vacant = 25;
  b.sector = 2;
  t.add(b);
  t.parks = 3;
  EXPECT_EQ(metricValue(t, ChoroplethMetric::Gfa), 100);
  EXPECT_EQ(metricValue(t, ChoroplethMetric::Vacancy), 0.25);
  EXPECT_EQ(metricValue(t, ChoroplethMetric::Parks), 3);
  EXPECT_EQ(metricValue(t, ChoroplethMetric::SectorShare, 2), 1);
  EXPECT_EQ(metricValue(t, ChoroplethMetric::SectorShare, 1), 0);
}
