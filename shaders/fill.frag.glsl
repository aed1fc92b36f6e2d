#version 410 core
#include "common.glsl"
in vec4 vColor;
in float vDistance;
out vec4 oColor;
void main() { oColor = vec4(mix(vColor.rgb, uFogColor.rgb, fogAmount(vDistance)), vColor.a); }
