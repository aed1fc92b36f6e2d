#include "geometry/extrude.h"

#include <exception>
#include <thread>
#include <utility>
#include <vector>

#include <glm/geometric.hpp>

#include "core/cancel.h"
#include "geometry/planar.h"
#include "geometry/triangulate.h"

namespace ps::geometry {
namespace {

// Walls for one ring. `outwardRight`: whether the outside lies to the right of
// the ring's stored direction (true for a CCW shell and for a CW hole).
void addWalls(const glm::dvec2* ring, size_t n, bool outwardRight, uint32_t feature, const LocalFrame& frame,
              ExtrusionBucket& out) {
  for (size_t i = 0; i < n; ++i) {
    glm::dvec2 a = ring[i], b = ring[(i + 1) % n];
    if (!outwardRight) std::swap(a, b);  // walk so that outside is on the right
    const glm::vec2 la = frame.toLocal(a), lb = frame.toLocal(b);
    if (la == lb) continue;
    const glm::dvec2 d = b - a;
    const glm::vec3 normal(glm::vec2(glm::normalize(glm::dvec2(d.y, -d.x))), 0.0f);
    // Walking a -> b with the outside on the right, a viewer outside sees a on
    // the left: (a0, b0, b1, a1) is counter-clockwise from there.
    const auto base = static_cast<uint32_t>(out.vertices.size());
    out.vertices.push_back({la, 0.0f, normal, feature});
    out.vertices.push_back({lb, 0.0f, normal, feature});
    out.vertices.push_back({lb, 1.0f, normal, feature});
    out.vertices.push_back({la, 1.0f, normal, feature});
    out.indices.insert(out.indices.end(), {base, base + 1, base + 2, base, base + 2, base + 3});
  }
}

}  // namespace

namespace {

// Features [f0, f1) appended to `out`; indices relative to out.vertices.
void extrudeRange(const FeatureTable& t, size_t f0, size_t f1, const LocalFrame& frame, ExtrusionBucket& out) {
  const GeometryColumn& g = t.geom;
  Triangulator tri;
  std::vector<glm::dvec2> verts;
  std::vector<uint32_t> idx;
  const glm::vec3 up(0.0f, 0.0f, 1.0f);
  for (size_t f = f0; f < f1; ++f) {
    if (g.kind[f] != GeomKind::Polygon) continue;
    const auto feature = static_cast<uint32_t>(f);
    for (uint32_t p = g.featurePart[f]; p < g.featurePart[f + 1]; ++p) {
      const uint32_t r0 = g.partRing[p], r1 = g.partRing[p + 1];
      verts.clear();
      idx.clear();
      if (tri.triangulate(g.coords.data(), &g.ringCoord[r0], r1 - r0, verts, idx) > 0) {
        const auto base = static_cast<uint32_t>(out.vertices.size());
        for (const glm::dvec2& v : verts) out.vertices.push_back({frame.toLocal(v), 1.0f, up, feature});
        for (uint32_t i : idx) out.indices.push_back(base + i);
      }
      for (uint32_t r = r0; r < r1; ++r) {
        const glm::dvec2* ring = g.coords.data() + g.ringCoord[r];
        size_t n = g.ringCoord[r + 1] - g.ringCoord[r];
        if (n >= 2 && ring[n - 1] == ring[0]) --n;  // tolerate a stored closing vertex
        const double area = ringSignedArea(ring, n);
        if (area == 0.0) continue;
        const bool shell = r == r0;
        // Shell: outside is right of a CCW walk. Hole: the hole (outside of the
        // material) is right of a CW walk.
        addWalls(ring, n, shell ? area > 0.0 : area < 0.0, feature, frame, out);
      }
    }
  }
}

// Room for features [f0, f1): a roof vertex per coordinate plus 4 wall
// vertices per edge; v + 2h - 2 roof triangles per part plus 2 per edge.
// Exact for simple polygons (self-intersections add a few), so the arrays
// grow once instead of doubling their way up (and holding 1.5x at 1M).
void reserveFor(const GeometryColumn& g, size_t f0, size_t f1, ExtrusionBucket& out) {
  if (f0 >= f1) return;
  const size_t p0 = g.featurePart[f0], p1 = g.featurePart[f1];
  const size_t r0 = g.partRing[p0], r1 = g.partRing[p1];
  const size_t coords = g.ringCoord[r1] - g.ringCoord[r0];
  const size_t rings = r1 - r0, parts = p1 - p0;
  const size_t roofTris = coords + 2 * rings > 4 * parts ? coords + 2 * rings - 4 * parts : 0;
  out.vertices.reserve(out.vertices.size() + 5 * coords);
  out.indices.reserve(out.indices.size() + 3 * roofTris + 6 * coords);
}

// Below this many coordinates a second thread costs more than it saves.
constexpr size_t kParallelCoords = 32768;

}  // namespace

void buildExtrusion(const FeatureTable& t, const LocalFrame& frame, ExtrusionBucket& out, unsigned threads) {
  out.vertices.clear();
  out.indices.clear();
  out.featureCount = t.size();
  const GeometryColumn& g = t.geom;
  const size_t n = g.featureCount();
  reserveFor(g, 0, n, out);
  if (threads == 0) threads = g.coords.size() >= kParallelCoords && std::thread::hardware_concurrency() > 1 ? 2 : 1;
  if (threads < 2 || n < 2) {
    extrudeRange(t, 0, n, frame, out);
    return;
  }
  // Two halves by coordinates, the second on a helper thread into a bucket of
  // its own, then appended with its indices shifted: the same arrays, in the
  // same order, as one thread would write.
  const uint32_t halfCoord = g.ringCoord[g.partRing[g.featurePart[n]]] / 2;
  size_t split = 1;
  while (split < n && g.ringCoord[g.partRing[g.featurePart[split]]] < halfCoord) ++split;
  ExtrusionBucket second;
  std::exception_ptr helperError;
  std::thread helper([&, token = currentCancelToken()] {
    CancelScope scope(token);  // the caller's cancel reaches the helper's triangulation too
    try {
      reserveFor(g, split, n, second);
      extrudeRange(t, split, n, frame, second);
    } catch (...) {
      helperError = std::current_exception();
    }
  });
  std::exception_ptr mainError;
  try {
    extrudeRange(t, 0, split, frame, out);
  } catch (...) {
    mainError = std::current_exception();
  }
  helper.join();
  if (mainError) std::rethrow_exception(mainError);
  if (helperError) std::rethrow_exception(helperError);
  const auto base = static_cast<uint32_t>(out.vertices.size());
  out.vertices.insert(out.vertices.end(), second.vertices.begin(), second.vertices.end());
  second.vertices = {};
  const size_t i0 = out.indices.size();
  out.indices.resize(i0 + second.indices.size());
  for (size_t i = 0; i < second.indices.size(); ++i) out.indices[i0 + i] = base + second.indices[i];
}

}  // namespace ps::geometry

namespace ps::geometry {

void roofsAsFill(const ExtrusionBucket& e, FillBucket& out) {
  out.vertices.clear();
  out.indices.clear();
  out.featureCount = e.featureCount;
  std::vector<uint32_t> remap(e.vertices.size(), UINT32_MAX);
  auto isRoof = [&](uint32_t i) { return e.vertices[i].top == 1.0f && e.vertices[i].normal.z == 1.0f; };
  for (size_t t = 0; t + 2 < e.indices.size(); t += 3) {
    const uint32_t a = e.indices[t], b = e.indices[t + 1], c = e.indices[t + 2];
    if (!isRoof(a) || !isRoof(b) || !isRoof(c)) continue;
    for (uint32_t v : {a, b, c}) {
      if (remap[v] == UINT32_MAX) {
        remap[v] = static_cast<uint32_t>(out.vertices.size());
        out.vertices.push_back({e.vertices[v].pos, e.vertices[v].feature});
      }
      out.indices.push_back(remap[v]);
    }
  }
}

}  // namespace ps::geometry
