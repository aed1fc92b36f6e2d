#include "ui/file_list.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace ps::ui {
namespace fs = std::filesystem;

namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::string normalised(const fs::path& p) {
  std::string s = p.lexically_normal().string();
  while (s.size() > 1 && s.back() == '/') s.pop_back();
  return s;
}

}  // namespace

bool matchesExtension(const std::string& name, const std::vector<std::string>& extensions) {
  if (extensions.empty()) return true;
  const std::string n = lower(name);
  return std::any_of(extensions.begin(), extensions.end(), [&](const std::string& e) {
    const std::string x = lower(e);
    return n.size() > x.size() && n.compare(n.size() - x.size(), x.size(), x) == 0;
  });
}

FileListing listFolder(const std::string& folder, const std::vector<std::string>& extensions) {
  FileListing out;
  std::error_code ec;
  const fs::path abs = fs::absolute(folder.empty() ? fs::path(".") : fs::path(folder), ec);
  out.folder = normalised(ec ? fs::path(folder) : abs);
  fs::directory_iterator it(out.folder, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    out.error = out.folder + ": " + ec.message();
    return out;
  }
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) break;
    const std::string name = it->path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    std::error_code e2;
    const bool folderEntry = it->is_directory(e2);  // follows symlinks
    if (!folderEntry && !matchesExtension(name, extensions)) continue;
    FileEntry f{name, folderEntry, 0};
    if (!folderEntry) {
      const uintmax_t b = it->file_size(e2);
      f.bytes = e2 ? 0 : b;
    }
    out.entries.push_back(std::move(f));
  }
  if (ec) {
    out.entries.clear();
    out.error = out.folder + ": " + ec.message();
    return out;
  }
  std::sort(out.entries.begin(), out.entries.end(), [](const FileEntry& a, const FileEntry& b) {
    if (a.folder != b.folder) return a.folder;
    const std::string la = lower(a.name), lb = lower(b.name);
    return la != lb ? la < lb : a.name < b.name;
  });
  return out;
}

std::string parentFolder(const std::string& folder) {
  const fs::path p(normalised(fs::path(folder)));
  return p.has_parent_path() && p.parent_path() != p ? normalised(p.parent_path()) : p.string();
}

std::string resolveName(const std::string& folder, const std::string& name, const std::string& home) {
  if (name.empty()) return {};
  if (name[0] == '/') return normalised(fs::path(name));
  if (name == "~" || name.rfind("~/", 0) == 0) {
    std::string h = home;
    if (h.empty())
      if (const char* e = std::getenv("HOME")) h = e;
    return normalised(fs::path(h) / (name.size() > 2 ? name.substr(2) : std::string()));
  }
  return normalised(fs::path(folder) / name);
}

std::string withExtension(const std::string& path, const std::string& extension,
                          const std::vector<std::string>& extensions) {
  if (path.empty() || matchesExtension(path, extensions.empty() ? std::vector<std::string>{extension} : extensions))
    return path;
  return path + extension;
}

}  // namespace ps::ui
