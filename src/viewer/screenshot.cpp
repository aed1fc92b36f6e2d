#include "viewer/png.h"

#include <cstdio>

#include <glad/gl.h>
#include <png.h>

#include "core/atomic_file.h"
#include "core/error.h"

namespace ps::viewer {

void writePngRgb(const std::string& path, const std::vector<uint8_t>& rgb, int width, int height) {
  if (rgb.size() != static_cast<size_t>(width) * static_cast<size_t>(height) * 3)
    throw Error(path, "screenshot buffer has the wrong size");
  writeViaTemp(path, [&](const std::string& tmp) {
    FILE* f = std::fopen(tmp.c_str(), "wb");
    if (!f) throw Error(path, "cannot create the screenshot file");
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!png || !info || setjmp(png_jmpbuf(png))) {
      png_destroy_write_struct(&png, &info);
      std::fclose(f);
      throw Error(path, "libpng failed to write the screenshot");
    }
    png_init_io(png, f);
    png_set_IHDR(png, info, static_cast<png_uint_32>(width), static_cast<png_uint_32>(height), 8, PNG_COLOR_TYPE_RGB,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_write_info(png, info);
    for (int y = 0; y < height; ++y)
      png_write_row(png, const_cast<png_bytep>(rgb.data() + static_cast<size_t>(y) * static_cast<size_t>(width) * 3));
    png_write_end(png, nullptr);
    png_destroy_write_struct(&png, &info);
    if (std::fclose(f) != 0) throw Error(path, "cannot finish writing the screenshot");
  });
}

std::vector<uint8_t> readFramebufferRgb(int width, int height) {
  std::vector<uint8_t> raw(static_cast<size_t>(width) * static_cast<size_t>(height) * 3);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, raw.data());
  std::vector<uint8_t> out(raw.size());
  const size_t row = static_cast<size_t>(width) * 3;
  for (int y = 0; y < height; ++y)
    std::copy_n(raw.data() + static_cast<size_t>(height - 1 - y) * row, row, out.data() + static_cast<size_t>(y) * row);
  return out;
}

}  // namespace ps::viewer
