#pragma once
// Screenshots: read the window's back buffer and write an RGB PNG, top row
// first, atomically (temp file + rename).
#include <cstdint>
#include <string>
#include <vector>

namespace ps::viewer {

// rgb: width*height*3 bytes, top row first. Throws ps::Error naming the path.
void writePngRgb(const std::string& path, const std::vector<uint8_t>& rgb, int width, int height);
// glReadPixels of the current read buffer (call before swapping), flipped to top row first.
std::vector<uint8_t> readFramebufferRgb(int width, int height);

}  // namespace ps::viewer
