// Pole of inaccessibility after V. Agafonkin, "A new algorithm for finding a
// visual center of a polygon" (Mapbox blog, 2016): cover the bounding box with
// square cells, keep them in a max-queue by the best distance any point of the
// cell could reach (centre distance + half diagonal), split only the cells that
// could still beat the best centre found by more than the precision.
#include "geometry/label_anchor.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>
#include <vector>

#include <glm/common.hpp>

#include "geometry/planar.h"

namespace ps::geometry {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Bounds on the search, whatever the input (a 50 km x 1 mm sliver would need
// 50 million initial cells of its short side): the initial grid has at most
// kMaxInitialCells cells along the long side, and the search stops, keeping
// the best centre found, once it has spent kMaxEdgeTests point-to-edge
// distances (~0.15 s; 3e8 took over 10 s under the sanitizers, the fuzzer's
// timeout) or evaluated kMaxCells cells (~12 MB of queue, whatever the edge
// count: a triangle used to be allowed 1e8; 2^20 took 11 s under the
// sanitizers on a busy machine). Ordinary polygons never reach
// any bound: 1% of the extent takes a few hundred cells.
constexpr double kMaxInitialCells = 4096;
constexpr double kMaxEdgeTests = 5e7;
constexpr double kMaxCells = 1 << 18;
constexpr double kMaxCoordinate = 1e150;

struct PartView {
  const GeometryColumn& col;
  uint32_t part;
};

// Signed distance from p to the part's boundary: positive inside (even-odd).
double signedDistance(const PartView& v, const glm::dvec2& p) {
  bool inside = false;
  double best2 = std::numeric_limits<double>::infinity();
  const GeometryColumn& g = v.col;
  for (uint32_t r = g.partRing[v.part]; r < g.partRing[v.part + 1]; ++r) {
    const glm::dvec2* c = g.coords.data() + g.ringCoord[r];
    const size_t n = g.ringCoord[r + 1] - g.ringCoord[r];
    for (size_t i = 0, j = n - 1; i < n; j = i++) {
      const glm::dvec2 a = c[i], b = c[j];
      if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x) inside = !inside;
      const glm::dvec2 ab = b - a, ap = p - a;
      const double len2 = ab.x * ab.x + ab.y * ab.y;
      const double t = len2 > 0.0 ? std::clamp((ap.x * ab.x + ap.y * ab.y) / len2, 0.0, 1.0) : 0.0;
      const glm::dvec2 d = ap - t * ab;
      best2 = std::min(best2, d.x * d.x + d.y * d.y);
    }
  }
  const double d = std::sqrt(best2);
  return inside ? d : -d;
}

struct Cell {
  glm::dvec2 c;
  double h;    // half the cell's side
  double d;    // signed distance of the centre
  double max;  // best distance reachable inside the cell
  Cell(const PartView& v, glm::dvec2 centre, double half)
      : c(centre), h(half), d(signedDistance(v, centre)), max(d + half * std::sqrt(2.0)) {}
};

struct ByMax {
  bool operator()(const Cell& a, const Cell& b) const { return a.max < b.max; }
};

// Area centroid of the shell (a good first guess), or its first vertex when degenerate.
glm::dvec2 shellCentroid(const GeometryColumn& g, uint32_t part) {
  const uint32_t r = g.partRing[part];
  const glm::dvec2* c = g.coords.data() + g.ringCoord[r];
  const size_t n = g.ringCoord[r + 1] - g.ringCoord[r];
  const glm::dvec2 o = c[0];
  glm::dvec2 sum(0.0);
  double area2 = 0.0;
  for (size_t i = 1; i + 1 < n; ++i) {
    const glm::dvec2 a = c[i] - o, b = c[i + 1] - o;
    const double w = a.x * b.y - a.y * b.x;
    sum += (a + b) * w;
    area2 += w;
  }
  return area2 != 0.0 ? o + sum / (3.0 * area2) : o;
}

double partArea(const GeometryColumn& g, uint32_t part) {
  double a = 0.0;
  for (uint32_t r = g.partRing[part]; r < g.partRing[part + 1]; ++r) {
    const double ra = std::abs(ringSignedArea(g.coords.data() + g.ringCoord[r], g.ringCoord[r + 1] - g.ringCoord[r]));
    a += r == g.partRing[part] ? ra : -ra;
  }
  return a;
}

}  // namespace

