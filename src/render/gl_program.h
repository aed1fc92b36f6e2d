#pragma once
// A linked GLSL program from the embedded shaders/*.glsl, with its uniform
// locations looked up once. `#include "x.glsl"` lines are replaced by the
// embedded file; `defines` go right after #version: "NAME" as 1,
// "NAME VALUE" with its value.
// Needs a current GL context; throws ps::Error("shaders/<file>", log) on errors.
#include <string>
#include <vector>

#include <glad/gl.h>

namespace ps::render {

enum class Uniform : int {
  View, Proj, Styles, Opacity, HeightScale, FogColor, FogRange, Viewport, LineWidth, PointSize, Near,
  SunDir, Outline, Atlas, AtlasTexel, HaloPx, SceneDepth, DepthTest, NearFar, Dash, Count
};

class GlProgram {
 public:
  GlProgram() = default;
  GlProgram(const std::string& vertFile, const std::string& fragFile, const std::vector<std::string>& defines = {});
  ~GlProgram();
  GlProgram(GlProgram&& o) noexcept;
  GlProgram& operator=(GlProgram&& o) noexcept;
  GlProgram(const GlProgram&) = delete;
  GlProgram& operator=(const GlProgram&) = delete;

  GLuint id() const { return id_; }
  GLint loc(Uniform u) const { return locs_[static_cast<int>(u)]; }

 private:
  GLuint id_ = 0;
  GLint locs_[static_cast<int>(Uniform::Count)] = {};
};

}  // namespace ps::render
