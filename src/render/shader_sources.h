#pragma once
// GLSL sources of shaders/*.glsl, embedded into the library at build time
// (shaders/embed_shaders.cmake), so no binary reads shader files at run time.
#include <string_view>

namespace ps::render {

// The text of shaders/<name> (e.g. "extrusion.vert.glsl"); empty if unknown.
std::string_view shaderSource(std::string_view name);

}  // namespace ps::render
