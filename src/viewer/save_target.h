#pragma once
// Where the viewer's Save puts a view, so that it never destroys a file it
// did not write: the scenes bundled with Parkscape (geodata/) are never
// overwritten (Save and Save-as propose a new file in the user's folder
// instead), and an existing hand-written scene is copied to <name>.bak before
// it is replaced, so its comments and layout can be recovered.
#include <string>

namespace ps::viewer {

// True when `path` lies inside the bundled geodata/ folder (symlinks resolved).
bool isBundledScene(const std::string& path);

// The file Save-as proposes for a view of `scenePath`: always a new name in
// the user's folder, <home>/Parkscape/<stem>_view.toml (then _2, _3... so an
// existing file is not proposed); Save (Ctrl+S) is what writes a scene over
// itself. `home`: $HOME when empty.
std::string proposedSavePath(const std::string& scenePath, const std::string& home = "");

struct SaveTarget {
  std::string path;    // where to write
  std::string backup;  // "" or the .bak written before replacing `path`
  bool redirected = false;  // path differs from the one asked for (a bundled scene)
};

// Decides where a save of `requested` goes and makes the backup: a bundled
// scene is redirected to proposedSavePath; an existing file is first copied
// to <file>.bak (atomically). Throws ps::Error naming the file on failure.
SaveTarget prepareSave(const std::string& requested, const std::string& home = "");

// A file that does not exist yet in the user's folder:
// <home>/Parkscape/<stem><suffix>.toml, then <stem><suffix>_2.toml...
std::string newUserFile(const std::string& stem, const std::string& suffix, const std::string& home = "");

}  // namespace ps::viewer
