#pragma once
// The one strict TOML reader behind scenes, stories and kiosk profiles (and
// the helpers behind demands): parse with the limits of core/toml_limits.h,
// read a table key by key with type and range checks, and reject every key
// that was not read (a typo or an unsupported option). Every error is a
// ps::Error naming the file and the full dotted key.
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "core/toml_limits.h"

namespace ps {

// checkTomlLimits, then toml++; a syntax error becomes
// "TOML syntax error at line L, column C: ..." naming `path`.
toml::table parseTomlText(std::string_view text, const std::string& path, const TomlLimits& limits = {});

// "a string", "an integer", "a number", "a boolean", "a list", "a table", "a date/time".
const char* tomlTypeName(const toml::node& n);

// An integer or a float as a double; false for anything else.
bool tomlNumber(const toml::node& n, double& v);

class TomlSection {
 public:
  // `t` may be null (an absent optional table: every read gives the default).
  // `prefix` is the dotted key of `t` ("" for the root). `file` must outlive this.
  TomlSection(const toml::table* t, std::string prefix, const std::string& file)
      : t_(t), prefix_(std::move(prefix)), file_(file) {}
  TomlSection(const toml::table& t, std::string prefix, const std::string& file)
      : TomlSection(&t, std::move(prefix), file) {}

  std::string key(std::string_view k) const;
  [[noreturn]] void fail(std::string_view k, const std::string& problem) const;
  // Marks `k` as read; null when absent.
  const toml::node* node(std::string_view k);
  bool has(std::string_view k) const { return t_ && t_->contains(k); }

  // Strings longer than `maxBytes` are refused.
  std::string str(std::string_view k, const std::string& def = {}, size_t maxBytes = 1u << 20);
  std::string requiredStr(std::string_view k, size_t maxBytes = 1u << 20);
  double num(std::string_view k, double def, double lo, double hi);
  std::optional<double> num(std::string_view k, double lo, double hi);
  void checkRange(std::string_view k, double v, double lo, double hi) const;
  bool boolean(std::string_view k, bool def);
  std::optional<bool> boolean(std::string_view k);
  const toml::table* table(std::string_view k);
  const toml::array* array(std::string_view k);
  // A list of at most `maxCount` strings, each at most `maxBytes`.
  std::vector<std::string> strings(std::string_view k, size_t maxCount, size_t maxBytes = 1u << 20);

  // Call after reading: any key not read is an error.
  void rejectUnknown() const;
  const std::string& file() const { return file_; }
  const toml::table* raw() const { return t_; }

 private:
  const toml::table* t_;
  std::string prefix_;
  const std::string& file_;
  std::set<std::string, std::less<>> used_;
};

}  // namespace ps
