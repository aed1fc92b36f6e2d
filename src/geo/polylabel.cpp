#include "geo/polylabel.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>
#include <vector>

#include <glm/common.hpp>

namespace ps::geo {

namespace {

struct Rings {
  const GeometryColumn& g;
  uint32_t r0, r1;
};

double segDist2(glm::dvec2 p, glm::dvec2 a, glm::dvec2 b) {
  glm::dvec2 d = b - a;
  double len2 = d.x * d.x + d.y * d.y;
  double t = len2 > 0 ? std::clamp(((p.x - a.x) * d.x + (p.y - a.y) * d.y) / len2, 0.0, 1.0) : 0.0;
  glm::dvec2 q = a + t * d - p;
  return q.x * q.x + q.y * q.y;
}

// Distance to the boundary, positive inside (even-odd over all rings).
double signedDistance(const Rings& rs, glm::dvec2 p) {
  bool inside = false;
  double best = std::numeric_limits<double>::infinity();
  for (uint32_t r = rs.r0; r < rs.r1; ++r) {
    uint32_t b = rs.g.ringCoord[r], e = rs.g.ringCoord[r + 1];
    for (uint32_t i = b, j = e - 1; i < e; j = i++) {
      glm::dvec2 a = rs.g.coords[i], c = rs.g.coords[j];
      if ((a.y > p.y) != (c.y > p.y) && p.x < (c.x - a.x) * (p.y - a.y) / (c.y - a.y) + a.x) inside = !inside;
      best = std::min(best, segDist2(p, a, c));
    }
  }
  return (inside ? 1 : -1) * std::sqrt(best);
}

struct Cell {
  glm::dvec2 c;
  double h, d, max;
  Cell(glm::dvec2 center, double half, const Rings& rs)
      : c(center), h(half), d(signedDistance(rs, center)), max(d + half * std::sqrt(2.0)) {}
};

}  // namespace

double partArea(const GeometryColumn& g, size_t part) {
  double a = 0;
  for (uint32_t r = g.partRing[part]; r < g.partRing[part + 1]; ++r) {
    uint32_t b = g.ringCoord[r], e = g.ringCoord[r + 1];
    for (uint32_t i = b, j = e - 1; i < e; j = i++)
      a += g.coords[j].x * g.coords[i].y - g.coords[i].x * g.coords[j].y;
  }
  return 0.5 * a;
}

glm::dvec2 poleOfInaccessibility(const GeometryColumn& g, size_t part, double precision, double* distance) {
  Rings rs{g, g.partRing[part], g.partRing[part + 1]};
  uint32_t b = g.ringCoord[rs.r0], e = g.ringCoord[rs.r0 + 1];
  glm::dvec2 lo(std::numeric_limits<double>::infinity()), hi(-std::numeric_limits<double>::infinity());
  for (uint32_t i = b; i < e; ++i) {
    lo = glm::min(lo, g.coords[i]);
    hi = glm::max(hi, g.coords[i]);
  }
  double size = std::min(hi.x - lo.x, hi.y - lo.y);
  if (!(size > 0) || e - b < 3) {
    if (distance) *distance = 0;
    return b < e ? g.coords[b] : glm::dvec2(0);
  }
  auto cmp = [](const Cell& a, const Cell& c) { return a.max < c.max; };
  std::priority_queue<Cell, std::vector<Cell>, decltype(cmp)> queue(cmp);
  double h = size / 2;
  for (double x = lo.x; x < hi.x; x += size)
    for (double y = lo.y; y < hi.y; y += size) queue.emplace(glm::dvec2(x + h, y + h), h, rs);

  // Seed with the centroid of the shell: often already a good answer.
  double a = 0;
  glm::dvec2 cen(0);
  for (uint32_t i = b, j = e - 1; i < e; j = i++) {
    double f = g.coords[j].x * g.coords[i].y - g.coords[i].x * g.coords[j].y;
    cen += (g.coords[j] + g.coords[i]) * f;
    a += 3 * f;
  }
  Cell best(a != 0 ? cen / a : g.coords[b], 0, rs);
  Cell boxCentre((lo + hi) * 0.5, 0, rs);
  if (boxCentre.d > best.d) best = boxCentre;

  while (!queue.empty()) {
    Cell cell = queue.top();
    queue.pop();
    if (cell.d > best.d) best = cell;
    if (cell.max - best.d <= precision) continue;
    double hh = cell.h / 2;
    queue.emplace(cell.c + glm::dvec2(-hh, -hh), hh, rs);
    queue.emplace(cell.c + glm::dvec2(hh, -hh), hh, rs);
    queue.emplace(cell.c + glm::dvec2(-hh, hh), hh, rs);
    queue.emplace(cell.c + glm::dvec2(hh, hh), hh, rs);
  }
  if (distance) *distance = best.d;
  return best.c;
}

}  // namespace ps::geo
