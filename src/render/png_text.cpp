#include "render/png_text.h"

#include <algorithm>
#include <cstring>

namespace ps::render {

std::vector<png_text> pngTextChunks(const std::vector<std::pair<std::string, std::string>>& chunks) {
  std::vector<png_text> texts(chunks.size());
  for (size_t i = 0; i < chunks.size(); ++i) {
    png_text& t = texts[i];
    std::memset(&t, 0, sizeof t);
    const std::string& value = chunks[i].second;
    t.key = const_cast<char*>(chunks[i].first.c_str());
    t.text = const_cast<char*>(value.c_str());
    t.text_length = value.size();
    const bool ascii = std::all_of(value.begin(), value.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    t.compression = ascii ? PNG_TEXT_COMPRESSION_NONE : PNG_ITXT_COMPRESSION_NONE;
  }
  return texts;
}

}  // namespace ps::render
