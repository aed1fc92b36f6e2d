#version 410 core
#include "common.glsl"
in vec4 vColor;
noperspective in vec2 vLocal;
flat in float vRadius;
flat in uint vFeature;
#ifdef PICKING
uniform uint uLayer;
out uvec2 oId;
void main() {
  if (length(vLocal) > vRadius + 0.5) discard;
  oId = uvec2(uLayer, vFeature + 1u);
}
#else
uniform vec4 uOutline;   // ring colour; its width scales with the point
out vec4 oColor;
void main() {
  float d = length(vLocal);
  float outer = clamp(vRadius + 0.5 - d, 0.0, 1.0);
  if (outer <= 0.0) discard;
  float ring = clamp(vRadius * 0.22, 1.0, 2.5);
  float inner = clamp(vRadius - ring + 0.5 - d, 0.0, 1.0);
  vec3 rgb = mix(uOutline.rgb, vColor.rgb, inner);
  float a = mix(uOutline.a, vColor.a, inner) * outer;
  oColor = vec4(rgb, a);
}
#endif
