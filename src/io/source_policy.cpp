#include "io/source_policy.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <mutex>

#include "core/error.h"

namespace ps::io {
namespace {

std::mutex& policyMutex() {
  static std::mutex m;
  return m;
}

SourcePolicy& policy() {
  static SourcePolicy p = [] {
    SourcePolicy d;
    const char* env = std::getenv("PARKSCAPE_ALLOW_NETWORK");
    d.allowNetwork = env && std::string(env) == "1";
    return d;
  }();
  return p;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

void setSourcePolicy(const SourcePolicy& p) {
  std::lock_guard<std::mutex> lock(policyMutex());
  policy() = p;
}

SourcePolicy sourcePolicy() {
  std::lock_guard<std::mutex> lock(policyMutex());
  return policy();
}

bool isNetworkSource(const std::string& path) {
  const std::string p = lower(path);
  for (const char* marker : {"://", "/vsicurl", "/vsis3", "/vsigs", "/vsiaz", "/vsiadls", "/vsioss", "/vsiswift",
                             "/vsihdfs", "/vsiwebhdfs"})
    if (p.find(marker) != std::string::npos) return true;
  // DRIVER:connection ("PG:dbname=x", "MySQL:db", "WFS:http..."); a single letter is a Windows drive.
  const auto colon = p.find(':');
  if (colon != std::string::npos && colon > 1 &&
      std::all_of(p.begin(), p.begin() + static_cast<long>(colon),
                  [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }))
    return true;
  return false;
}

void checkSourceAllowed(const std::string& path, const std::string& key) {
  if (isNetworkSource(path) && !sourcePolicy().allowNetwork)
    throw Error(path,
                "network and database sources are off (run with --allow-network, or set "
                "PARKSCAPE_ALLOW_NETWORK=1, to open them)",
                key);
  const std::string p = lower(path);
  if (sourcePolicy().allowMemoryFiles && p.rfind("/vsimem/", 0) == 0) return;
  // Of GDAL's virtual file systems only the archive readers of local files make sense in a scene.
  if (p.rfind("/vsi", 0) == 0 && !isNetworkSource(path) && p.rfind("/vsizip/", 0) != 0 && p.rfind("/vsigzip/", 0) != 0 &&
      p.rfind("/vsitar/", 0) != 0)
    throw Error(path, "only /vsizip/, /vsigzip/ and /vsitar/ virtual paths are opened", key);
}

std::vector<std::string> allowedDrivers() {
  std::vector<std::string> d = {"GPKG",        "ESRI Shapefile", "GeoJSON", "GeoJSONSeq", "FlatGeobuf", "CSV",
                                "GML",         "KML",            "LIBKML",  "OpenFileGDB", "FileGDB",   "SQLite",
                                "MapInfo File", "DXF",           "GPX",     "Parquet",     "Arrow",     "ESRIJSON",
                                "TopoJSON"};
  if (sourcePolicy().allowNetwork) d.push_back("PostgreSQL");
  return d;
}

std::optional<std::string> whereProblem(const std::string& where) {
  size_t i = 0;
  const size_t n = where.size();
  int depth = 0;
  while (i < n) {
    const char c = where[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
    } else if (c == '\'' || c == '"') {
      // A string literal ('...') or a quoted column name ("..."); a doubled quote escapes.
      size_t j = i + 1;
      for (; j < n; ++j)
        if (where[j] == c) {
          if (j + 1 < n && where[j + 1] == c) ++j;
          else break;
        }
      if (j >= n) return "an unterminated quote";
      i = j + 1;
    } else if (std::isalpha(static_cast<unsigned char>(c)) || c == '_' || static_cast<unsigned char>(c) >= 0x80) {
      size_t j = i;
      while (j < n && (std::isalnum(static_cast<unsigned char>(where[j])) || where[j] == '_' ||
                       static_cast<unsigned char>(where[j]) >= 0x80))
        ++j;
      const std::string word = lower(where.substr(i, j - i));
      size_t k = j;
      while (k < n && std::isspace(static_cast<unsigned char>(where[k]))) ++k;
      const bool keywordBeforeParen = word == "in" || word == "and" || word == "or" || word == "not";
      if (k < n && where[k] == '(' && !keywordBeforeParen)
        return "a function call (" + where.substr(i, j - i) + "(...)): only plain comparisons are allowed";
      if (word == "select" || word == "union" || word == "pragma" || word == "attach")
        return "'" + where.substr(i, j - i) + "': only plain comparisons are allowed";
      i = j;
    } else if (std::isdigit(static_cast<unsigned char>(c)) || c == '.') {
      while (i < n && (std::isalnum(static_cast<unsigned char>(where[i])) || where[i] == '.' ||
                       ((where[i] == '+' || where[i] == '-') && (where[i - 1] == 'e' || where[i - 1] == 'E'))))
        ++i;
    } else if (c == '(') {
      ++depth, ++i;
    } else if (c == ')') {
      if (--depth < 0) return "unbalanced parentheses";
      ++i;
    } else if (std::string("=<>!,-+%").find(c) != std::string::npos) {
      ++i;
    } else {
      return std::string("the character '") + c + "' (only plain comparisons are allowed)";
    }
  }
  if (depth != 0) return "unbalanced parentheses";
  return std::nullopt;
}

}  // namespace ps::io
