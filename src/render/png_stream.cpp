#include "render/png_stream.h"

#include <cmath>
#include <cstring>

#include <png.h>

#include "core/error.h"
#include "render/png_text.h"

namespace ps::render {

namespace {

void pngWarningQuiet(png_structp, png_const_charp) {}

// zlib's fastest level: on a 1280x720 map about a third of level 6's time
// (the CLI render's largest single cost after the data) for a file ~15% larger.
constexpr int kCompressionLevel = 1;

// The libpng calls, apart: nothing with a destructor lives across setjmp.
bool beginRaw(png_structp png, png_infop info, FILE* f, int w, int h, png_text* texts, int ntexts, unsigned ppm,
              bool rgb) {
  if (setjmp(png_jmpbuf(png))) return false;
  png_init_io(png, f);
  png_set_IHDR(png, info, static_cast<png_uint_32>(w), static_cast<png_uint_32>(h), 8,
               rgb ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_RGBA, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
               PNG_FILTER_TYPE_DEFAULT);
  if (ntexts > 0) png_set_text(png, info, texts, ntexts);
  if (ppm > 0) png_set_pHYs(png, info, ppm, ppm, PNG_RESOLUTION_METER);
  png_set_compression_level(png, kCompressionLevel);
  png_write_info(png, info);
  if (rgb) png_set_filler(png, 0, PNG_FILLER_AFTER);
  return true;
}

bool rowsRaw(png_structp png, png_bytep* rows, png_uint_32 n) {
  if (setjmp(png_jmpbuf(png))) return false;
  png_write_rows(png, rows, n);
  return true;
}

bool endRaw(png_structp png, png_infop info) {
  if (setjmp(png_jmpbuf(png))) return false;
  png_write_end(png, info);
  return true;
}

}  // namespace

unsigned pixelsPerMetre(double dpi) {
  return dpi > 0 ? static_cast<unsigned>(std::lround(dpi / 0.0254)) : 0u;
}

PngRowWriter::PngRowWriter(std::FILE* file, std::string name, int width, int height,
                           const std::vector<std::pair<std::string, std::string>>& textChunks, double dpi,
                           PngChannels channels)
    : name_(std::move(name)), width_(width), height_(height) {
  if (width <= 0 || height <= 0) throw Error(name_, "cannot write an empty image");
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, pngWarningQuiet);
  png_infop info = png ? png_create_info_struct(png) : nullptr;
  png_ = png;
  info_ = info;
  if (!png || !info) throw Error(name_, "out of memory writing PNG");
  std::vector<png_text> texts = pngTextChunks(textChunks);
  if (!beginRaw(png, info, file, width, height, texts.data(), static_cast<int>(texts.size()), pixelsPerMetre(dpi),
                channels == PngChannels::Rgb))
    throw Error(name_, "cannot write PNG header (disk full or I/O error)");
}

PngRowWriter::~PngRowWriter() {
  png_structp png = static_cast<png_structp>(png_);
  png_infop info = static_cast<png_infop>(info_);
  if (png) png_destroy_write_struct(&png, info ? &info : nullptr);
}

void PngRowWriter::writeRows(const Image& band) {
  if (band.width != width_ || band.rgba.size() != static_cast<size_t>(band.width) * band.height * 4)
    throw Error(name_, "PNG band of the wrong width");
  if (rows_ + band.height > height_) throw Error(name_, "more PNG rows than the picture has");
  std::vector<png_bytep> rows(static_cast<size_t>(band.height));
  for (int y = 0; y < band.height; ++y) rows[static_cast<size_t>(y)] = const_cast<png_bytep>(band.pixel(0, y));
  if (!rowsRaw(static_cast<png_structp>(png_), rows.data(), static_cast<png_uint_32>(band.height)))
    throw Error(name_, "cannot write PNG rows (disk full or I/O error)");
  rows_ += band.height;
}

void PngRowWriter::finish() {
  if (rows_ != height_)
    throw Error(name_, "PNG has " + std::to_string(rows_) + " of " + std::to_string(height_) + " rows");
  if (!endRaw(static_cast<png_structp>(png_), static_cast<png_infop>(info_)))
    throw Error(name_, "cannot finish PNG (disk full or I/O error)");
}

}  // namespace ps::render
