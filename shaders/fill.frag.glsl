#version 410 core
#include "common.glsl"
in vec4 vColor;
in float vDistance;
flat in uint vFeature;
#ifdef PICKING
uniform uint uLayer;
out uvec2 oId;
void main() { oId = uvec2(uLayer, vFeature + 1u); }
#else
out vec4 oColor;
void main() { oColor = vec4(mix(vColor.rgb, uFogColor.rgb, fogAmount(vDistance)), vColor.a); }
#endif
