#include "core/crs_text.h"

#include <cctype>

namespace ps {

std::optional<std::string> crsTextProblem(const std::string& crs) {
  size_t b = 0;
  while (b < crs.size() && std::isspace(static_cast<unsigned char>(crs[b]))) ++b;
  const std::string t = crs.substr(b);
  if (t.empty()) return "is empty";
  if (t[0] == '{' || t[0] == '+') return std::nullopt;  // PROJJSON, PROJ string
  if (t.rfind("urn:ogc:def:crs:", 0) == 0 && t.find('/') == std::string::npos) return std::nullopt;
  // WKT: a keyword, then '[' (or '(').
  size_t k = 0;
  while (k < t.size() && (std::isalpha(static_cast<unsigned char>(t[k])) || t[k] == '_')) ++k;
  if (k > 0 && k < t.size() && (t[k] == '[' || t[k] == '(')) return std::nullopt;
  // AUTHORITY:CODE, nothing else.
  const size_t colon = t.find(':');
  if (colon != std::string::npos && colon > 0 && colon + 1 < t.size()) {
    bool ok = true;
    for (size_t i = 0; i < colon && ok; ++i) ok = std::isalnum(static_cast<unsigned char>(t[i])) || t[i] == '_';
    for (size_t i = colon + 1; i < t.size() && ok; ++i) ok = std::isalnum(static_cast<unsigned char>(t[i])) != 0;
    if (ok) return std::nullopt;
  }
  return "is not an AUTHORITY:CODE (\"EPSG:4507\"), WKT, PROJJSON or PROJ string; file names and URLs are not read";
}

}  // namespace ps
