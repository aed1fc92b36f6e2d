#pragma once
// RGBA8 images, PNG files and image comparison (render tests, `render` CLI).
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace ps::render {

struct Image {
  int width = 0, height = 0;
  std::vector<uint8_t> rgba;  // width*height*4 bytes, straight alpha, top row first

  bool empty() const { return width <= 0 || height <= 0; }
  const uint8_t* pixel(int x, int y) const { return &rgba[(static_cast<size_t>(y) * width + x) * 4]; }
  uint8_t* pixel(int x, int y) { return &rgba[(static_cast<size_t>(y) * width + x) * 4]; }
};

// Rgb drops the alpha channel from the file (opaque screenshots).
enum class PngChannels { Rgba, Rgb };

// Writes an 8-bit RGBA (or RGB) PNG atomically: a temp file beside `path`, then rename,
// so readers never see half a file. textChunks become tEXt chunks
// (key <= 79 Latin-1 chars, e.g. {"Source", "... sample data"}; UTF-8 values
// are written as iTXt). Throws ps::Error naming the file.
void writePng(const Image& img, const std::string& path,
              const std::vector<std::pair<std::string, std::string>>& textChunks = {},
              PngChannels channels = PngChannels::Rgba);

// Reads any PNG (grey, palette, 16-bit... converted to RGBA8). Throws ps::Error naming the file.
Image readPng(const std::string& path);
// The tEXt/iTXt chunks of a PNG, in file order. Throws ps::Error naming the file.
std::vector<std::pair<std::string, std::string>> readPngText(const std::string& path);

struct DiffResult {
  size_t differing = 0;  // pixels where some channel differs by more than the threshold
  double fraction = 0;   // differing / pixel count (1 when sizes differ)
  double maxDiff = 0;    // largest channel difference, 0..255
  Image diff;            // differing pixels red over a faded grey of `expected`
};

// Compares `actual` against `expected`. A pixel differs when any channel
// differs by more than perPixelThreshold (0..255). Images of different sizes
// differ entirely (fraction 1, empty diff).
DiffResult compareImages(const Image& actual, const Image& expected, int perPixelThreshold);

}  // namespace ps::render
