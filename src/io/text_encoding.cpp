#include "io/text_encoding.h"

#include <cpl_conv.h>
#include <cpl_string.h>

namespace ps::io {

namespace {
// Length of the valid UTF-8 sequence starting at s[i], 0 if invalid (RFC 3629:
// no overlongs, no surrogates, nothing above U+10FFFF).
size_t utf8SeqLen(std::string_view s, size_t i) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  if (c < 0x80) return 1;
  size_t n;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) n = 2;
  else if (c == 0xE0) { n = 3; lo = 0xA0; }
  else if (c == 0xED) { n = 3; hi = 0x9F; }
  else if (c >= 0xE1 && c <= 0xEF) n = 3;
  else if (c == 0xF0) { n = 4; lo = 0x90; }
  else if (c == 0xF4) { n = 4; hi = 0x8F; }
  else if (c >= 0xF1 && c <= 0xF3) n = 4;
  else return 0;
  if (i + n > s.size()) return 0;
  if (b(i + 1) < lo || b(i + 1) > hi) return 0;
  for (size_t k = 2; k < n; ++k)
    if (b(i + k) < 0x80 || b(i + k) > 0xBF) return 0;
  return n;
}
}  // namespace

bool isValidUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    size_t n = utf8SeqLen(s, i);
    if (!n) return false;
    i += n;
  }
  return true;
}

bool looksLikeGbk(std::string_view s) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  for (size_t i = 0; i < s.size();) {
    unsigned char c = b(i);
    if (c < 0x80) { ++i; continue; }
    if (c == 0x80 || c == 0xFF || i + 1 >= s.size()) return false;
    unsigned char t = b(i + 1);
    if (t >= 0x30 && t <= 0x39) {  // GB18030 four-byte form
      if (i + 3 >= s.size()) return false;
      if (b(i + 2) < 0x81 || b(i + 2) > 0xFE || b(i + 3) < 0x30 || b(i + 3) > 0x39) return false;
      i += 4;
      continue;
    }
    if (t < 0x40 || t == 0x7F || t == 0xFF) return false;
    i += 2;
  }
  return true;
}

std::string toUtf8(std::string_view s, Recoded* how) {
  if (isValidUtf8(s)) {
    if (how) *how = Recoded::AlreadyUtf8;
    return std::string(s);
  }
  if (looksLikeGbk(s)) {
    std::string in(s);
    char* out = CPLRecode(in.c_str(), "GB18030", CPL_ENC_UTF8);
    std::string r = out ? out : "";
    CPLFree(out);
    if (isValidUtf8(r) && !r.empty()) {
      if (how) *how = Recoded::FromGbk;
      return r;
    }
  }
  std::string r;
  r.reserve(s.size() + 8);
  for (size_t i = 0; i < s.size();) {
    size_t n = utf8SeqLen(s, i);
    if (n) {
      r.append(s.substr(i, n));
      i += n;
    } else {
      r += "\xEF\xBF\xBD";
      ++i;
    }
  }
  if (how) *how = Recoded::Replaced;
  return r;
}

}  // namespace ps::io
