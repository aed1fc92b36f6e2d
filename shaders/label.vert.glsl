#version 410 core
// Screen-space glyph quads, placed on the CPU (collision, culling); hidden
// here when the scene is nearer than the label's anchor.
layout(location = 0) in vec2 aScreen;   // pixels, top-left origin
layout(location = 1) in vec2 aUV;
layout(location = 2) in vec4 aColor;
layout(location = 3) in vec4 aHalo;
layout(location = 4) in vec3 aAnchor;   // anchor: pixels (top-left origin) and window depth 0..1
uniform vec2 uViewport;
uniform sampler2D uSceneDepth;
uniform int uDepthTest;
uniform vec2 uNearFar;
out vec2 vUV;
out vec4 vColor;
out vec4 vHalo;

float eyeDistance(float windowDepth) {
  float z = windowDepth * 2.0 - 1.0;
  return 2.0 * uNearFar.x * uNearFar.y / (uNearFar.y + uNearFar.x - z * (uNearFar.y - uNearFar.x));
}

void main() {
  vUV = aUV;
  vColor = aColor;
  vHalo = aHalo;
  if (uDepthTest != 0) {
    ivec2 p = clamp(ivec2(int(aAnchor.x), int(uViewport.y - aAnchor.y)), ivec2(0), ivec2(uViewport) - 1);
    float scene = texelFetch(uSceneDepth, p, 0).r;
    if (eyeDistance(aAnchor.z) > eyeDistance(scene) * 1.004 + 0.5) {
      gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
      return;
    }
  }
  gl_Position = vec4(aScreen.x / uViewport.x * 2.0 - 1.0, 1.0 - aScreen.y / uViewport.y * 2.0, 0.0, 1.0);
}
