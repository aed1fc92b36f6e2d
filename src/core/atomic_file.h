#pragma once
// Saves never leave a half-written file: write to a temporary file in the same
// folder, flush, then rename over the target (atomic on POSIX filesystems).
#include <cstddef>
#include <functional>
#include <string>

namespace ps {

// Writes `content` to `path` atomically. Throws ps::Error naming the path.
void writeFileAtomic(const std::string& path, const std::string& content);

// For writers that need a file name (GDAL, libpng): calls write(tempPath), then
// renames tempPath to path. On any exception the temp file is removed and the
// exception rethrown; the target is untouched.
void writeViaTemp(const std::string& path, const std::function<void(const std::string& tempPath)>& write);

// A temp path beside `path` that keeps its extension (drivers pick format by it).
std::string tempPathBeside(const std::string& path);

// Reads a whole file. Throws ps::Error ("file not found", "cannot read", or
// too large: over maxBytes, checked before anything is read).
std::string readFile(const std::string& path, size_t maxBytes = static_cast<size_t>(-1));

}  // namespace ps
