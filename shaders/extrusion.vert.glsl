#version 410 core
#include "common.glsl"
layout(location = 0) in vec2 aPos;
layout(location = 1) in float aTop;
layout(location = 2) in vec3 aNormal;
layout(location = 3) in uint aFeature;
out vec4 vColor;
out vec3 vNormal;
out float vAboveBase;   // metres above the feature's base
out float vHeight;      // the feature's height, for the vertical gradient
out float vDistance;

void main() {
  FeatureStyle s = featureStyle(aFeature);
  vColor = applyFlags(s.color, s.flags);
  vColor.a *= uOpacity;
  vNormal = aNormal;
  vAboveBase = aTop * s.height;
  vHeight = s.height;
  vec4 v = uView * vec4(aPos, s.base + aTop * s.height, 1.0);
  vDistance = length(v.xyz);
  gl_Position = ((s.flags & kHidden) != 0u || s.height <= 0.0) ? kCulled : uProj * v;
}