glm::dvec2 poleOfInaccessibility(const GeometryColumn& g, uint32_t part, double precision, double* distance,
                                 size_t* cellsVisited) {
  if (distance) *distance = 0.0;
  if (cellsVisited) *cellsVisited = 0;
  const uint32_t r0 = g.partRing[part];
  if (g.partRing[part + 1] == r0 || g.ringCoord[r0 + 1] == g.ringCoord[r0]) return {kNaN, kNaN};
  // A non-finite coordinate in any ring (a hole included: its NaN distances
  // never let a cell settle, and the search ran to its bound) gives no label.
  for (uint32_t c = g.ringCoord[r0]; c < g.ringCoord[g.partRing[part + 1]]; ++c)
    if (!std::isfinite(g.coords[c].x) || !std::isfinite(g.coords[c].y)) return {kNaN, kNaN};
  glm::dvec2 lo(std::numeric_limits<double>::infinity()), hi(-std::numeric_limits<double>::infinity());
  for (uint32_t c = g.ringCoord[r0]; c < g.ringCoord[r0 + 1]; ++c) {
    lo = glm::min(lo, g.coords[c]);
    hi = glm::max(hi, g.coords[c]);
  }
  const glm::dvec2 size = hi - lo;
  // Non-finite coordinates, or a box too large for doubles: no label.
  if (!std::isfinite(size.x) || !std::isfinite(size.y)) return {kNaN, kNaN};
  // Squared distances overflow beyond ~1e154 (inf - inf never lets a cell
  // settle): the box centre is all such coordinates can have.
  double far = 0.0;
  for (uint32_t c = g.ringCoord[r0]; c < g.ringCoord[g.partRing[part + 1]]; ++c)
    far = std::max({far, std::abs(g.coords[c].x), std::abs(g.coords[c].y)});
  if (far > kMaxCoordinate) return lo * 0.5 + hi * 0.5;
  const double cellSize = std::max(std::min(size.x, size.y), std::max(size.x, size.y) / kMaxInitialCells);
  const double shellArea = ringSignedArea(g.coords.data() + g.ringCoord[r0], g.ringCoord[r0 + 1] - g.ringCoord[r0]);
  if (!(cellSize > 0.0) || shellArea == 0.0) return (lo + hi) * 0.5;
  precision = std::max(precision, 1e-9 * std::max(size.x, size.y));  // never loop on float noise

  const PartView v{g, part};
  std::priority_queue<Cell, std::vector<Cell>, ByMax> queue;
  const double h = cellSize / 2.0;
  // Counted, not stepped: near 1e300 `x += cellSize` can fall below one ulp of x and never advance.
  const double nx = std::min(std::ceil(size.x / cellSize), kMaxInitialCells + 1);
  const double ny = std::min(std::ceil(size.y / cellSize), kMaxInitialCells + 1);
  for (double i = 0; i < std::max(nx, 1.0); ++i)
    for (double j = 0; j < std::max(ny, 1.0); ++j)
      queue.emplace(v, glm::dvec2(lo.x + i * cellSize + h, lo.y + j * cellSize + h), h);

  Cell best(v, shellCentroid(g, part), 0.0);
  const Cell boxCentre(v, (lo + hi) * 0.5, 0.0);
  if (boxCentre.d > best.d) best = boxCentre;

  size_t edges = 0;
  for (uint32_t r = g.partRing[part]; r < g.partRing[part + 1]; ++r) edges += g.ringCoord[r + 1] - g.ringCoord[r];
  const size_t maxCells = static_cast<size_t>(
      std::clamp(kMaxEdgeTests / static_cast<double>(std::max<size_t>(edges, 1)), 64.0, kMaxCells));
  size_t visited = queue.size();
  while (!queue.empty() && visited < maxCells) {
    const Cell cell = queue.top();
    queue.pop();
    if (cell.d > best.d) best = cell;
    if (cell.max - best.d <= precision) continue;
    const double q = cell.h / 2.0;
    queue.emplace(v, cell.c + glm::dvec2(-q, -q), q);
    queue.emplace(v, cell.c + glm::dvec2(q, -q), q);
    queue.emplace(v, cell.c + glm::dvec2(-q, q), q);
    queue.emplace(v, cell.c + glm::dvec2(q, q), q);
    visited += 4;
  }
  if (distance) *distance = best.d;
  if (cellsVisited) *cellsVisited = visited;
  return best.c;
}

