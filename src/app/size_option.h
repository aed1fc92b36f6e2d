#pragma once
// "WIDTHxHEIGHT" options (--size of render and film): each side minSide..maxSide,
// nothing before, between or after. Throws ps::Error naming --size and the text.
#include <string>
#include <utility>

namespace ps::app {

std::pair<int, int> parseSizeOption(const std::string& text, int minSide, int maxSide);

}  // namespace ps::app
