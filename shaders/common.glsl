// Shared by every map shader (spliced in where a stage says #include "common.glsl").
// Per-feature style texel (RGBA32UI, 1024 features a row, see render/renderer.cpp):
//   r = colour RGBA8 (red in the low byte), g = floatBits(base), b = floatBits(height), a = flags.
uniform usampler2D uStyles;
uniform mat4 uView;
uniform mat4 uProj;
uniform float uOpacity;
uniform float uHeightScale;
uniform vec4 uFogColor;   // the background: far ground fades into it
uniform vec2 uFogRange;   // view distance where the fade starts and where it is full

const uint kHidden = 1u;
const uint kHighlighted = 2u;
const uint kSelected = 4u;
const uint kFaded = 8u;

struct FeatureStyle {
  vec4 color;
  float base;
  float height;
  uint flags;
};

FeatureStyle featureStyle(uint f) {
  uvec4 t = texelFetch(uStyles, ivec2(int(f % 1024u), int(f / 1024u)), 0);
  FeatureStyle s;
  s.color = unpackUnorm4x8(t.r);
  s.base = uintBitsToFloat(t.g);
  s.height = uintBitsToFloat(t.b) * uHeightScale;
  s.flags = t.a;
  return s;
}

// Highlight and selection tint towards warm accents; faded features wash out
// towards light grey so the rest of the map reads first.
vec4 applyFlags(vec4 c, uint flags) {
  if ((flags & kFaded) != 0u) {
    float l = dot(c.rgb, vec3(0.299, 0.587, 0.114));
    c.rgb = mix(vec3(l), vec3(0.93), 0.6);
    c.a *= 0.6;
  }
  if ((flags & kHighlighted) != 0u) c.rgb = mix(c.rgb, vec3(1.0, 0.86, 0.35), 0.45);
  if ((flags & kSelected) != 0u) c.rgb = mix(c.rgb, vec3(1.0, 0.48, 0.12), 0.65);
  return c;
}

// Outside every clip volume: a triangle made of these is dropped.
const vec4 kCulled = vec4(2.0, 2.0, 2.0, 1.0);

float fogAmount(float viewDistance) {
  return 0.55 * smoothstep(uFogRange.x, uFogRange.y, viewDistance);
}
