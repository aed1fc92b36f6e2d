#version 410 core
#include "common.glsl"
in vec4 vColor;
in float vDistance;
noperspective in vec2 vLocal;
flat in float vLength;
flat in float vHalfWidth;
flat in float vDashStart;
flat in float vDashDir;
uniform vec2 uDash;  // dash, gap (pixels); 0 = solid

float coverage() {
  float d = vLocal.x < 0.0 ? length(vLocal)
          : vLocal.x > vLength ? length(vec2(vLocal.x - vLength, vLocal.y))
          : abs(vLocal.y);
  // Lines thinner than a pixel keep a pixel's footprint at reduced opacity.
  float w = max(vHalfWidth, 0.5);
  return clamp(w + 0.5 - d, 0.0, 1.0) * min(vHalfWidth * 2.0, 1.0);
}

out vec4 oColor;
void main() {
  float a = coverage();
  if (uDash.x > 0.0 && uDash.y > 0.0) {
    // Antialiased dash ends: coverage by the distance into the dash.
    float u = mod(vDashStart + vDashDir * clamp(vLocal.x, 0.0, vLength), uDash.x + uDash.y);
    a *= clamp(min(u, uDash.x - u) + 0.5, 0.0, 1.0);
  }
  if (a <= 0.0) discard;
  oColor = vec4(mix(vColor.rgb, uFogColor.rgb, fogAmount(vDistance)), vColor.a * a);
}
