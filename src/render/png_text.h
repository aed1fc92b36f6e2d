#pragma once
// The text chunks both PNG writers (render/image.h's writePng, the poster's
// render/png_stream.h) put in a file: tEXt for ASCII values, iTXt (UTF-8)
// for any other, uncompressed.
#include <string>
#include <utility>
#include <vector>

#include <png.h>

namespace ps::render {

// The png_text entries point into `chunks`, which must outlive them.
std::vector<png_text> pngTextChunks(const std::vector<std::pair<std::string, std::string>>& chunks);

}  // namespace ps::render
