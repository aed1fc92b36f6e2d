#include "core/data_path.h"

#include <cstdlib>
#include <filesystem>

#include "core/build_paths.h"

namespace ps {

std::string dataDir() {
  if (const char* d = std::getenv("PARKSCAPE_DATA_DIR"); d && *d) {
    std::string s(d);
    while (s.size() > 1 && s.back() == '/') s.pop_back();
    return s;
  }
  std::error_code ec;
  if (std::filesystem::is_directory(std::filesystem::path(sourceDir()) / "geodata", ec)) return sourceDir();
  return installDataDir();
}

std::string dataPath(std::string_view rel) {
  std::string out = dataDir();
  if (!rel.empty()) {
    out += '/';
    out += rel;
  }
  return out;
}

}  // namespace ps
