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

// GL names in use: the driver hands out integers, so a leak shows as a
// growing count. Mesa does not reuse freed names: it hands out the highest so
// far + 1, and ImGui's renderer makes and deletes a vertex array every frame,
// so after ~65,000 frames (a day of kiosk) new vertex arrays have names above
// 65,535. The count therefore runs up to the next name each kind would get
// (probes made and deleted here), not to a fixed ceiling.
struct GlObjects {
  int buffers = 0, textures = 0, programs = 0, vertexArrays = 0;
};

GLuint nextNames() {
  GLuint vao = 0, buffer = 0, texture = 0;
  glGenVertexArrays(1, &vao);
  glGenBuffers(1, &buffer);
  glGenTextures(1, &texture);
  const GLuint program = glCreateProgram();
  glDeleteVertexArrays(1, &vao);
  glDeleteBuffers(1, &buffer);
  glDeleteTextures(1, &texture);
  if (program) glDeleteProgram(program);
  return std::max({vao, buffer, texture, program, GLuint{65535}});
}

GlObjects countGlObjects() {
  GlObjects g;
  const GLuint top = nextNames();
  for (GLuint n = 1; n <= top; ++n) {
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
