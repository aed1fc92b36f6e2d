#pragma once
// The user's layout remembered between sessions: sidebar open and tab,
// sidebar width, legend and time bar expanded, the window's position and
// size. One JSON file in the user's config folder, written atomically
// (core/atomic_file); a missing file means defaults, a corrupt one too (with
// a message naming the file and the key), and it is then replaced on save.
#include <string>

#include "viewer/layout.h"

namespace ps::viewer {

// $PARKSCAPE_CONFIG_DIR, else $XDG_CONFIG_HOME/parkscape, else
// $HOME/.config/parkscape; plus "/layout.json". "" when none can be found.
std::string defaultLayoutPath();

struct LayoutLoad {
  LayoutPrefs prefs;      // defaults where the file lacks or spoils a key
  bool found = false;     // the file existed and was read
  std::string warning;    // "" or what was wrong ("<file>: <key>: ...")
};
LayoutLoad loadLayout(const std::string& path);

std::string layoutJson(const LayoutPrefs& p);
// Creates the folder if needed. Throws ps::Error naming the file.
void saveLayout(const std::string& path, const LayoutPrefs& p);

}  // namespace ps::viewer
