#include "render/image.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

#include <png.h>

#include "core/atomic_file.h"
#include "core/error.h"
#include "render/png_text.h"

namespace ps::render {

namespace {

struct FileCloser {
  void operator()(FILE* f) const { std::fclose(f); }
};
using FilePtr = std::unique_ptr<FILE, FileCloser>;

void pngWarning(png_structp, png_const_charp) {}

// The libpng calls, apart: nothing with a destructor lives across setjmp.
bool writePngRaw(FILE* f, int w, int h, png_bytep* rows, png_text* texts, int ntexts, bool rgb) {
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, pngWarning);
  if (!png) return false;
  png_infop info = png_create_info_struct(png);
  if (!info) {
    png_destroy_write_struct(&png, nullptr);
    return false;
  }
  if (setjmp(png_jmpbuf(png))) {
    png_destroy_write_struct(&png, &info);
    return false;
  }
  png_init_io(png, f);
  png_set_IHDR(png, info, static_cast<png_uint_32>(w), static_cast<png_uint_32>(h), 8,
               rgb ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_RGBA, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
               PNG_FILTER_TYPE_DEFAULT);
  if (ntexts > 0) png_set_text(png, info, texts, ntexts);
  png_set_compression_level(png, 6);
  png_write_info(png, info);
  // After the header (libpng checks the colour type written): rows keep their 4th byte, the file drops it.
  if (rgb) png_set_filler(png, 0, PNG_FILLER_AFTER);
  png_write_image(png, rows);
  png_write_end(png, info);
  png_destroy_write_struct(&png, &info);
  return true;
}

// Reads the header and sets up RGBA8 conversion; false on a libpng error.
bool readHeaderRaw(png_structp png, png_infop info, FILE* f, png_uint_32* w, png_uint_32* h, size_t* rowBytes) {
  if (setjmp(png_jmpbuf(png))) return false;
  png_init_io(png, f);
  png_set_sig_bytes(png, 8);
  png_read_info(png, info);
  *w = png_get_image_width(png, info);
  *h = png_get_image_height(png, info);
  png_set_expand(png);
  png_set_strip_16(png);
  png_set_gray_to_rgb(png);
  png_set_add_alpha(png, 0xff, PNG_FILLER_AFTER);
  png_set_interlace_handling(png);
  png_read_update_info(png, info);
  *rowBytes = png_get_rowbytes(png, info);
  return true;
}

bool readRowsRaw(png_structp png, png_bytep* rows) {
  if (setjmp(png_jmpbuf(png))) return false;
  png_read_image(png, rows);
  png_read_end(png, nullptr);
  return true;
}

bool readTextRaw(png_structp png, png_infop info, FILE* f, png_textp* text, int* n) {
  if (setjmp(png_jmpbuf(png))) return false;
  png_init_io(png, f);
  png_set_sig_bytes(png, 8);
  png_read_info(png, info);
  png_get_text(png, info, text, n);
  return true;
}

}  // namespace

void writePng(const Image& img, const std::string& path,
              const std::vector<std::pair<std::string, std::string>>& textChunks, PngChannels channels) {
  if (img.empty() || img.rgba.size() != static_cast<size_t>(img.width) * img.height * 4)
    throw Error(path, "cannot write an empty or inconsistent image");
  std::vector<png_text> texts = pngTextChunks(textChunks);
  std::vector<png_bytep> rows(static_cast<size_t>(img.height));
  for (int y = 0; y < img.height; ++y)
    rows[static_cast<size_t>(y)] = const_cast<png_bytep>(img.pixel(0, y));
  writeViaTemp(path, [&](const std::string& tmp) {
    FILE* raw = std::fopen(tmp.c_str(), "wb");
    if (!raw) throw Error(path, std::string("cannot create file: ") + std::strerror(errno));
    FilePtr file(raw);
    const bool ok = writePngRaw(file.get(), img.width, img.height, rows.data(), texts.data(),
                                 static_cast<int>(texts.size()), channels == PngChannels::Rgb);
    const bool flushed = std::fflush(file.get()) == 0;
    if (!ok || !flushed) throw Error(path, "cannot write PNG (disk full or I/O error)");
  });
}

