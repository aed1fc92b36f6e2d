#pragma once
// A PNG written row band by row band (posters larger than memory should hold
// at once): libpng row writes into an open file, so only one band of the
// picture is ever in memory. Used inside core/atomic_file's writeViaTemp, so a
// failed or interrupted poster leaves no half-written file.
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "render/image.h"

namespace ps::render {

class PngRowWriter {
 public:
  // Writes the header at once: width x height, 8-bit RGBA (or RGB: the 4th
  // byte of each pixel dropped), the tEXt/iTXt chunks, and pHYs when dpi > 0.
  // `file` stays the caller's; `name` is the file named in errors.
  PngRowWriter(std::FILE* file, std::string name, int width, int height,
               const std::vector<std::pair<std::string, std::string>>& textChunks, double dpi,
               PngChannels channels = PngChannels::Rgba);
  ~PngRowWriter();
  PngRowWriter(const PngRowWriter&) = delete;
  PngRowWriter& operator=(const PngRowWriter&) = delete;

  // The next band of rows, top first; band.width must be the picture's width.
  void writeRows(const Image& band);
  // After the last row: the end chunk. Throws when rows are missing.
  void finish();
  int rowsWritten() const { return rows_; }

 private:
  void* png_ = nullptr;
  void* info_ = nullptr;
  std::string name_;
  int width_, height_, rows_ = 0;
};

// Pixels per metre of a dpi (PNG's pHYs unit).
unsigned pixelsPerMetre(double dpi);

}  // namespace ps::render
