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
//
// A Triangulator owns its GLUtesselator: use one per thread; it is not
// thread-safe itself. Reusing one avoids re-creating the tessellator per polygon.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include <glm/vec2.hpp>

struct GLUtesselator;

namespace ps::geometry {

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

 private:
  GLUtesselator* tess_ = nullptr;
  std::unique_ptr<detail::TessState> state_;  // what the GLU callbacks write into
};

}  // namespace ps::geometry
