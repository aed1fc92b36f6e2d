#pragma once
// Point symbols: the fixed set of marker shapes a point layer may draw, and
// their geometry, defined once. The map's point shader (shaders/point.frag.glsl)
// receives these very outlines as uniforms (render/renderer.cpp) and shades
// their signed distance; the viewer legend (ImGui) and the exported legend (CPU
// canvas) fill the same polygons. Pure: no GL, no ImGui.
//
// Unit shapes: centred on the point, y up, counter-clockwise, every vertex
// within the square [-1, 1]² (the point's quad: radius = point_size / 2).
// Sizes are balanced by eye so shapes of one point_size weigh about the same
// (areas 1.7..3.1; the disc is the largest).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <glm/vec2.hpp>

namespace ps {

// Values are stored in 4 bits of render::FeatureStyle::flags: append only, at most 16.
enum class PointShape : uint8_t {
  Circle, Square, Diamond, Triangle, TriangleDown, Star, Hexagon, Pentagon, Plus, Cross, Count
};
constexpr size_t kPointShapeCount = static_cast<size_t>(PointShape::Count);
// The most vertices of any outline (the plus and cross: 12).
constexpr size_t kPointShapeMaxVertices = 12;

// Scene-file names: "circle", "square", "diamond", "triangle", "triangle_down",
// "star", "hexagon", "pentagon", "plus", "cross" (an X).
std::string_view pointShapeName(PointShape s);
std::optional<PointShape> findPointShape(std::string_view name);
// "circle, square, ..., cross": for error messages.
std::string pointShapeNameList();

// How a symbol is filled: a state told by the fill, whatever the shape and
// colour (park status: solid = operating, half = under construction, hollow =
// planned, dotted = a track to watch). Stored in 2 bits of
// render::FeatureStyle::flags (bits 12..13). The shader and the painters
// (pointFillCoverage) agree on the geometry: inside the light ring, a band of
// width pointFillBandPx in the colour; within it, the colour (solid), the
// lower half (half) or the light ring's colour (hollow); dotted is hollow
// with the band broken into kPointFillDots dashes.
enum class PointFill : uint8_t { Solid, Half, Hollow, Dotted, Count };
constexpr int kPointFillDots = 8;
// Scene-file names: "solid", "half", "hollow", "dotted".
std::string_view pointFillName(PointFill f);
std::optional<PointFill> findPointFill(std::string_view name);
float pointFillBandPx(float radiusPx);
// Whether the colour shows at p (pixels from the centre, y up) of a symbol
// whose edge is dEdge pixels away (negative inside), inside a ring ringPx wide.
bool pointFillColoured(PointFill f, glm::vec2 p, float dEdge, float radiusPx, float ringPx);

// The unit outline; empty for Circle (the unit disc).
std::span<const glm::vec2> pointShapeOutline(PointShape s);
bool pointShapeConvex(PointShape s);

// Signed distance from p to the unit shape's edge (negative inside), in unit
// lengths: the CPU twin of the shader's, for tests and painters.
float pointShapeDistance(PointShape s, glm::vec2 p);

// The light ring inside a symbol's edge: radiusPx (half the point size) times
// `factor`, clamped to [minPx, maxPx]. Discs keep a generous ring; the other
// symbols a thin one, or a star's tips and a plus's arms would be all ring.
struct PointRingRule {
  float factor, minPx, maxPx;
};
PointRingRule pointShapeRing(PointShape s);
float pointOutlineWidthPx(PointShape s, float radiusPx);

// The symbol as a screen polygon for a painter: the unit shape scaled to
// radiusPx, moved to centre, shrunk inward by insetPx (a mitred offset: the
// fill inside the ring) and y flipped when yDown (ImGui, images). The result
// always has a positive shoelace area in its own coordinates: clockwise on a
// y-down screen, as ImGui's anti-aliased fills expect. Circles come out as
// 32-gons. Replaces `out`.
void pointShapePolygon(PointShape s, glm::vec2 centre, float radiusPx, float insetPx, bool yDown,
                       std::vector<glm::vec2>& out);

}  // namespace ps
