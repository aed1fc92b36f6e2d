#include "core/atomic_file.h"

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "core/error.h"

namespace ps {
namespace fs = std::filesystem;

std::string tempPathBeside(const std::string& path) {
  fs::path p(path);
  static std::atomic<unsigned> counter{0};
  std::string stem = p.stem().string();
  std::string name = "." + stem + ".tmp" + std::to_string(::getpid()) + "_" +
                     std::to_string(counter.fetch_add(1)) + p.extension().string();
  return (p.parent_path() / name).string();
}

void writeViaTemp(const std::string& path, const std::function<void(const std::string&)>& write) {
  fs::path target(path);
  if (target.has_parent_path() && !fs::exists(target.parent_path()))
    throw Error(path, "the folder " + target.parent_path().string() + " does not exist");
  const std::string tmp = tempPathBeside(path);
  try {
    write(tmp);
    std::error_code ec;
    fs::rename(tmp, target, ec);
    if (ec) throw Error(path, "cannot replace the file: " + ec.message());
  } catch (...) {
    std::error_code ec;
    fs::remove(tmp, ec);
    throw;
  }
}

void writeFileAtomic(const std::string& path, const std::string& content) {
  writeViaTemp(path, [&](const std::string& tmp) {
    FILE* f = std::fopen(tmp.c_str(), "wb");
    if (!f) throw Error(path, std::string("cannot write: ") + std::strerror(errno));
    bool ok = std::fwrite(content.data(), 1, content.size(), f) == content.size();
    ok = (std::fflush(f) == 0) && ok;
    ok = (::fsync(::fileno(f)) == 0) && ok;
    ok = (std::fclose(f) == 0) && ok;
    if (!ok) throw Error(path, std::string("write failed: ") + std::strerror(errno));
  });
}

std::string readFile(const std::string& path, size_t maxBytes) {
  std::error_code ec;
  if (!fs::exists(path, ec)) throw Error(path, "file not found");
  if (fs::is_directory(path, ec)) throw Error(path, "is a folder, not a file");
  if (const auto size = fs::file_size(path, ec); !ec && size > maxBytes)
    throw Error(path, "the file is " + std::to_string(size) + " bytes; at most " + std::to_string(maxBytes) + " are read");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path, "cannot read the file");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace ps
