#include "viewer/save_target.h"

#include <cstdlib>
#include <filesystem>

#include "core/data_path.h"
#include "core/atomic_file.h"
#include "core/error.h"

namespace ps::viewer {
namespace fs = std::filesystem;

namespace {

fs::path canonicalOr(const fs::path& p) {
  std::error_code ec;
  fs::path c = fs::weakly_canonical(fs::absolute(p, ec), ec);
  return ec ? fs::absolute(p) : c;
}

fs::path homeDir(const std::string& home) {
  if (!home.empty()) return home;
  const char* h = std::getenv("HOME");
  return h && *h ? fs::path(h) : fs::current_path();
}

}  // namespace

bool isBundledScene(const std::string& path) {
  if (path.empty()) return false;
  const fs::path bundled = canonicalOr(fs::path(ps::dataPath("geodata")));
  const fs::path p = canonicalOr(path);
  auto b = bundled.begin();
  auto q = p.begin();
  for (; b != bundled.end(); ++b, ++q)
    if (q == p.end() || *q != *b) return false;
  return true;
}

std::string proposedSavePath(const std::string& scenePath, const std::string& home) {
  const std::string stem = scenePath.empty() ? "parkscape" : fs::path(scenePath).stem().string();
  const fs::path dir = homeDir(home) / "Parkscape";
  fs::path p = dir / (stem + "_view.toml");
  for (int n = 2; fs::exists(p); ++n) p = dir / (stem + "_view_" + std::to_string(n) + ".toml");
  return p.string();
}

SaveTarget prepareSave(const std::string& requested, const std::string& home) {
  SaveTarget t;
  t.path = requested;
  if (isBundledScene(requested)) {
    t.path = proposedSavePath(requested, home);
    t.redirected = true;
  }
  std::error_code ec;
  const fs::path dir = fs::path(t.path).parent_path();
  if (t.redirected && !dir.empty()) fs::create_directories(dir, ec);
  if (fs::is_regular_file(t.path, ec)) {
    t.backup = t.path + ".bak";
    writeFileAtomic(t.backup, readFile(t.path));
  }
  return t;
}

std::string newUserFile(const std::string& stem, const std::string& suffix, const std::string& home) {
  const fs::path dir = homeDir(home) / "Parkscape";
  fs::path p = dir / (stem + suffix + ".toml");
  for (int n = 2; fs::exists(p); ++n) p = dir / (stem + suffix + "_" + std::to_string(n) + ".toml");
  return p.string();
}

}  // namespace ps::viewer
