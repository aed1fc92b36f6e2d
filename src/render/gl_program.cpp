#include "render/gl_program.h"

#include <utility>

#include "core/error.h"
#include "render/shader_sources.h"

namespace ps::render {

namespace {

const char* const kUniformNames[] = {"uView", "uProj", "uStyles", "uOpacity", "uHeightScale", "uFogColor",
                                     "uFogRange", "uViewport", "uLineWidth", "uPointSize", "uNear",
                                     "uSunDir", "uOutline", "uAtlas", "uAtlasTexel", "uHaloPx", "uSceneDepth",
                                     "uDepthTest", "uNearFar", "uDash"};
static_assert(sizeof(kUniformNames) / sizeof(kUniformNames[0]) == static_cast<size_t>(Uniform::Count));

std::string expand(const std::string& file, const std::vector<std::string>& defines) {
  const std::string_view src = shaderSource(file);
  if (src.empty()) throw Error("shaders/" + file, "no such embedded shader");
  std::string out;
  size_t pos = 0;
  bool first = true;
  while (pos < src.size()) {
    size_t end = src.find('\n', pos);
    if (end == std::string_view::npos) end = src.size();
    const std::string_view line = src.substr(pos, end - pos);
    pos = end + 1;
    constexpr std::string_view kInclude = "#include \"";
    if (line.substr(0, kInclude.size()) == kInclude) {
      const std::string_view rest = line.substr(kInclude.size());
      const std::string name(rest.substr(0, rest.find('"')));
      const std::string_view inc = shaderSource(name);
      if (inc.empty()) throw Error("shaders/" + file, "includes unknown shader '" + name + "'");
      out += inc;
      out += '\n';
      continue;
    }
    out += line;
    out += '\n';
    if (first) {
      // "NAME" defines NAME as 1; "NAME VALUE" passes the value (constants from C++ headers).
      for (const auto& d : defines) out += "#define " + d + (d.find(' ') == std::string::npos ? " 1\n" : "\n");
      first = false;
    }
  }
  return out;
}

GLuint compile(GLenum stage, const std::string& file, const std::vector<std::string>& defines) {
  const std::string text = expand(file, defines);
  GLuint s = glCreateShader(stage);
  const char* p = text.c_str();
  glShaderSource(s, 1, &p, nullptr);
  glCompileShader(s);
  GLint ok = 0;
  glGetShaderiv(s, GL_COMPILE_STATUS, &ok);
  if (!ok) {
    GLint n = 0;
    glGetShaderiv(s, GL_INFO_LOG_LENGTH, &n);
    std::string log(static_cast<size_t>(n > 0 ? n : 1), '\0');
    glGetShaderInfoLog(s, n, nullptr, log.data());
    glDeleteShader(s);
    throw Error("shaders/" + file, "compile error: " + std::string(log.c_str()));
  }
  return s;
}

}  // namespace

GlProgram::GlProgram(const std::string& vertFile, const std::string& fragFile, const std::vector<std::string>& defines) {
  const GLuint vs = compile(GL_VERTEX_SHADER, vertFile, defines);
  GLuint fs = 0;
  try {
    fs = compile(GL_FRAGMENT_SHADER, fragFile, defines);
  } catch (...) {
    glDeleteShader(vs);
    throw;
  }
  id_ = glCreateProgram();
  glAttachShader(id_, vs);
  glAttachShader(id_, fs);
  glLinkProgram(id_);
  glDeleteShader(vs);
  glDeleteShader(fs);
  GLint ok = 0;
  glGetProgramiv(id_, GL_LINK_STATUS, &ok);
  if (!ok) {
    GLint n = 0;
    glGetProgramiv(id_, GL_INFO_LOG_LENGTH, &n);
    std::string log(static_cast<size_t>(n > 0 ? n : 1), '\0');
    glGetProgramInfoLog(id_, n, nullptr, log.data());
    glDeleteProgram(id_);
    id_ = 0;
    throw Error("shaders/" + vertFile + " + " + fragFile, "link error: " + std::string(log.c_str()));
  }
  for (int i = 0; i < static_cast<int>(Uniform::Count); ++i) locs_[i] = glGetUniformLocation(id_, kUniformNames[i]);
}

GlProgram::~GlProgram() {
  if (id_) glDeleteProgram(id_);
}

GlProgram::GlProgram(GlProgram&& o) noexcept : id_(std::exchange(o.id_, 0)) {
  for (int i = 0; i < static_cast<int>(Uniform::Count); ++i) locs_[i] = o.locs_[i];
}

GlProgram& GlProgram::operator=(GlProgram&& o) noexcept {
  if (this != &o) {
    if (id_) glDeleteProgram(id_);
    id_ = std::exchange(o.id_, 0);
    for (int i = 0; i < static_cast<int>(Uniform::Count); ++i) locs_[i] = o.locs_[i];
  }
  return *this;
}

}  // namespace ps::render
