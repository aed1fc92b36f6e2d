#version 410 core
#include "common.glsl"
// Point symbols: a disc or one of the outlines of scene/point_shape.h, shaded
// by signed distance (antialiased edge, light ring inside it). The outlines
// are uploaded by the renderer from that header, never written here: unit
// box, y up, counter-clockwise; size 0 = the unit disc.
uniform vec2 uShapeVerts[POINT_SHAPES * POINT_SHAPE_MAX_VERTICES];
uniform int uShapeSizes[POINT_SHAPES];
uniform vec3 uShapeRing[POINT_SHAPES];  // ring width: (factor of the radius, min px, max px)
in vec4 vColor;
noperspective in vec2 vLocal;  // pixels from the centre, y up
flat in float vRadius;
flat in uint vShape;
flat in uint vFill;     // PointFill: 0 solid, 1 half, 2 hollow, 3 dotted (pointFillColoured is its CPU twin)

// Signed distance to the unit symbol (negative inside), in unit lengths:
// Inigo Quilez's exact polygon distance; pointShapeDistance() is its CPU twin.
float shapeDistance(uint shape, vec2 p) {
  int base = int(min(shape, uint(POINT_SHAPES - 1)));
  int n = uShapeSizes[base];
  if (n == 0) return length(p) - 1.0;
  base *= POINT_SHAPE_MAX_VERTICES;
  vec2 vj = uShapeVerts[base + n - 1];
  float d = dot(p - vj, p - vj);
  float s = 1.0;
  for (int i = 0; i < POINT_SHAPE_MAX_VERTICES; ++i) {
    if (i >= n) break;
    vec2 vi = uShapeVerts[base + i];
    vec2 e = vj - vi;
    vec2 w = p - vi;
    vec2 b = w - e * clamp(dot(w, e) / dot(e, e), 0.0, 1.0);
    d = min(d, dot(b, b));
    bvec3 c = bvec3(p.y >= vi.y, p.y < vj.y, e.x * w.y > e.y * w.x);
    if (all(c) || all(not(c))) s = -s;
    vj = vi;
  }
  return s * sqrt(d);
}

// Pixels from the symbol's edge, negative inside.
float edgeDistance() { return shapeDistance(vShape, vLocal / vRadius) * vRadius; }

uniform vec4 uOutline;   // ring colour; its width scales with the point (pointOutlineWidthPx)
out vec4 oColor;
void main() {
  float d = edgeDistance();
  float outer = clamp(0.5 - d, 0.0, 1.0);
  if (outer <= 0.0) discard;
  vec3 rule = uShapeRing[min(vShape, uint(POINT_SHAPES - 1))];
  float ring = clamp(vRadius * rule.x, rule.y, rule.z);
  float inner = clamp(0.5 - ring - d, 0.0, 1.0);
  if (vFill != 0u) {
    // Inside the ring: a band of the colour (width pointFillBandPx), then the
    // lower half (half), or the ring's light colour (hollow, dotted); dotted
    // breaks the band into dashes.
    float band = max(1.5, 0.3 * vRadius);
    float inBand = clamp(0.5 + ring + band + d, 0.0, 1.0);
    float fillHalf = vFill == 1u ? clamp(0.5 - vLocal.y, 0.0, 1.0) : 0.0;
    if (vFill == 3u) {
      float a = atan(vLocal.y, vLocal.x) / 6.2831853 + 0.5;
      inBand *= step(fract(a * 8.0), 0.55);
    }
    inner *= max(inBand, fillHalf);
  }
  vec3 rgb = mix(uOutline.rgb, vColor.rgb, inner);
  float a = mix(uOutline.a, vColor.a, inner) * outer;
  oColor = vec4(rgb, a);
}