glm::dvec2 labelAnchor(const GeometryColumn& g, size_t feature) {
  const uint32_t p0 = g.featurePart[feature], p1 = g.featurePart[feature + 1];
  if (p0 == p1) return {kNaN, kNaN};
  switch (g.kind[feature]) {
    case GeomKind::None: return {kNaN, kNaN};
    case GeomKind::Point: {
      const uint32_t r = g.partRing[p0];
      if (g.partRing[p0 + 1] == r || g.ringCoord[r + 1] == g.ringCoord[r]) return {kNaN, kNaN};
      return g.coords[g.ringCoord[r]];
    }
    case GeomKind::Line: {
      double bestLen = -1.0;
      glm::dvec2 anchor(kNaN, kNaN);
      for (uint32_t p = p0; p < p1; ++p) {
        if (g.partRing[p + 1] == g.partRing[p]) continue;
        const uint32_t r = g.partRing[p];
        const glm::dvec2* c = g.coords.data() + g.ringCoord[r];
        const size_t n = g.ringCoord[r + 1] - g.ringCoord[r];
        if (n == 0) continue;
        double len = 0.0;
        for (size_t i = 0; i + 1 < n; ++i) len += std::hypot(c[i + 1].x - c[i].x, c[i + 1].y - c[i].y);
        if (len <= bestLen) continue;
        bestLen = len;
        anchor = c[0];
        double walked = 0.0;
        for (size_t i = 0; i + 1 < n; ++i) {
          const double seg = std::hypot(c[i + 1].x - c[i].x, c[i + 1].y - c[i].y);
          if (seg > 0.0 && walked + seg >= len / 2.0) {
            anchor = c[i] + (c[i + 1] - c[i]) * ((len / 2.0 - walked) / seg);
            break;
          }
          walked += seg;
        }
      }
      return anchor;
    }
    case GeomKind::Polygon: {
      uint32_t largest = p0;
      double bestArea = -1.0;
      for (uint32_t p = p0; p < p1; ++p) {
        const double a = g.partRing[p + 1] > g.partRing[p] ? partArea(g, p) : -1.0;
        if (a > bestArea) {
          bestArea = a;
          largest = p;
        }
      }
      const uint32_t r = g.partRing[largest];
      if (g.partRing[largest + 1] == r) return {kNaN, kNaN};
      glm::dvec2 lo(std::numeric_limits<double>::infinity()), hi(-std::numeric_limits<double>::infinity());
      for (uint32_t c = g.ringCoord[r]; c < g.ringCoord[r + 1]; ++c) {
        lo = glm::min(lo, g.coords[c]);
        hi = glm::max(hi, g.coords[c]);
      }
      const double extent = std::max(hi.x - lo.x, hi.y - lo.y);
      return poleOfInaccessibility(g, largest, 0.01 * extent);
    }
  }
  return {kNaN, kNaN};
}

}  // namespace ps::geometry
