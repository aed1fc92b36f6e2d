#include "io/gmt_text.h"

#include <charconv>
#include <cmath>

#include "core/error.h"

namespace ps::io {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool parseNumber(std::string_view& s, double& v) {
  s = trim(s);
  const char* end = s.data() + s.size();
  auto [p, ec] = std::from_chars(s.data(), end, v);
  if (ec != std::errc() || !std::isfinite(v)) return false;
  s.remove_prefix(static_cast<size_t>(p - s.data()));
  return true;
}

}  // namespace

std::vector<GmtSegment> parseGmtSegments(std::string_view text, const std::string& source) {
  std::vector<GmtSegment> out;
  size_t lineNo = 0;
  while (!text.empty()) {
    const size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    ++lineNo;
    line = trim(line);
    if (line.empty() || line.front() == '#') continue;
    if (line.front() == '>') {
      out.push_back({std::string(trim(line.substr(1))), {}});
      continue;
    }
    glm::dvec2 p;
    std::string_view rest = line;
    if (!parseNumber(rest, p.x) || !parseNumber(rest, p.y) || !trim(rest).empty() || std::abs(p.x) > 360 ||
        std::abs(p.y) > 90)
      throw Error(source, "line " + std::to_string(lineNo) + ": expected \"lon lat\", got \"" + std::string(line) + "\"");
    if (out.empty()) out.push_back({});  // data before any '>': one unnamed segment
    out.back().points.push_back(p);
  }
  return out;
}

int gmtSegmentLevel(std::string_view header) {
  const size_t at = header.find("Level ");
  if (at == std::string_view::npos) return -1;
  std::string_view s = header.substr(at + 6);
  int v = -1;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  return ec == std::errc() ? v : -1;
}

std::vector<std::vector<glm::dvec2>> clipToBox(const std::vector<glm::dvec2>& points, glm::dvec2 lo, glm::dvec2 hi) {
  std::vector<std::vector<glm::dvec2>> out;
  std::vector<glm::dvec2> cur;
  auto flush = [&] {
    if (cur.size() >= 2) out.push_back(std::move(cur));
    cur.clear();
  };
  for (const glm::dvec2& p : points) {
    if (p.x >= lo.x && p.x <= hi.x && p.y >= lo.y && p.y <= hi.y) {
      if (cur.empty() || cur.back() != p) cur.push_back(p);
    } else {
      flush();
    }
  }
  flush();
  return out;
}

}  // namespace ps::io
