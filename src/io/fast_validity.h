#pragma once
// A quick proof that a small polygonal geometry is valid (OGC simple-features
// rules, as GEOS IsValid judges them), so the common parcel or footprint —
// one shell, maybe a courtyard or two, maybe a few parts — skips the GEOS
// round trip that costs ~50 µs a feature. Internal to io/.
//
// Contract: true only when the geometry is certainly valid. false means
// "not proven": invalid, or too large, or a shape this test does not decide
// (any two edges that touch or cross, a vertex too close to call, a hole
// touching its shell, a collection, more than kMaxRingEdges edges in a ring
// or kMaxRings rings). Callers then ask GEOS, so false is never wrong, only slow.
//
// Checks: finite coordinates; every ring closed, >= 3 distinct vertices
// (consecutive repeats allowed), non-zero area; no two edges of the whole
// geometry touch or cross (adjacent edges of a ring share only their vertex
// and do not fold back); every hole strictly inside its shell and outside its
// sibling holes; no part's shell inside another part's material. Orientation
// tests are filtered (Shewchuk's error bound, with margin): a sign too close
// to call gives false rather than a guess.
#include <cstddef>

class OGRGeometry;

namespace ps::io {

inline constexpr size_t kMaxRingEdges = 64;
inline constexpr size_t kMaxRings = 32;

// Polygon or MultiPolygon (2D linear); anything else returns false.
bool provablyValidPolygonal(const OGRGeometry* g);

}  // namespace ps::io
