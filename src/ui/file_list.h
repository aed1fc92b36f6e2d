#pragma once
// The file picker's listing, pure (no ImGui): what a folder holds, filtered
// and sorted as the picker shows it, and the paths its name field makes.
// ui/file_picker.h draws it.
#include <cstdint>
#include <string>
#include <vector>

namespace ps::ui {

struct FileEntry {
  std::string name;       // the entry's file name (no folder)
  bool folder = false;
  uintmax_t bytes = 0;    // files only
};

struct FileListing {
  std::string folder;             // the folder listed (absolute, normalised)
  std::vector<FileEntry> entries; // folders first, then files; each by name, case-insensitive
  std::string error;              // "" or why the folder could not be read (the listing is then empty)
};

// True when `name` ends with one of `extensions` (".toml", ".gpkg"..., any
// case), or `extensions` is empty.
bool matchesExtension(const std::string& name, const std::vector<std::string>& extensions);

// Lists `folder`: hidden entries (a leading '.') left out, files kept only
// when matchesExtension. Never throws: an unreadable folder sets `error`.
FileListing listFolder(const std::string& folder, const std::vector<std::string>& extensions);

// The folder above `folder` ("/" stays "/").
std::string parentFolder(const std::string& folder);

// What the name field means in `folder`: an absolute path as it is, "~/..."
// under `home` ($HOME when empty), anything else joined to `folder`;
// normalised ("a/../b" -> "b"). "" for an empty name.
std::string resolveName(const std::string& folder, const std::string& name, const std::string& home = "");

// For a save: `path` with `extension` appended unless it already ends with
// one of `extensions`.
std::string withExtension(const std::string& path, const std::string& extension,
                          const std::vector<std::string>& extensions);

}  // namespace ps::ui
