#include "core/toml_limits.h"

#include "core/error.h"

namespace ps {
namespace {

// Skips a string starting at text[i] (the opening quote); returns the index after it.
size_t skipString(std::string_view text, size_t i) {
  const char q = text[i];
  const bool multi = text.substr(i, 3) == std::string_view(q == '"' ? "\"\"\"" : "'''");
  i += multi ? 3 : 1;
  while (i < text.size()) {
    if (q == '"' && text[i] == '\\') {
      i += 2;
      continue;
    }
    if (multi ? text.substr(i, 3) == std::string_view(q == '"' ? "\"\"\"" : "'''") : text[i] == q)
      return i + (multi ? 3 : 1);
    if (!multi && text[i] == '\n') return i;  // unterminated: toml++ reports it
    ++i;
  }
  return text.size();  // an escape at the very end may have stepped past it
}

}  // namespace

void checkTomlLimits(std::string_view text, const std::string& path, const TomlLimits& limits) {
  if (text.size() > limits.maxBytes)
    throw Error(path, "the file is " + std::to_string(text.size()) + " bytes; at most " +
                          std::to_string(limits.maxBytes) + " are read");
  int depth = 0, parts = 1, line = 1;
  bool inKey = true;  // at the start of a line or inside a table header: dots separate key parts
  for (size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c == '"' || c == '\'') {
      const size_t end = skipString(text, i);
      for (size_t k = i; k < end; ++k) line += text[k] == '\n';
      i = end;
      continue;
    }
    if (c == '#') {
      while (i < text.size() && text[i] != '\n') ++i;
      continue;
    }
    if (c == '\n') {
      ++line;
      if (depth == 0) inKey = true, parts = 1;
    } else if (c == '[' || c == '{') {
      if (++depth > limits.maxDepth)
        throw Error(path, "nesting deeper than " + std::to_string(limits.maxDepth) + " at line " + std::to_string(line));
      if (c == '{') inKey = true, parts = 1;
    } else if (c == ']' || c == '}') {
      depth = depth > 0 ? depth - 1 : 0;
    } else if (c == '=') {
      inKey = false;
      parts = 1;
    } else if (c == ',') {
      inKey = true;
      parts = 1;
    } else if (c == '.' && inKey) {
      if (++parts > limits.maxKeyParts)
        throw Error(path, "a key with more than " + std::to_string(limits.maxKeyParts) + " dotted parts at line " +
                              std::to_string(line));
    }
    ++i;
  }
}

}  // namespace ps
