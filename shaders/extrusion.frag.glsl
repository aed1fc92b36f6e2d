#version 410 core
#include "common.glsl"
in vec4 vColor;
in vec3 vNormal;
in float vAboveBase;
in float vHeight;
in float vDistance;
uniform vec3 uSunDir;   // unit, towards the sun
out vec4 oColor;

void main() {
  vec3 n = normalize(vNormal);
  // Hemisphere ambient (sky above, warm bounce below) plus one soft sun: roofs
  // brightest, sun-facing walls next, shaded walls darker but never black.
  float hemi = 0.5 + 0.5 * n.z;
  vec3 ambient = mix(vec3(0.50, 0.49, 0.48), vec3(0.80, 0.82, 0.86), hemi);
  float sun = max(dot(n, uSunDir), 0.0);
  vec3 light = ambient + vec3(0.36, 0.34, 0.30) * sun;
  // Vertical gradient on walls: a hint of ambient occlusion near the ground.
  float wall = 1.0 - smoothstep(0.5, 0.9, n.z);
  float ao = mix(0.80, 1.0, smoothstep(0.0, clamp(vHeight * 0.6, 3.0, 40.0), vAboveBase));
  light *= mix(1.0, ao, wall);
  vec3 rgb = vColor.rgb * light;
  rgb = mix(rgb, uFogColor.rgb, fogAmount(vDistance));
  oColor = vec4(rgb, vColor.a);
}