namespace {

struct PngReader {
  png_structp png = nullptr;
  png_infop info = nullptr;
  explicit PngReader(const std::string& path) {
    png = png_create_read_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, pngWarning);
    if (!png) throw Error(path, "out of memory reading PNG");
    info = png_create_info_struct(png);
    if (!info) {
      png_destroy_read_struct(&png, nullptr, nullptr);
      throw Error(path, "out of memory reading PNG");
    }
  }
  ~PngReader() { png_destroy_read_struct(png ? &png : nullptr, info ? &info : nullptr, nullptr); }
  PngReader(const PngReader&) = delete;
  PngReader& operator=(const PngReader&) = delete;
};

// Opens `path` and checks the PNG signature (8 bytes consumed).
FilePtr openPng(const std::string& path) {
  FILE* raw = std::fopen(path.c_str(), "rb");
  if (!raw) throw Error(path, std::string("cannot open PNG: ") + std::strerror(errno));
  FilePtr f(raw);
  unsigned char sig[8] = {};
  if (std::fread(sig, 1, 8, f.get()) != 8 || png_sig_cmp(sig, 0, 8) != 0)
    throw Error(path, "not a PNG file (bad signature)");
  return f;
}

}  // namespace

Image readPng(const std::string& path) {
  FilePtr f = openPng(path);
  PngReader r(path);
  png_uint_32 w = 0, h = 0;
  size_t rowBytes = 0;
  if (!readHeaderRaw(r.png, r.info, f.get(), &w, &h, &rowBytes)) throw Error(path, "corrupt PNG header");
  if (w == 0 || h == 0 || w > 32768 || h > 32768) throw Error(path, "PNG size out of range");
  if (rowBytes != static_cast<size_t>(w) * 4) throw Error(path, "unsupported PNG layout");
  Image img;
  img.width = static_cast<int>(w);
  img.height = static_cast<int>(h);
  img.rgba.resize(static_cast<size_t>(w) * h * 4);
  std::vector<png_bytep> rows(h);
  for (png_uint_32 y = 0; y < h; ++y) rows[y] = img.pixel(0, static_cast<int>(y));
  if (!readRowsRaw(r.png, rows.data())) throw Error(path, "corrupt or truncated PNG");
  return img;
}

std::vector<std::pair<std::string, std::string>> readPngText(const std::string& path) {
  FilePtr f = openPng(path);
  PngReader r(path);
  std::vector<std::pair<std::string, std::string>> out;
  png_textp text = nullptr;
  int n = 0;
  if (!readTextRaw(r.png, r.info, f.get(), &text, &n)) throw Error(path, "corrupt or truncated PNG");
  for (int i = 0; i < n; ++i)
    out.emplace_back(text[i].key, std::string(text[i].text, text[i].text ? std::strlen(text[i].text) : 0));
  return out;
}

DiffResult compareImages(const Image& actual, const Image& expected, int perPixelThreshold) {
  DiffResult r;
  if (actual.width != expected.width || actual.height != expected.height || actual.empty()) {
    r.fraction = 1.0;
    r.maxDiff = 255;
    r.differing = static_cast<size_t>(std::max(actual.width * actual.height, expected.width * expected.height));
    return r;
  }
  r.diff.width = actual.width;
  r.diff.height = actual.height;
  r.diff.rgba.resize(actual.rgba.size());
  const size_t n = static_cast<size_t>(actual.width) * actual.height;
  for (size_t i = 0; i < n; ++i) {
    const uint8_t* a = &actual.rgba[i * 4];
    const uint8_t* e = &expected.rgba[i * 4];
    int d = 0;
    for (int c = 0; c < 4; ++c) d = std::max(d, std::abs(int(a[c]) - int(e[c])));
    r.maxDiff = std::max(r.maxDiff, double(d));
    uint8_t* o = &r.diff.rgba[i * 4];
    if (d > perPixelThreshold) {
      ++r.differing;
      o[0] = 255, o[1] = 0, o[2] = 0, o[3] = 255;
    } else {
      // Faded grey of the expected image, so the red stands out but the scene is recognisable.
      const int grey = (e[0] * 77 + e[1] * 150 + e[2] * 29) >> 8;
      const auto v = static_cast<uint8_t>(255 - (255 - grey) / 4);
      o[0] = o[1] = o[2] = v;
      o[3] = 255;
    }
  }
  r.fraction = double(r.differing) / double(n);
  return r;
}

}  // namespace ps::render
