#include "core/error.h"

#include <cctype>

namespace ps {

std::string Error::redactPasswords(std::string s) {
  static const std::string kKey = "password=";
  for (size_t at = 0; (at = s.find(kKey, at)) != std::string::npos;) {
    const bool word = at == 0 || (!std::isalnum(static_cast<unsigned char>(s[at - 1])) && s[at - 1] != '_');
    size_t begin = at + kKey.size(), end = begin;
    if (end < s.size() && s[end] == '\'') {
      end = s.find('\'', end + 1);
      end = end == std::string::npos ? s.size() : end + 1;
    } else {
      // up to a blank, a quote, or the ": " that follows a quoted source in a message
      while (end < s.size() && !std::isspace(static_cast<unsigned char>(s[end])) && s[end] != '"' &&
             !(s[end] == ':' && (end + 1 == s.size() || s[end + 1] == ' ')))
        ++end;
    }
    if (word) s.replace(begin, end - begin, "***");
    at = begin + (word ? 3 : 0);
  }
  return s;
}

}  // namespace ps
