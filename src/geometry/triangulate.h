#pragma once
// Polygon triangulation with the GLU tessellator (SGI libtess, via Mesa's GLU).
//
// Contract:
//  - Input: one polygon = `ringCount` rings; ring r is coords[ringStart[r] ..
//    ringStart[r+1]), stored open (a closing vertex equal to the first is
//    tolerated). Any ring orientation: the ODD winding rule decides inside, so
//    holes work whichever way they turn and self-intersections (bowties) fill
//    the odd-covered regions.
//  - Output is APPENDED. The polygon's input vertices coords[ringStart[0] ..
//    ringStart[ringCount]) are appended to outVertices in order (input vertex
//    k lands at old outVertices.size() + k - ringStart[0]); vertices created at
//    self-intersections follow them. Indices are absolute into outVertices.
//  - Triangles are counter-clockwise (positive signed area in x/y); exactly
//    zero-area triangles are dropped.
//  - Degenerate input (fewer than 3 distinct points, zero area, collinear only)
//    yields no triangles and leaves both outputs untouched. So does any error
//    reported by the tessellator.
//  - Returns the number of triangles appended.
//  - A polygon beyond TriangulationLimits (too many holes or vertices) is not
//    handed to GLU at all: no triangles, outputs untouched, tooComplex() true.
//  - Cancellation (core/cancel.h): when the calling thread's cancel token is
//    set, before or during the call, triangulate() returns 0 with outputs
//    untouched and cancelled() true. The GLU callbacks poll the token (a
//    cancelled polygon emits no more triangles), but libtess's sweep calls no
//    callback while it orders a polygon's edges, and that sweep is where an
//    adversarial polygon spends its time (quadratic: a comb of 4,900 teeth,
//    19,602 vertices, inside the limits below, took 5 s of CPU). So under a token a polygon costlier than kDetachVertices /
//    kDetachHoles is swept on a helper thread that owns copies of its input
//    and output: the caller waits, polling the token every 5 ms, and on
//    cancel returns at once while the helper finishes (bounded by the limits)
//    and frees its copies. Without a token (the CLI) everything runs inline.
//
// A Triangulator owns its GLUtesselator: use one per thread; it is not
// thread-safe itself. Reusing one avoids re-creating the tessellator per polygon.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <glm/vec2.hpp>

struct GLUtesselator;

namespace ps::geometry {

// What one polygon may cost. libtess's sweep keeps its active edges in a
// linked list, so adversarial shapes are quadratic: measured on the shared
// 2-core machine, 1,000 holes stacked along one vertical line took 0.35 s
// (2,000: 1.4 s, 8,000: 39 s; one polygon with 60,000 holes kept it busy for
// minutes); a comb of 2,000 teeth (8k vertices) 0.14-0.18 s, of 8,000 teeth
// (32k vertices) 2.8-5.6 s, of 12,500 teeth (50k vertices) 218-423 s. Real parcels,
// buildings and district outlines are far below (the Chengdu data: at most
// 2,205 vertices and a handful of holes). The limits are checked in linear
// time before GLU sees the polygon, by the loader too (io/ogr_geometry.h), so
// a feature beyond them is skipped and reported, never a hang.
struct TriangulationLimits {
  static constexpr size_t kMaxHoles = 1000;       // interior rings of one polygon
  static constexpr size_t kMaxVertices = 20000;   // all rings of one polygon
  // Under a cancel token, polygons beyond these go to an abandonable helper thread.
  static constexpr size_t kDetachHoles = 100;
  static constexpr size_t kDetachVertices = 4000;
};

// Why a polygon of `ringCount` rings (ring r = [ringStart[r], ringStart[r+1]))
// is beyond TriangulationLimits ("1200 holes (limit 1000)"), or "" when it is not.
std::string triangulationProblem(const uint32_t* ringStart, size_t ringCount);

namespace detail {
struct TessState;
}

class Triangulator {
 public:
  Triangulator();
  ~Triangulator();
  Triangulator(const Triangulator&) = delete;
  Triangulator& operator=(const Triangulator&) = delete;

  size_t triangulate(const glm::dvec2* coords, const uint32_t* ringStart, size_t ringCount,
                     std::vector<glm::dvec2>& outVertices, std::vector<uint32_t>& outIndices);

  // Whether the last triangulate() refused its polygon as beyond TriangulationLimits.
  bool tooComplex() const { return tooComplex_; }
  // Whether the last triangulate() stopped because the thread's cancel token was set.
  bool cancelled() const { return cancelled_; }

 private:
  size_t sweep(const glm::dvec2* coords, const uint32_t* ringStart, size_t ringCount,
               std::vector<glm::dvec2>& outVertices, std::vector<uint32_t>& outIndices);
  size_t sweepOnHelper(const glm::dvec2* coords, const uint32_t* ringStart, size_t ringCount,
                       std::vector<glm::dvec2>& outVertices, std::vector<uint32_t>& outIndices);

  bool tooComplex_ = false;
  bool cancelled_ = false;
  GLUtesselator* tess_ = nullptr;
  std::unique_ptr<detail::TessState> state_;  // what the GLU callbacks write into
};

}  // namespace ps::geometry
