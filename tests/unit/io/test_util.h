#pragma once
// Helpers shared by the io/ and geo/ unit tests.
#include <filesystem>
#include <set>
#include <string>

#include <glm/vec2.hpp>

#include "core/feature_table.h"

namespace ps::test {

inline std::string ioData(const std::string& name) { return std::string(PARKSCAPE_TEST_DATA) + "/io/" + name; }

inline std::string tmpPath(const std::string& name) {
  std::filesystem::create_directories(PARKSCAPE_TEST_TMP);
  return std::string(PARKSCAPE_TEST_TMP) + "/" + name;
}

inline std::set<std::string> listDir(const std::string& dir) {
  std::set<std::string> s;
  for (const auto& e : std::filesystem::directory_iterator(dir)) s.insert(e.path().filename().string());
  return s;
}

inline double ringSignedArea(const GeometryColumn& g, size_t ring) {
  double a = 0;
  uint32_t b = g.ringCoord[ring], e = g.ringCoord[ring + 1];
  for (uint32_t i = b, j = e - 1; i < e; j = i++) a += g.coords[j].x * g.coords[i].y - g.coords[i].x * g.coords[j].y;
  return 0.5 * a;
}

inline size_t partsOf(const GeometryColumn& g, size_t f) { return g.featurePart[f + 1] - g.featurePart[f]; }
inline size_t firstRing(const GeometryColumn& g, size_t f) { return g.partRing[g.featurePart[f]]; }
inline size_t ringSize(const GeometryColumn& g, size_t r) { return g.ringCoord[r + 1] - g.ringCoord[r]; }

}  // namespace ps::test
