#version 410 core
// Glyph coverage from the alpha atlas; the halo is the coverage dilated by
// uHaloPx (max over two rings of samples), drawn under the text in one pass.
in vec2 vUV;
in vec4 vColor;
in vec4 vHalo;
uniform sampler2D uAtlas;
uniform vec2 uAtlasTexel;
uniform float uHaloPx;
out vec4 oColor;

void main() {
  float a = texture(uAtlas, vUV).r;
  float h = a;
  for (int i = 0; i < 12; ++i) {
    float ang = float(i) * (6.2831853 / 12.0);
    vec2 dir = vec2(cos(ang), sin(ang)) * uAtlasTexel;
    h = max(h, texture(uAtlas, vUV + dir * uHaloPx).r);
    h = max(h, texture(uAtlas, vUV + dir * (uHaloPx * 0.5)).r);
  }
  h = smoothstep(0.0, 0.45, h);
  float ta = a * vColor.a, ha = h * vHalo.a;
  float outA = ta + ha * (1.0 - ta);
  if (outA <= 0.0) discard;
  vec3 rgb = (vColor.rgb * ta + vHalo.rgb * ha * (1.0 - ta)) / outA;
  oColor = vec4(rgb, outA);
}
