#include "core/atomic_file.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/error.h"

namespace ps {
namespace fs = std::filesystem;

namespace {

struct InputRegistry {
  std::mutex mutex;
  std::set<std::string> paths;                  // weakly_canonical: symlinks and ".." resolved
  std::set<std::pair<dev_t, ino_t>> identities;  // catches hard links and bind mounts
};

InputRegistry& registry() {
  static InputRegistry r;
  return r;
}

std::string resolved(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(fs::absolute(path, ec), ec);
  return ec ? fs::absolute(path, ec).lexically_normal().string() : p.string();
}

bool identity(const std::string& path, std::pair<dev_t, ino_t>& id) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return false;
  id = {st.st_dev, st.st_ino};
  return true;
}

fs::path folderOf(const std::string& path) {
  fs::path p(path);
  return p.has_parent_path() ? p.parent_path() : fs::path(".");
}

void checkFolder(const std::string& path) {
  std::error_code ec;
  fs::path dir = folderOf(path);
  if (!fs::is_directory(dir, ec)) throw Error(path, "the folder " + dir.string() + " does not exist");
}

// The rename is only durable once the temp's bytes are on disk.
void syncFile(const std::string& tmp, const std::string& path) {
  int fd = ::open(tmp.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw Error(path, std::string("the writer left no file: ") + std::strerror(errno));
  bool ok = ::fsync(fd) == 0;
  ::close(fd);
  if (!ok) throw Error(path, std::string("cannot flush the file to disk: ") + std::strerror(errno));
}

void syncFolder(const fs::path& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;  // best effort: the data itself is already synced
  (void)::fsync(fd);
  ::close(fd);
}

void moveIntoPlace(const std::string& tmp, const std::string& path) {
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) throw Error(path, "cannot replace the file: " + ec.message());
  syncFolder(folderOf(path));
}

}  // namespace

void registerInput(const std::string& path) {
  if (path.empty() || path.rfind("/vsi", 0) == 0 || path.find("://") != std::string::npos) return;
  std::pair<dev_t, ino_t> id;
  const bool hasId = identity(path, id);
  InputRegistry& r = registry();
  std::lock_guard<std::mutex> lock(r.mutex);
  r.paths.insert(resolved(path));
  if (hasId) r.identities.insert(id);
}

void refuseInputTarget(const std::string& path, const std::string& mayReplace) {
  const std::string target = resolved(path);
  std::pair<dev_t, ino_t> id, allowedId;
  const bool hasId = identity(target, id);
  if (!mayReplace.empty()) {
    if (resolved(mayReplace) == target) return;
    if (hasId && identity(mayReplace, allowedId) && allowedId == id) return;
  }
  InputRegistry& r = registry();
  std::lock_guard<std::mutex> lock(r.mutex);
  if (r.paths.count(target) || (hasId && r.identities.count(id)))
    throw Error(path, "refusing to overwrite an input: " + target);
}

void writeViaTemp(const std::string& path, const std::function<void(const std::string&)>& write) {
  checkFolder(path);
  refuseInputTarget(path);
  fs::path target(path);
  std::string tmpl = (folderOf(path) / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  if (!::mkdtemp(tmpl.data())) throw Error(path, std::string("cannot create a temporary folder: ") + std::strerror(errno));
  const fs::path dir(tmpl);
  const std::string tmp = (dir / ("out" + target.extension().string())).string();
  std::error_code ec;
  try {
    write(tmp);
    syncFile(tmp, path);
    moveIntoPlace(tmp, path);
  } catch (...) {
    fs::remove_all(dir, ec);
    throw;
  }
  fs::remove_all(dir, ec);
}

PendingFile::PendingFile(const std::string& path) : path_(path) {
  checkFolder(path);
  refuseInputTarget(path);
  const fs::path target(path);
  std::string tmpl = (folderOf(path) / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  if (!::mkdtemp(tmpl.data())) throw Error(path, std::string("cannot create a temporary folder: ") + std::strerror(errno));
  dir_ = tmpl;
  tmp_ = (fs::path(dir_) / ("out" + target.extension().string())).string();
}

PendingFile::~PendingFile() {
  std::error_code ec;
  fs::remove_all(dir_, ec);
}

void PendingFile::commit() {
  if (done_) return;
  syncFile(tmp_, path_);
  moveIntoPlace(tmp_, path_);
  done_ = true;
}

void writeFileAtomic(const std::string& path, const std::string& content, const std::string& mayReplace) {
  checkFolder(path);
  refuseInputTarget(path, mayReplace);
  std::string tmp = (folderOf(path) / ("." + fs::path(path).filename().string() + ".tmp-XXXXXX")).string();
  // mkostemp: a random name, created with O_CREAT|O_EXCL, mode 0600.
  int fd = ::mkostemp(tmp.data(), O_CLOEXEC);
  if (fd < 0) throw Error(path, std::string("cannot create a temporary file: ") + std::strerror(errno));
  std::error_code ec;
  try {
    size_t done = 0;
    while (done < content.size()) {
      ssize_t n = ::write(fd, content.data() + done, content.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) throw Error(path, std::string("write failed: ") + std::strerror(errno));
      done += static_cast<size_t>(n);
    }
    // The temp is 0600; the file should get the permissions a plain create would.
    mode_t mask = ::umask(0);
    ::umask(mask);
    if (::fchmod(fd, 0666 & ~mask) != 0 || ::fsync(fd) != 0)
      throw Error(path, std::string("write failed: ") + std::strerror(errno));
    int rc = ::close(fd);
    fd = -1;
    if (rc != 0) throw Error(path, std::string("write failed: ") + std::strerror(errno));
    moveIntoPlace(tmp, path);
  } catch (...) {
    if (fd >= 0) ::close(fd);
    fs::remove(tmp, ec);
    throw;
  }
}

std::string readFile(const std::string& path, size_t maxBytes) {
  std::error_code ec;
  if (!fs::exists(path, ec)) throw Error(path, "file not found");
  if (fs::is_directory(path, ec)) throw Error(path, "is a folder, not a file");
  if (const auto size = fs::file_size(path, ec); !ec && size > maxBytes)
    throw Error(path, "the file is " + std::to_string(size) + " bytes; at most " + std::to_string(maxBytes) + " are read");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path, "cannot read the file");
  registerInput(path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace ps
