#pragma once
// Every UI string, in Chinese and English, from one table
// (assets/i18n/strings.toml). Panels ask for keys ("layers.title"), never
// spell text themselves, so switching language is a lookup, live.
//
// Table format: nested TOML tables; a leaf is a table with exactly the
// string keys `zh` and `en`. Text may hold named placeholders "{n}" that
// substitute() fills. Loading rejects a leaf lacking either language.
#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ps {

enum class Lang : uint8_t { Zh = 0, En = 1 };

const char* langCode(Lang l);                          // "zh" / "en"
std::optional<Lang> parseLang(std::string_view code);  // "zh", "zh-CN", "en", "en-US"...

class StringTable {
 public:
  // Throws ps::Error naming the file, the key and the problem.
  static StringTable load(const std::string& path);
  static StringTable parse(std::string_view tomlText, const std::string& path);

  // The text for `key`; a missing key returns the key itself, so the gap is
  // visible on screen and a test can find it. The pointer lives as long as the table.
  const char* tr(std::string_view key, Lang lang) const;
  bool has(std::string_view key) const { return map_.find(key) != map_.end(); }
  std::vector<std::string> keys() const;
  // Every text in both languages (for building font glyph ranges).
  void forEachText(const std::function<void(const std::string&)>& fn) const;
  size_t size() const { return map_.size(); }

 private:
  std::map<std::string, std::array<std::string, 2>, std::less<>> map_;
};

// "{n} of {total}" with {{"n","3"},{"total","9"}} -> "3 of 9". Unknown
// placeholders stay as written.
std::string substitute(std::string_view text,
                       std::initializer_list<std::pair<std::string_view, std::string>> args);

// assets/i18n/strings.toml of the data dir (core/data_path.h), or
// $PARKSCAPE_ASSETS/i18n/strings.toml when that variable is set.
std::string defaultStringsPath();

}  // namespace ps
