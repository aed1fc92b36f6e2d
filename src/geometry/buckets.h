#pragma once
// CPU-side vertex/index arrays for one map layer ("buckets", as in MapLibre):
// built off the render thread by geometry::, uploaded by render::. Positions are
// float metres relative to a local origin (scene CRS minus LocalFrame::origin),
// which keeps centimetre precision across a 100 km city in 32-bit floats.
//
// Every vertex carries the index of its feature (row in the FeatureTable), so
// colour, height, visibility and highlight come from per-feature data on the
// GPU: restyling, filtering and time playback never re-triangulate.
#include <cstdint>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

namespace ps {

// Local metric frame of a scene: scene-CRS coordinates minus `origin`.
struct LocalFrame {
  glm::dvec2 origin{0.0, 0.0};
  glm::vec2 toLocal(const glm::dvec2& p) const { return glm::vec2(p - origin); }
  glm::dvec2 toScene(const glm::vec2& p) const { return glm::dvec2(p) + origin; }
};

// Flat polygon fill at ground level (z = 0).
struct FillVertex {
  glm::vec2 pos;
  uint32_t feature;
};
struct FillBucket {
  std::vector<FillVertex> vertices;
  std::vector<uint32_t> indices;  // GL_TRIANGLES
  size_t featureCount = 0;        // rows in the source table (per-feature arrays are this long)
};

// Extruded prism: z = base(feature) + top * height(feature), evaluated in the
// vertex shader. Roof vertices have top = 1; wall vertices are duplicated per
// wall quad so each wall has its own flat normal.
struct ExtrusionVertex {
  glm::vec2 pos;
  float top;         // 0 = at base, 1 = at roof
  glm::vec3 normal;  // unit, outward (roof: +z)
  uint32_t feature;
};
struct ExtrusionBucket {
  std::vector<ExtrusionVertex> vertices;
  std::vector<uint32_t> indices;  // GL_TRIANGLES, counter-clockwise seen from outside
  size_t featureCount = 0;
};

// Screen-space-width lines: each segment is a quad of four vertices. A vertex
// knows its own end (pos) and the segment's other end (other); the shader
// projects both and pushes the vertex `side` (+1/-1) half-widths along the
// screen-space normal. z lets outlines sit on roofs (top in the same sense as
// extrusions: z = top * height(feature) when `top` is 1).
struct LineVertex {
  glm::vec2 pos;
  glm::vec2 other;
  float side;   // +1 left, -1 right of the direction pos -> other
  float top;    // 0 = ground, 1 = roof of the feature's extrusion
  uint32_t feature;
  // Metres along the ring or line from its first vertex, at `pos`: >= 0 on the
  // segment's start vertices, negated on its end vertices (the shader tells the
  // ends apart by the sign and draws dashes continuous along the line).
  float along = 0;
};
struct LineBucket {
  std::vector<LineVertex> vertices;
  std::vector<uint32_t> indices;  // GL_TRIANGLES, 6 per segment
  size_t featureCount = 0;
};

// Points drawn as screen-space discs/icons (instanced: one entry per point).
struct PointInstance {
  glm::vec2 pos;
  uint32_t feature;
};
struct PointBucket {
  std::vector<PointInstance> points;
  size_t featureCount = 0;
};

}  // namespace ps
