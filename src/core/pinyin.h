#pragma once
// Pinyin initials for search ("whq" finds 武侯区). Only the characters used in
// Chengdu's district, park, cluster and university names are known; an
// unknown Han character yields '?', so it can never match a typed letter.
// ASCII letters and digits pass through lower-cased; other symbols are dropped.
#include <string>
#include <string_view>

namespace ps {

// "武侯区" -> "whq"; "成都3号园" -> "cd3hy".
std::string pinyinInitials(std::string_view utf8);

// Decodes one UTF-8 code point at s[i], advancing i; invalid bytes yield U+FFFD.
char32_t nextCodePoint(std::string_view s, size_t& i);

}  // namespace ps
