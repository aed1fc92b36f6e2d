#version 410 core
#include "common.glsl"
layout(location = 0) in vec2 aPos;
layout(location = 1) in uint aFeature;
out vec4 vColor;
out float vDistance;

void main() {
  FeatureStyle s = featureStyle(aFeature);
  vColor = applyFlags(s.color, s.flags);
  vColor.a *= uOpacity;
  vec4 v = uView * vec4(aPos, 0.0, 1.0);
  vDistance = length(v.xyz);
  gl_Position = (s.flags & kHidden) != 0u ? kCulled : uProj * v;
}
