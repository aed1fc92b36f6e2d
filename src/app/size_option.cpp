#include "app/size_option.h"

#include <charconv>

#include "core/error.h"

namespace ps::app {

std::pair<int, int> parseSizeOption(const std::string& text, int minSide, int maxSide) {
  const auto bad = [&] {
    return Error("", "--size must be WIDTHxHEIGHT between " + std::to_string(minSide) + " and " +
                         std::to_string(maxSide) + ", got \"" + text + "\"", "--size");
  };
  const size_t x = text.find_first_of("xX");
  if (x == std::string::npos) throw bad();
  int w = 0, h = 0;
  const char* b = text.data();
  const char* e = b + text.size();
  const auto rw = std::from_chars(b, b + x, w);
  const auto rh = std::from_chars(b + x + 1, e, h);
  if (rw.ec != std::errc() || rw.ptr != b + x || rh.ec != std::errc() || rh.ptr != e || x == 0) throw bad();
  if (w < minSide || h < minSide || w > maxSide || h > maxSide) throw bad();
  return {w, h};
}

}  // namespace ps::app
