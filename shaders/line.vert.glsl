#version 410 core
#include "common.glsl"
// Screen-space-width segment quads with round caps (which also close the joins).
layout(location = 0) in vec2 aPos;
layout(location = 1) in vec2 aOther;
layout(location = 2) in float aSide;
layout(location = 3) in float aTop;
layout(location = 4) in uint aFeature;
layout(location = 5) in float aAlong;  // metres along the line at aPos: >= 0 at a segment's start, negated at its end
uniform vec2 uViewport;
uniform float uLineWidth;
uniform float uNear;
out vec4 vColor;
out float vDistance;
noperspective out vec2 vLocal;   // pixels: along the segment from its first end, across from its axis
flat out float vLength;
flat out float vHalfWidth;
flat out float vDashStart;  // dash coordinate (pixels along the line) at the lexicographically first end
flat out float vDashDir;    // +1 when the line runs from that end to the other, else -1

void main() {
  FeatureStyle s = featureStyle(aFeature);
  vColor = applyFlags(s.color, s.flags);
  vColor.a *= uOpacity;
  float z = s.base + aTop * s.height;
  vec4 a = uView * vec4(aPos, z, 1.0);
  vec4 b = uView * vec4(aOther, z, 1.0);
  // Pull towards the eye (same screen position, slightly nearer) so lines win
  // over the surfaces they lie on.
  a.xyz *= 0.997;
  b.xyz *= 0.997;
  float nearZ = -uNear * 1.001;
  if ((s.flags & kHidden) != 0u || (a.z > nearZ && b.z > nearZ)) {
    gl_Position = kCulled;
    return;
  }
  if (a.z > nearZ) a = mix(a, b, (nearZ - a.z) / (b.z - a.z));
  if (b.z > nearZ) b = mix(b, a, (nearZ - b.z) / (a.z - b.z));
  vDistance = length(a.xyz);
  vec4 ca = uProj * a, cb = uProj * b;
  vec2 half_ = 0.5 * uViewport;
  vec2 sa = ca.xy / ca.w * half_, sb = cb.xy / cb.w * half_;
  vec2 d = sb - sa;
  float len = length(d);
  vec2 dir = len > 1e-6 ? d / len : vec2(1.0, 0.0);
  vec2 nrm = vec2(-dir.y, dir.x);
  vHalfWidth = 0.5 * uLineWidth;
  float e = vHalfWidth + 1.0;   // + 1 px antialiasing fringe
  // A consistent frame for both ends: measured from the lexicographically first end.
  bool first = aPos.x < aOther.x || (aPos.x == aOther.x && aPos.y < aOther.y);
  vLength = len;
  // Dashes: metres along the line -> pixels at this segment's scale, so the
  // pattern runs on across vertices (every vertex of the segment agrees).
  float worldLen = length(aOther - aPos);
  float sPos = aAlong >= 0.0 ? aAlong : -aAlong;
  float sOther = aAlong >= 0.0 ? aAlong + worldLen : -aAlong - worldLen;
  float pxPerM = worldLen > 1e-6 ? len / worldLen : 0.0;
  vDashStart = (first ? sPos : sOther) * pxPerM;
  vDashDir = (first ? sOther - sPos : sPos - sOther) >= 0.0 ? 1.0 : -1.0;
  vLocal = vec2(first ? -e : len + e, first ? aSide * e : -aSide * e);
  vec2 p = sa + nrm * aSide * e - dir * e;
  gl_Position = vec4(p / half_ * ca.w, ca.z, ca.w);
}
