#include "scene/toml_numbers.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <string>

namespace ps {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Length of a TOML float at s[i] (sign, digits, '.', digits, exponent), 0 if
// the token there is not a decimal float (integers, dates, keys stay).
size_t floatLength(std::string_view s, size_t i) {
  size_t j = i;
  if (j < s.size() && (s[j] == '-' || s[j] == '+')) ++j;
  const size_t intStart = j;
  while (j < s.size() && isDigit(s[j])) ++j;
  if (j == intStart || j >= s.size() || s[j] != '.') return 0;
  ++j;
  const size_t fracStart = j;
  while (j < s.size() && isDigit(s[j])) ++j;
  if (j == fracStart) return 0;
  if (j < s.size() && (s[j] == 'e' || s[j] == 'E')) {
    size_t k = j + 1;
    if (k < s.size() && (s[k] == '-' || s[k] == '+')) ++k;
    const size_t expStart = k;
    while (k < s.size() && isDigit(s[k])) ++k;
    if (k > expStart) j = k;
  }
  // A float is followed by a separator, never by a letter, digit, '-' or ':' (dates, times, keys).
  if (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '_' || s[j] == '-' || s[j] == ':'))
    return 0;
  return j - i;
}

std::string shortest(double v) {
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, v);
  std::string out(buf, res.ptr);
  if (out.find_first_of(".eEn") == std::string::npos) out += ".0";
  return out;
}

}  // namespace

double roundTo(double v, int decimals) {
  if (!std::isfinite(v)) return v;
  const double scale = std::pow(10.0, decimals);
  const double r = std::round(v * scale) / scale;
  return r == 0 ? 0.0 : r;  // never "-0.0"
}

std::string tidyTomlNumbers(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (c == '#') {  // a comment, to the end of the line
      const size_t e = s.find('\n', i);
      const size_t end = e == std::string_view::npos ? s.size() : e;
      out.append(s.substr(i, end - i));
      i = end;
    } else if (c == '"' || c == '\'') {  // a string: basic (escapes) or literal, single- or multi-line
      const bool triple = s.substr(i, 3) == std::string(3, c);
      const std::string close = triple ? std::string(3, c) : std::string(1, c);
      size_t j = i + close.size();
      while (j < s.size() && s.compare(j, close.size(), close) != 0) j += (c == '"' && s[j] == '\\') ? 2 : 1;
      j = std::min(s.size(), j + close.size());
      out.append(s.substr(i, j - i));
      i = j;
    } else if ((isDigit(c) || c == '-' || c == '+') && (i == 0 || !std::isalnum(static_cast<unsigned char>(s[i - 1])))) {
      const size_t n = floatLength(s, i);
      if (n == 0) {
        out += c;
        ++i;
        continue;
      }
      double v = 0;
      const char* first = s.data() + i + (c == '+' ? 1 : 0);
      std::from_chars(first, s.data() + i + n, v);
      out += shortest(roundTo(v, 6));
      i += n;
    } else {
      out += c;
      ++i;
    }
  }
  return out;
}

}  // namespace ps
