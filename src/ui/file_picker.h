#pragma once
// A file picker (ImGui, a modal): the folder's entries (folders first, then
// the files the filter lets through), a row up, a name field (Enter or OK
// takes it: a folder opens, a file is chosen), double-click on a file to take
// it. The listing is ui/file_list.h, pure and tested.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "ui/file_list.h"

namespace ps::ui {

struct FilePicker {
  bool save = false;                  // a save: the file need not exist; extensions[0] is added when missing
  std::vector<std::string> extensions;
  std::string folder, name;           // where it is, what the name field holds
  FileListing listing;
  bool relist = true;
  bool openRequested = false;
  std::string error;
};

// Asks the picker to open at `start` (a file: its folder, its name in the
// field; a folder: that folder) on its next drawFilePicker.
void openFilePicker(FilePicker& p, const std::string& start, bool save, std::vector<std::string> extensions);

// Draws the picker (popup `id`) while it is open; returns the chosen path the
// frame the user takes one. `tr` gives the UI texts by key.
using TrFn = std::function<const char*(const char* key)>;
std::optional<std::string> drawFilePicker(FilePicker& p, const char* id, const char* prompt, float scale, const TrFn& tr);

}  // namespace ps::ui
