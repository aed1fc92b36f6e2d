#include "viewer/kiosk_soak.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <glad/gl.h>
#include <imgui.h>

#include "core/process_memory.h"
#include "viewer/kiosk_session.h"

namespace ps::viewer {
namespace {

// GL names in use: the driver hands out small integers, so a leak shows as a
// growing count. 1..65535 covers any session this viewer makes.
struct GlObjects {
  int buffers = 0, textures = 0, programs = 0, vertexArrays = 0;
};

GlObjects countGlObjects() {
  GlObjects g;
  for (GLuint n = 1; n < 65536; ++n) {
    g.buffers += glIsBuffer(n) == GL_TRUE;
    g.textures += glIsTexture(n) == GL_TRUE;
    g.programs += glIsProgram(n) == GL_TRUE;
    g.vertexArrays += glIsVertexArray(n) == GL_TRUE;
  }
  return g;
}

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const size_t i = static_cast<size_t>(std::ceil(p * static_cast<double>(v.size()))) - 1;
  return v[std::min(i, v.size() - 1)];
}

}  // namespace

nlohmann::json kioskSoakSample(ReplayHost& host, double hour) {
  ReplayLog& log = host.log();
  const GlObjects g = countGlObjects();
  const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  const KioskSession* k = host.state().kiosk ? &*host.state().kiosk : nullptr;
  nlohmann::json j = {
      {"hour", hour},
      {"rss_kb", residentKb()},
      {"gl", {{"buffers", g.buffers}, {"textures", g.textures}, {"programs", g.programs}, {"vertex_arrays", g.vertexArrays}}},
      {"glyph_atlas", {atlas->TexWidth, atlas->TexHeight}},
      {"frames", log.frameMs.size()},
      {"frame_ms_p50", percentile(log.frameMs, 0.50)},
      {"frame_ms_p99", percentile(log.frameMs, 0.99)},
      {"errors", k ? k->errors.size() : 0},
      {"resets", k ? k->resets : 0},
      {"taps", k ? k->taps : 0},
  };
  log.frameMs.clear();
  log.soakSamples.push_back(j);
  return j;
}

}  // namespace ps::viewer
