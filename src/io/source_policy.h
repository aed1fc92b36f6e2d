#pragma once
// What a scene may make GDAL open. A scene can come from outside (e-mail, a
// USB stick at an exhibition), and GDAL reaches far: /vsicurl/ and http URLs,
// database connections (PG:, MySQL:...), dozens of drivers, and OGR SQL that
// some drivers hand to SQLite as it is. The default policy opens local files
// of the vector formats a planner uses; network sources need an explicit
// opt-in by the person running the program (`--allow-network`, or
// PARKSCAPE_ALLOW_NETWORK=1), never by the scene itself, and then run under
// connect and read timeouts. The kiosk always runs with the default.
#include <optional>
#include <string>
#include <vector>

namespace ps::io {

struct SourcePolicy {
  bool allowNetwork = false;
  int connectTimeoutS = 10;  // HTTP and PostgreSQL connection
  int readTimeoutS = 60;     // HTTP transfers
  // GDAL's in-memory files (/vsimem/): buffers the program itself made (the
  // fuzz targets of tests/fuzz feed bytes this way); never set for scenes.
  bool allowMemoryFiles = false;
};

// Process-wide; set once at start-up (before any load). The initial policy
// is the default, with allowNetwork from PARKSCAPE_ALLOW_NETWORK=1.
void setSourcePolicy(const SourcePolicy& p);
SourcePolicy sourcePolicy();

// True for paths that reach beyond local files: URLs, /vsicurl/ and the other
// network file systems (also chained inside /vsizip/), database connections.
bool isNetworkSource(const std::string& path);

// Throws ps::Error(path, why, key) when the policy forbids opening `path`.
void checkSourceAllowed(const std::string& path, const std::string& key = "path");

// The GDAL vector drivers a source may use (short names); a database driver
// only while the network is allowed.
std::vector<std::string> allowedDrivers();

// An attribute filter (`where`) of plain comparisons: column names, numbers,
// quoted strings, = <> != < <= > >=, AND OR NOT, IN, LIKE, BETWEEN, IS [NOT]
// NULL and parentheses. Function calls, sub-queries and statement separators
// are refused (a GeoPackage hands the text to SQLite: `randomblob(1e9)` ran
// 33 s). The reason, or nullopt when it is acceptable.
std::optional<std::string> whereProblem(const std::string& where);

}  // namespace ps::io
