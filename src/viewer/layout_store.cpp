#include "viewer/layout_store.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/atomic_file.h"
#include "core/error.h"

namespace ps::viewer {
namespace fs = std::filesystem;

std::string defaultLayoutPath() {
  auto env = [](const char* k) -> std::string {
    const char* v = std::getenv(k);
    return v && *v ? std::string(v) : std::string();
  };
  std::string dir = env("PARKSCAPE_CONFIG_DIR");
  if (dir.empty() && !env("XDG_CONFIG_HOME").empty()) dir = env("XDG_CONFIG_HOME") + "/parkscape";
  if (dir.empty() && !env("HOME").empty()) dir = env("HOME") + "/.config/parkscape";
  return dir.empty() ? std::string() : dir + "/layout.json";
}

namespace {

// Reads one key; a wrong type or an impossible value keeps the default and notes the key.
template <typename T>
void read(const nlohmann::json& j, const char* key, T& out, std::string& bad, bool (*ok)(const T&) = nullptr) {
  if (!j.contains(key)) return;
  try {
    T v = j.at(key).get<T>();
    if (ok && !ok(v)) throw std::invalid_argument("out of range");
    out = v;
  } catch (const std::exception&) {
    bad += (bad.empty() ? "" : ", ") + std::string(key);
  }
}

}  // namespace

LayoutLoad loadLayout(const std::string& path) {
  LayoutLoad r;
  if (path.empty()) return r;
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return r;
  // A layout file is small; anything larger is not ours.
  if (fs::file_size(path, ec) > 64 * 1024) {
    r.warning = path + ": not a layout file (larger than 64 KiB); using the default layout";
    return r;
  }
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  nlohmann::json j = nlohmann::json::parse(ss.str(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    r.warning = path + ": not valid JSON; using the default layout";
    return r;
  }
  r.found = true;
  LayoutPrefs& p = r.prefs;
  std::string bad;
  read(j, "sidebar_open", p.sidebarOpen, bad);
  std::string tab = sidebarTabId(p.tab);
  read(j, "sidebar_tab", tab, bad);
  if (!sidebarTabFromId(tab, p.tab)) bad += (bad.empty() ? "" : ", ") + std::string("sidebar_tab");
  read<double>(j, "sidebar_width", p.sidebarWidth, bad, [](const double& v) { return v >= 200 && v <= 1200; });
  read(j, "legend_open", p.legendOpen, bad);
  read(j, "time_expanded", p.timeExpanded, bad);
  auto coord = [](const int& v) { return v > -100000 && v < 100000; };
  auto size = [](const int& v) { return v == 0 || (v >= 320 && v <= 16384); };
  read<int>(j, "window_x", p.windowX, bad, coord);
  read<int>(j, "window_y", p.windowY, bad, coord);
  read<int>(j, "window_w", p.windowW, bad, size);
  read<int>(j, "window_h", p.windowH, bad, size);
  if ((p.windowW == 0) != (p.windowH == 0)) p.windowW = p.windowH = 0;
  if (!bad.empty()) r.warning = path + ": ignored " + bad + " (wrong type or value)";
  return r;
}

std::string layoutJson(const LayoutPrefs& p) {
  nlohmann::ordered_json j;
  j["sidebar_open"] = p.sidebarOpen;
  j["sidebar_tab"] = sidebarTabId(p.tab);
  j["sidebar_width"] = p.sidebarWidth;
  j["legend_open"] = p.legendOpen;
  j["time_expanded"] = p.timeExpanded;
  j["window_x"] = p.windowX;
  j["window_y"] = p.windowY;
  j["window_w"] = p.windowW;
  j["window_h"] = p.windowH;
  return j.dump(2) + "\n";
}

void saveLayout(const std::string& path, const LayoutPrefs& p) {
  if (path.empty()) return;
  std::error_code ec;
  const fs::path parent = fs::path(path).parent_path();
  if (!parent.empty()) fs::create_directories(parent, ec);
  if (ec) throw Error(path, "cannot create the config folder: " + ec.message());
  writeFileAtomic(path, layoutJson(p));
}

}  // namespace ps::viewer
