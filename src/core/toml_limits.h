#pragma once
// Limits checked before a TOML text reaches toml++, whose recursive parser
// overflows the stack on hostile nesting (a dotted key of ~40k parts or a
// table header ~60k deep is about 80 KB of text). Scenes, demands and string
// tables are small hand-written files: anything beyond these limits is not
// one of them.
#include <cstddef>
#include <string>
#include <string_view>

namespace ps {

struct TomlLimits {
  size_t maxBytes = 4u << 20;  // 4 MiB
  int maxDepth = 32;           // nested [ ] and { } (arrays, inline tables)
  int maxKeyParts = 32;        // parts of one dotted key or table header
};

// Throws ps::Error(path, problem, key) naming the line when `text` exceeds a
// limit. Strings and comments are skipped, so their content never counts.
void checkTomlLimits(std::string_view text, const std::string& path, const TomlLimits& limits = {});

}  // namespace ps
