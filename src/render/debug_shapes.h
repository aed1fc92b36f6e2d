#pragma once
// Hand-built buckets for tests, render-test cases and benchmarks: the
// renderer's inputs without the geometry module. Appends to caller-owned
// buckets; the caller sets featureCount (or lets the renderer infer it).
#include <cstdint>
#include <span>

#include <glm/vec2.hpp>

#include "geometry/buckets.h"

namespace ps::render {

// A prism over a convex polygon (counter-clockwise, open ring): fan roof with
// normal +z, one flat-shaded quad per wall. Height comes from the feature style.
void appendPrism(ExtrusionBucket& out, std::span<const glm::vec2> ccwRing, uint32_t feature);
void appendBox(ExtrusionBucket& out, glm::vec2 min, glm::vec2 max, uint32_t feature);

// A convex polygon fill (fan).
void appendConvexFill(FillBucket& out, std::span<const glm::vec2> ccwRing, uint32_t feature);
// The rectangle `outer` minus the rectangle `hole` (strictly inside it): a
// polygon with one hole, as four trapezoids.
void appendRectWithHole(FillBucket& out, glm::vec2 outerMin, glm::vec2 outerMax, glm::vec2 holeMin, glm::vec2 holeMax,
                        uint32_t feature);

// A polyline as segment quads (closed: back to the first point). top = 1 puts
// it on the feature's roof (base + height).
void appendPolyline(LineBucket& out, std::span<const glm::vec2> pts, bool closed, float top, uint32_t feature);
void appendRectOutline(LineBucket& out, glm::vec2 min, glm::vec2 max, float top, uint32_t feature);

}  // namespace ps::render
