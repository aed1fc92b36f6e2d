#include "core/i18n.h"

#include <cstdlib>

#include <toml++/toml.h>

#include "core/data_path.h"
#include "core/error.h"
#include "core/toml_reader.h"

namespace ps {

const char* langCode(Lang l) { return l == Lang::Zh ? "zh" : "en"; }

std::optional<Lang> parseLang(std::string_view code) {
  if (code.substr(0, 2) == "zh" || code.substr(0, 2) == "ZH") return Lang::Zh;
  if (code.substr(0, 2) == "en" || code.substr(0, 2) == "EN") return Lang::En;
  return std::nullopt;
}

namespace {

void collect(const toml::table& t, const std::string& prefix, const std::string& path,
             std::map<std::string, std::array<std::string, 2>, std::less<>>& out) {
  const bool leaf = t.contains("zh") || t.contains("en");
  if (leaf) {
    std::array<std::string, 2> texts;
    for (auto&& [k, v] : t) {
      std::string_view key = k.str();
      if (key != "zh" && key != "en")
        throw Error(path, "unexpected key '" + std::string(key) + "' beside zh/en", prefix);
      if (!v.is_string()) throw Error(path, "'" + std::string(key) + "' must be a string", prefix);
      texts[key == "zh" ? 0 : 1] = std::string(*v.value<std::string_view>());
    }
    if (!t.contains("zh")) throw Error(path, "missing the Chinese text (zh)", prefix);
    if (!t.contains("en")) throw Error(path, "missing the English text (en)", prefix);
    out[prefix] = std::move(texts);
    return;
  }
  for (auto&& [k, v] : t) {
    std::string key = prefix.empty() ? std::string(k.str()) : prefix + "." + std::string(k.str());
    if (const toml::table* sub = v.as_table())
      collect(*sub, key, path, out);
    else
      throw Error(path, "expected a table with zh and en", key);
  }
}

}  // namespace

StringTable StringTable::parse(std::string_view tomlText, const std::string& path) {
  const toml::table root = parseTomlText(tomlText, path);
  StringTable t;
  collect(root, "", path, t.map_);
  if (t.map_.empty()) throw Error(path, "no strings defined");
  return t;
}

StringTable StringTable::load(const std::string& path) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) throw Error(path, "cannot open the UI string table");
  std::string text;
  char buf[8192];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) text.append(buf, n);
  std::fclose(f);
  return parse(text, path);
}

const char* StringTable::tr(std::string_view key, Lang lang) const {
  auto it = map_.find(key);
  if (it == map_.end()) {
    // Keep the missing key alive and addressable for the caller.
    static thread_local std::string missing;
    missing = std::string(key);
    return missing.c_str();
  }
  return it->second[static_cast<size_t>(lang)].c_str();
}

std::vector<std::string> StringTable::keys() const {
  std::vector<std::string> k;
  k.reserve(map_.size());
  for (auto& [key, v] : map_) k.push_back(key);
  return k;
}

void StringTable::forEachText(const std::function<void(const std::string&)>& fn) const {
  for (auto& [key, v] : map_) {
    fn(v[0]);
    fn(v[1]);
  }
}

std::string substitute(std::string_view text,
                       std::initializer_list<std::pair<std::string_view, std::string>> args) {
  std::string out;
  out.reserve(text.size() + 16);
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '{') {
      size_t close = text.find('}', i + 1);
      if (close != std::string_view::npos) {
        std::string_view name = text.substr(i + 1, close - i - 1);
        bool done = false;
        for (auto& [k, v] : args)
          if (k == name) {
            out += v;
            done = true;
            break;
          }
        if (done) {
          i = close + 1;
          continue;
        }
      }
    }
    out += text[i++];
  }
  return out;
}

std::string defaultStringsPath() {
  if (const char* a = std::getenv("PARKSCAPE_ASSETS"); a && *a) return std::string(a) + "/i18n/strings.toml";
  return ps::dataPath("assets/i18n/strings.toml");
}

}  // namespace ps
