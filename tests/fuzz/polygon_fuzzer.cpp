// libFuzzer target: arbitrary polygons through triangulation
// (geometry/triangulate.h) and label placement (geometry/label_anchor.h), as
// every fill, extrusion and label of a loaded layer does.
//
// Input: byte 0 picks a coordinate scale (1 mm, 1 m, 1 km, 1e7 m, 1e300: the
// sliver and near-overflow cases), then records: 0x00 starts a new ring,
// 0xFF takes the next 16 bytes as two raw doubles (NaN, inf, 1e308...), any
// other byte takes the next 4 as two int16 coordinates times the scale.
// Checked: triangle indices lie inside the vertex output, the anchor of a
// polygon with finite, not astronomical coordinates is finite, and nothing crashes, hangs or
// runs away with memory (libFuzzer's -timeout and -rss_limit_mb).
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

#include <glm/vec2.hpp>

#include "core/feature_table.h"
#include "geometry/label_anchor.h"
#include "geometry/triangulate.h"

namespace {

struct Reader {
  const uint8_t* data;
  size_t size, at = 0;
  bool has(size_t n) const { return size - at >= n; }
  int16_t i16() {
    const auto v = static_cast<int16_t>(static_cast<uint16_t>(data[at] | (data[at + 1] << 8)));
    at += 2;
    return v;
  }
  double f64() {
    double v;
    std::memcpy(&v, data + at, sizeof v);
    at += sizeof v;
    return v;
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  static const double kScales[] = {1e-3, 1.0, 1e3, 1e7, 1e300};
  const double scale = kScales[data[0] % 5];
  Reader in{data, size, 1};
  std::vector<glm::dvec2> coords;
  std::vector<uint32_t> ringStart{0};
  bool finite = true;
  while (in.has(1)) {
    const uint8_t op = data[in.at++];
    if (op == 0x00) {
      if (coords.size() > ringStart.back()) ringStart.push_back(static_cast<uint32_t>(coords.size()));
    } else if (op == 0xFF) {
      if (!in.has(16)) break;
      const double x = in.f64(), y = in.f64();
      finite = finite && std::isfinite(x) && std::isfinite(y);
      coords.emplace_back(x, y);
    } else {
      if (!in.has(4)) break;
      const double x = in.i16() * scale, y = in.i16() * scale;
      coords.emplace_back(x, y);
    }
  }
  if (coords.size() > ringStart.back()) ringStart.push_back(static_cast<uint32_t>(coords.size()));
  const size_t rings = ringStart.size() - 1;
  if (rings == 0) return 0;

  ps::geometry::Triangulator tri;
  std::vector<glm::dvec2> verts;
  std::vector<uint32_t> idx;
  const size_t n = tri.triangulate(coords.data(), ringStart.data(), rings, verts, idx);
  if (idx.size() != 3 * n) __builtin_trap();
  for (uint32_t i : idx)
    if (i >= verts.size()) __builtin_trap();

  ps::GeometryColumn g;
  g.beginFeature(ps::GeomKind::Polygon);
  g.beginPart();
  for (size_t r = 0; r < rings; ++r) g.addRing(coords.data() + ringStart[r], ringStart[r + 1] - ringStart[r]);
  g.endFeature();
  const glm::dvec2 a = ps::geometry::labelAnchor(g, 0);
  // Coordinates the loader accepts (finite, far below overflow: it keeps them
  // inside the CRS's area of use) get a finite anchor.
  double maxAbs = 0;
  for (const glm::dvec2& c : coords) maxAbs = std::max({maxAbs, std::fabs(c.x), std::fabs(c.y)});
  if (finite && maxAbs < 1e12 && (!std::isfinite(a.x) || !std::isfinite(a.y))) __builtin_trap();
  return 0;
}
