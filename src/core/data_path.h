#pragma once
// Where the bundled data (assets/, geodata/) are found at run time: one lookup
// for the build folder and for an installed package.
//   1. PARKSCAPE_DATA_DIR, when set and not empty (tests of the installed tree,
//      a relocated install);
//   2. the source tree the program was built from (ps::sourceDir()), when it
//      still exists (running from a build folder);
//   3. the install data dir (ps::installDataDir(), e.g. /usr/share/parkscape).
#include <string>
#include <string_view>

namespace ps {

// Where `cmake --install` puts the data (CMAKE_INSTALL_FULL_DATADIR/parkscape,
// e.g. /usr/share/parkscape); defined in the generated build_paths.cpp.
const char* installDataDir();

// The data dir chosen by the rules above, without a trailing slash.
std::string dataDir();

// `rel` (e.g. "geodata/kiosk/rongyao.toml") under dataDir().
std::string dataPath(std::string_view rel);

}  // namespace ps
