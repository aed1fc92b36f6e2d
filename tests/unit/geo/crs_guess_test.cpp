// Telling a .prj-less file's CRS from its coordinates, only where unambiguous.
#include <gtest/gtest.h>

#include "geo/crs_guess.h"
#include "geo/reproject.h"

namespace ps::geo {
namespace {

std::vector<glm::dvec2> chengduIn(const std::string& crs) {
  std::vector<glm::dvec2> p = {{103.9, 30.5}, {104.2, 30.8}};
  Reprojector("EPSG:4326", crs).transform(p.data(), p.size());
  return p;
}

TEST(CrsGuess, ZoneNumberedEastingsAreUnambiguous) {
  EXPECT_EQ(guessCrsFromCoordinates(chengduIn("EPSG:4522")).crs, "EPSG:4522");
  EXPECT_EQ(guessCrsFromCoordinates(chengduIn("EPSG:4523")).crs, "EPSG:4523");
  CrsGuess g = guessCrsFromCoordinates(chengduIn("EPSG:4523"));
  EXPECT_NE(g.reason.find("zone 35"), std::string::npos) << g.reason;
  EXPECT_NE(g.reason.find("CM 105E"), std::string::npos) << g.reason;
  EXPECT_EQ(guessCrsFromCoordinates(chengduIn("EPSG:4496")).crs, "EPSG:4496");  // 6-degree zone 18, CM 105E
}

TEST(CrsGuess, EastingsWithoutAZoneAreNotGuessed) {
  for (const char* crs : {"EPSG:4543", "EPSG:4544", "EPSG:4507"}) {
    CrsGuess g = guessCrsFromCoordinates(chengduIn(crs));
    EXPECT_EQ(g.crs, "") << crs;
    EXPECT_NE(g.reason.find("cannot be told"), std::string::npos) << g.reason;
  }
}

TEST(CrsGuess, LonLatAndNonsense) {
  EXPECT_EQ(guessCrsFromCoordinates({{104.0, 30.6}}).crs, "EPSG:4326");
  EXPECT_EQ(guessCrsFromCoordinates({{1e12, 5}}).crs, "");
  EXPECT_EQ(guessCrsFromCoordinates({}).crs, "");
  // Straddling two zones' numbers is not one zone.
  EXPECT_EQ(guessCrsFromCoordinates({{34.9e6, 3.4e6}, {35.1e6, 3.4e6}}).crs, "");
}

}  // namespace
}  // namespace ps::geo
