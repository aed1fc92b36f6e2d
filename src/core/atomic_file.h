#pragma once
// The one way Parkscape writes a file. A save never leaves a half-written file
// and never replaces a file the process has read:
//  - the content goes to a temporary beside the target whose name cannot be
//    guessed and which is created exclusively (O_CREAT|O_EXCL), so a planted
//    file or symlink is never followed; it is fsynced, then renamed over the
//    target (atomic on POSIX filesystems);
//  - inputs (readFile, io::readSource / listLayers) are registered by their
//    resolved path and file identity, and a target that resolves to one of them
//    (through symlinks, "..", hard links) is refused with ps::Error
//    "refusing to overwrite an input: <file>" before anything is written.
// On any failure the temporary is removed and the target left as it was.
#include <cstddef>
#include <functional>
#include <string>

namespace ps {

// Writes `content` to `path` atomically. Throws ps::Error naming the path.
// mayReplace: the one input this write is meant to replace (a scene saved over
// the file it was loaded from); "" for none.
void writeFileAtomic(const std::string& path, const std::string& content, const std::string& mayReplace = {});

// For writers that need a file name (GDAL, libpng): calls write(tempPath) with
// a path inside a fresh private (0700, mkdtemp) folder beside `path` that keeps
// path's extension (drivers pick their format by it), then fsyncs and renames
// it to `path`. On any exception everything temporary is removed and the
// exception rethrown; the target is untouched.
void writeViaTemp(const std::string& path, const std::function<void(const std::string& tempPath)>& write);

// writeViaTemp for a write that spans many calls (a film encoded frame by
// frame, between UI frames): the constructor checks the target (folder,
// inputs) and makes the private temporary folder; tempPath() keeps path's
// extension; commit() fsyncs and renames into place. Destroyed without
// commit(), everything temporary is removed and the target is untouched.
class PendingFile {
 public:
  explicit PendingFile(const std::string& path);
  ~PendingFile();
  PendingFile(const PendingFile&) = delete;
  PendingFile& operator=(const PendingFile&) = delete;
  const std::string& tempPath() const { return tmp_; }
  const std::string& path() const { return path_; }
  void commit();

 private:
  std::string path_, dir_, tmp_;
  bool done_ = false;
};

// Remembers a file the process reads so that no later write replaces it.
// Paths that are not local files (GDAL /vsi paths, connection strings) are ignored.
void registerInput(const std::string& path);

// Throws the "refusing to overwrite an input" ps::Error when `path` resolves to
// a registered input other than `mayReplace`. Writers call it before creating
// anything; exposed for commands that check all their outputs up front.
void refuseInputTarget(const std::string& path, const std::string& mayReplace = {});

// Reads a whole file and registers it as an input. Throws ps::Error ("file not
// found", "cannot read", or too large: over maxBytes, checked before anything is read).
std::string readFile(const std::string& path, size_t maxBytes = static_cast<size_t>(-1));

}  // namespace ps
