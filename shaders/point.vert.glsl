#version 410 core
#include "common.glsl"
// One instance per point; a 4-vertex strip makes the screen-space square.
layout(location = 0) in vec2 aPos;
layout(location = 1) in uint aFeature;
uniform vec2 uViewport;
uniform float uPointSize;
out vec4 vColor;
noperspective out vec2 vLocal;  // pixels from the centre
flat out float vRadius;
flat out uint vShape;   // PointShape, from bits 8..11 of the feature's flags (render/renderer.h)
flat out uint vFill;    // PointFill, from bits 12..13

void main() {
  FeatureStyle s = featureStyle(aFeature);
  vShape = (s.flags >> 8u) & 15u;
  vFill = (s.flags >> 12u) & 3u;
  vColor = applyFlags(s.color, s.flags);
  vColor.a *= uOpacity;
  vRadius = 0.5 * uPointSize;
  vec2 corner = vec2(float(gl_VertexID & 1) * 2.0 - 1.0, float(gl_VertexID >> 1) * 2.0 - 1.0);
  float e = vRadius + 1.0;
  vLocal = corner * e;
  vec4 v = uView * vec4(aPos, s.base, 1.0);
  v.xyz *= 0.997;
  vec4 c = uProj * v;
  gl_Position = (s.flags & kHidden) != 0u || c.w <= 0.0 ? kCulled
              : c + vec4(corner * e / (0.5 * uViewport) * c.w, 0.0, 0.0);
}
