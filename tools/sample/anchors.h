#pragma once
// The real places the sample parks are placed around: university campuses
// (geodata/universities_chengdu.csv, ±1 km) and named clusters / facilities
// (geodata/clusters_chengdu.csv, ±3 km). Rows without coordinates are kept
// (hasPosition = false) so callers can say what they left out.
#include <string>
#include <vector>

#include <glm/vec2.hpp>

namespace ps::sample {

struct Campus {
  std::string id, nameZh, nameEn, campus;
  std::string district;      // first word of expected_district ("郫都区 (managed by 高新西区)" -> "郫都区")
  std::string coordStatus;
  std::string ringProgram;   // "环电子科大知识经济圈" etc., "" when no programme is known
  glm::dvec2 lonLat{0, 0};
};

struct Cluster {
  std::string id, nameZh, nameEn, districtOrZone, what, coordStatus;
  std::string district;      // the 区/市/县 named in district_or_zone, "" if none
  bool hasPosition = false;
  glm::dvec2 lonLat{0, 0};
};

struct Anchors {
  std::vector<Campus> campuses;
  std::vector<Cluster> clusters;
  const Campus* campus(const std::string& id) const;
  const Cluster* cluster(const std::string& id) const;
};

// Reads <geodataDir>/universities_chengdu.csv and clusters_chengdu.csv.
// Throws ps::Error naming the file on a missing file, column or bad number.
Anchors readAnchors(const std::string& geodataDir);

// The known knowledge-economy ring programme around a campus id ("" if none).
std::string ringProgramFor(const std::string& campusId);

}  // namespace ps::sample
