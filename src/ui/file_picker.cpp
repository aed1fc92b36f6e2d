#include "ui/file_picker.h"

#include <cstdio>
#include <filesystem>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/i18n.h"

namespace ps::ui {
namespace fs = std::filesystem;

namespace {

std::string sizeText(uintmax_t b) {
  char buf[32];
  if (b < 1024) std::snprintf(buf, sizeof buf, "%ju B", b);
  else if (b < 1024 * 1024) std::snprintf(buf, sizeof buf, "%.1f KB", static_cast<double>(b) / 1024.0);
  else std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(b) / (1024.0 * 1024.0));
  return buf;
}

void enter(FilePicker& p, const std::string& folder) {
  p.folder = folder;
  p.relist = true;
  p.error.clear();
}

// The name field taken: a folder opens, a file is the answer.
std::optional<std::string> take(FilePicker& p, const TrFn& tr) {
  const std::string path = resolveName(p.folder, p.name);
  if (path.empty()) return std::nullopt;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    enter(p, path);
    p.name.clear();
    return std::nullopt;
  }
  if (p.save) return withExtension(path, p.extensions.empty() ? std::string() : p.extensions.front(), p.extensions);
  if (!fs::exists(path, ec)) {
    p.error = substitute(tr("filepicker.missing"), {{"file", path}});
    return std::nullopt;
  }
  return path;
}

}  // namespace

void openFilePicker(FilePicker& p, const std::string& start, bool save, std::vector<std::string> extensions) {
  p.save = save;
  p.extensions = std::move(extensions);
  p.error.clear();
  std::error_code ec;
  const fs::path s = start.empty() ? fs::current_path(ec) : fs::absolute(start, ec);
  if (fs::is_directory(s, ec)) {
    p.folder = s.string();
    p.name.clear();
  } else {
    p.folder = s.parent_path().string();
    p.name = s.filename().string();
    if (!fs::is_directory(p.folder, ec)) p.folder = fs::current_path(ec).string();
  }
  p.relist = true;
  p.openRequested = true;
}

std::optional<std::string> drawFilePicker(FilePicker& p, const char* id, const char* prompt, float scale, const TrFn& tr) {
  if (p.openRequested) {
    ImGui::OpenPopup(id);
    p.openRequested = false;
  }
  ImGui::SetNextWindowSize(ImVec2(620 * scale, 0));
  if (!ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize))
    return std::nullopt;
  std::optional<std::string> chosen;
  if (p.relist) {
    p.listing = listFolder(p.folder, p.extensions);
    p.folder = p.listing.folder;
    p.relist = false;
  }
  ImGui::TextWrapped("%s", prompt);
  if (ImGui::Button(tr("filepicker.up"))) enter(p, parentFolder(p.folder));
  ImGui::SameLine();
  ImGui::TextDisabled("%s", p.folder.c_str());
  ImGui::BeginChild("##entries", ImVec2(0, 260 * scale), true);
  if (!p.listing.error.empty()) ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s", p.listing.error.c_str());
  else if (p.listing.entries.empty()) ImGui::TextDisabled("%s", tr("filepicker.empty"));
  std::optional<std::string> into;
  for (const FileEntry& e : p.listing.entries) {
    const std::string label = e.folder ? e.name + "/" : e.name;
    if (ImGui::Selectable(label.c_str(), !e.folder && e.name == p.name, ImGuiSelectableFlags_AllowDoubleClick)) {
      if (e.folder) {
        into = e.name;
      } else {
        p.name = e.name;
        p.error.clear();
        if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) chosen = take(p, tr);
      }
    }
    if (!e.folder) {
      ImGui::SameLine(ImGui::GetContentRegionAvail().x - 70 * scale);
      ImGui::TextDisabled("%s", sizeText(e.bytes).c_str());
    }
  }
  ImGui::EndChild();
  if (into) enter(p, resolveName(p.folder, *into));
  std::string filter;
  for (const std::string& x : p.extensions) filter += (filter.empty() ? "*" : "  *") + x;
  if (!filter.empty()) ImGui::TextDisabled("%s", filter.c_str());
  ImGui::TextUnformatted(tr("filepicker.name"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-1);
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  const bool enterKey = ImGui::InputText("##name", &p.name, ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
  if (!p.error.empty()) ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s", p.error.c_str());
  if (ImGui::Button(tr("dialog.ok"), ImVec2(120 * scale, 0)) || enterKey) {
    chosen = take(p, tr);
  }
  ImGui::SameLine();
  if (ImGui::Button(tr("dialog.cancel"), ImVec2(120 * scale, 0)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
    p.error.clear();
    ImGui::CloseCurrentPopup();
  }
  if (chosen) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
  return chosen;
}

}  // namespace ps::ui
