#pragma once
// GMT's multiple-segment ASCII tables, as `gmt coast -M` writes them: a line
// starting with '>' opens a segment (the rest of the line is its header, e.g.
// "River Bin # 5271, Level 2" or " Sichuan (China) Segment 0"), then one
// "lon lat" pair per line (tab or space separated). '#' lines are comments.
// Pure: text in, segments out; no GDAL, no GMT.
#include <string>
#include <string_view>
#include <vector>

#include <glm/vec2.hpp>

namespace ps::io {

struct GmtSegment {
  std::string header;              // after '>', surrounding spaces trimmed
  std::vector<glm::dvec2> points;  // lon, lat (degrees)
};

// Throws ps::Error(source, "line N: ...") on a data line that is not two numbers.
std::vector<GmtSegment> parseGmtSegments(std::string_view text, const std::string& source);

// The integer after "Level " in a header (rivers: the WDBII class), -1 when absent.
int gmtSegmentLevel(std::string_view header);

// The polyline pieces of `points` inside [lo, hi] (lon/lat box): vertices outside
// are dropped and the line is broken there; pieces of fewer than 2 points are dropped.
std::vector<std::vector<glm::dvec2>> clipToBox(const std::vector<glm::dvec2>& points, glm::dvec2 lo, glm::dvec2 hi);

}  // namespace ps::io
