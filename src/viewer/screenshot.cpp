#include "viewer/screenshot.h"

#include <algorithm>

#include <glad/gl.h>

namespace ps::viewer {

render::Image readFramebuffer(int width, int height) {
  const size_t row = static_cast<size_t>(width) * 4;
  std::vector<uint8_t> raw(row * static_cast<size_t>(height));
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, raw.data());
  render::Image img;
  img.width = width;
  img.height = height;
  img.rgba.resize(raw.size());
  for (int y = 0; y < height; ++y)
    std::copy_n(raw.data() + static_cast<size_t>(height - 1 - y) * row, row, img.rgba.data() + static_cast<size_t>(y) * row);
  for (size_t i = 3; i < img.rgba.size(); i += 4) img.rgba[i] = 255;
  return img;
}

}  // namespace ps::viewer
