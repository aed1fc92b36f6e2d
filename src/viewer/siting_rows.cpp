#include "viewer/siting_rows.h"

#include <algorithm>
#include <cstdio>

namespace ps::viewer {
namespace {

// Byte offsets where each code point starts, plus text.size().
std::vector<size_t> codePointStarts(std::string_view t) {
  std::vector<size_t> out;
  for (size_t i = 0; i < t.size(); ++i)
    if ((static_cast<unsigned char>(t[i]) & 0xC0) != 0x80) out.push_back(i);
  out.push_back(t.size());
  return out;
}

bool endsWithSeparator(std::string_view s) {
  for (std::string_view sep : {" ", "·", "-", "_", "/"})
    if (s.size() >= sep.size() && s.substr(s.size() - sep.size()) == sep) return true;
  return false;
}

}  // namespace

std::string sharedNamePrefix(const std::vector<std::string>& names) {
  if (names.size() < 2) return {};
  size_t n = names.front().size();
  for (const std::string& s : names) {
    size_t k = 0;
    while (k < n && k < s.size() && s[k] == names.front()[k]) ++k;
    n = k;
  }
  // Back to a code point boundary, then to the end of a word.
  std::string_view p(names.front().data(), n);
  while (!p.empty() && (static_cast<unsigned char>(names.front()[p.size()]) & 0xC0) == 0x80) p.remove_suffix(1);
  const std::vector<size_t> cps = codePointStarts(p);
  size_t cut = 0;
  for (size_t i = cps.size(); i-- > 0;)
    if (endsWithSeparator(p.substr(0, cps[i]))) {
      cut = cps[i];
      break;
    }
  for (const std::string& s : names)
    if (s.size() <= cut) return {};
  return std::string(p.substr(0, cut));
}

SitingRowTexts sitingRowTexts(const siting::SitingResult& result, bool english) {
  SitingRowTexts out;
  std::vector<std::string> names;
  for (const siting::ResultRow& r : result.rows) {
    const std::string& nm = english && !r.nameEn.empty() ? r.nameEn : r.nameZh;
    names.push_back(nm.empty() ? r.id : nm);
  }
  out.shared = sharedNamePrefix(names);
  for (size_t i = 0; i < result.rows.size(); ++i) {
    const siting::ResultRow& r = result.rows[i];
    SitingRowText t;
    t.rank = std::to_string(r.rank) + (r.tie ? "=" : "");
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", r.score);
    t.score = buf;
    t.full = names[i];
    t.name = names[i].substr(out.shared.size());
    t.id = r.id;
    out.rows.push_back(std::move(t));
  }
  return out;
}

std::string elideMiddle(const std::string& text, float maxWidth, const MeasureTextFn& measure) {
  if (text.empty() || measure(text) <= maxWidth) return text;
  static const std::string kEllipsis = "…";
  const std::vector<size_t> cps = codePointStarts(text);
  const size_t n = cps.size() - 1;  // code points
  // The most code points k that fit, split head = k * 2/5, tail = the rest.
  std::string best = kEllipsis;
  size_t lo = 1, hi = n - 1;
  while (lo <= hi) {
    const size_t k = (lo + hi) / 2;
    const size_t head = k * 2 / 5, tail = k - head;
    std::string s = text.substr(0, cps[head]) + kEllipsis + text.substr(cps[n - tail]);
    if (measure(s) <= maxWidth) {
      best = std::move(s);
      lo = k + 1;
    } else {
      if (k == 0) break;
      hi = k - 1;
    }
  }
  return best;
}

}  // namespace ps::viewer
