// Kiosk profile parsing: strict, every key known, every value in range.
#include "kiosk/profile.h"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <toml++/toml.h>

#include "core/error.h"
#include "core/toml_reader.h"

namespace ps::kiosk {
namespace fs = std::filesystem;

namespace {

// One table of the profile: the strict reader of core/toml_reader.h.
using Section = TomlSection;

bool isHex(const std::string& s) {
  if (s.empty() || s.size() % 2) return false;
  for (char c : s)
    if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

std::string resolve(const std::string& profilePath, const std::string& rel) {
  fs::path p(rel);
  if (p.is_relative()) p = fs::path(profilePath).parent_path() / p;
  return p.lexically_normal().string();
}

void readKiosk(Section s, KioskProfile& p) {
  p.title = s.str("title");
  std::string scene = s.str("scene");
  if (scene.empty()) s.fail("scene", "is required (the scene file the kiosk shows)");
  p.scene = resolve(p.path, scene);
  std::string story = s.str("attract_story");
  if (!story.empty()) p.attractStory = resolve(p.path, story);
  p.sampleData = s.boolean("sample_data", true);
  if (const toml::array* langs = s.array("languages")) {
    for (const toml::node& n : *langs) {
      std::optional<Lang> l = n.is_string() ? parseLang(**n.as_string()) : std::nullopt;
      if (!l) s.fail("languages", "expected \"zh\" or \"en\" entries");
      for (Lang have : p.languages)
        if (have == *l) s.fail("languages", std::string("lists '") + langCode(*l) + "' twice");
      p.languages.push_back(*l);
    }
    if (p.languages.empty()) s.fail("languages", "must name at least one language");
  } else {
    p.languages = {Lang::Zh, Lang::En};
  }
  s.rejectUnknown();
}

void readIdle(Section s, IdleTimes& idle) {
  idle.countdownAfterS = s.num("countdown_after_s", idle.countdownAfterS, 10, 3600);
  idle.countdownS = s.num("countdown_s", idle.countdownS, 3, 120);
  s.rejectUnknown();
}

void readControls(Section s, VisitorControls& c) {
  c.sectors = s.boolean("sectors", c.sectors);
  c.rings = s.boolean("near_universities", c.rings);
  c.vacant = s.boolean("vacant_space", c.vacant);
  c.search = s.boolean("search", c.search);
  c.language = s.boolean("language", c.language);
  c.home = s.boolean("home", c.home);
  s.rejectUnknown();
}

void readAdmin(Section s, AdminPin& a, bool present) {
  if (!present) throw Error("", "is required: an admin PIN (parkscape kiosk --hash-pin prints one)", "admin");
  a.saltHex = s.str("pin_salt");
  a.hashHex = s.str("pin_hash");
  a.iterations = static_cast<unsigned>(s.num("pin_iterations", a.iterations, 10000, 10000000));
  if (!isHex(a.saltHex) || a.saltHex.size() < 16) s.fail("pin_salt", "expected at least 8 bytes as hex");
  if (!isHex(a.hashHex) || a.hashHex.size() != 64) s.fail("pin_hash", "expected a PBKDF2-HMAC-SHA256 hash: 64 hex digits");
  for (std::string* h : {&a.saltHex, &a.hashHex})
    for (char& c : *h) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  s.rejectUnknown();
}

void readDisplay(Section s, Display& d) {
  d.monitor = static_cast<int>(s.num("monitor", d.monitor, 0, 15));
  if (const toml::node* n = s.node("monitor"); n && !n->is_integer()) s.fail("monitor", "expected a whole number");
  d.minTargetMm = s.num("min_target_mm", d.minTargetMm, 9, 60);
  double ppm = s.num("px_per_mm", 0, 0.5, 40);
  if (ppm > 0) d.pxPerMm = ppm;
  s.rejectUnknown();
}

const toml::table* subTable(const toml::table& root, std::string_view k, const std::string& file) {
  const toml::node* n = root.get(k);
  if (!n) return nullptr;
  if (!n->is_table()) throw Error(file, "expected a table ([" + std::string(k) + "])", std::string(k));
  return n->as_table();
}

}  // namespace

KioskProfile parseKioskProfile(std::string_view text, const std::string& path) {
  const toml::table root = parseTomlText(text, path);
  static const std::set<std::string, std::less<>> known = {"kiosk", "idle", "controls", "admin", "display"};
  for (const auto& [k, v] : root)
    if (!known.count(k.str())) throw Error(path, "unknown table", std::string(k.str()));
  KioskProfile p;
  p.path = path;
  const toml::table* kiosk = subTable(root, "kiosk", path);
  if (!kiosk) throw Error(path, "is required ([kiosk] with the scene)", "kiosk");
  readKiosk(Section(kiosk, "kiosk", path), p);
  readIdle(Section(subTable(root, "idle", path), "idle", path), p.idle);
  readControls(Section(subTable(root, "controls", path), "controls", path), p.controls);
  const toml::table* admin = subTable(root, "admin", path);
  try {
    readAdmin(Section(admin, "admin", path), p.admin, admin != nullptr);
  } catch (const Error& e) {
    if (!e.file().empty()) throw;
    throw Error(path, e.problem(), e.key());
  }
  readDisplay(Section(subTable(root, "display", path), "display", path), p.display);
  return p;
}

KioskProfile loadKioskProfile(const std::string& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) throw Error(path, "kiosk profile not found (or not a file)");
  if (fs::file_size(path, ec) > TomlLimits{}.maxBytes) throw Error(path, "too large for a kiosk profile");
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  if (!in && !in.eof()) throw Error(path, "cannot be read");
  KioskProfile p = parseKioskProfile(ss.str(), path);
  if (!fs::is_regular_file(p.scene, ec)) throw Error(path, "scene file not found: " + p.scene, "kiosk.scene");
  if (!p.attractStory.empty() && !fs::is_regular_file(p.attractStory, ec))
    throw Error(path, "attract story not found: " + p.attractStory, "kiosk.attract_story");
  return p;
}

}  // namespace ps::kiosk
