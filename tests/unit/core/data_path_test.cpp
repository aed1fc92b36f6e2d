// ps::dataPath: PARKSCAPE_DATA_DIR overrides; else the source tree (it exists
// while tests run from the build folder).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "core/build_paths.h"
#include "core/data_path.h"

TEST(DataPath, SourceTreeWhenItExistsAndNoOverride) {
  ::unsetenv("PARKSCAPE_DATA_DIR");
  EXPECT_EQ(ps::dataDir(), std::string(ps::sourceDir()));
  const std::string p = ps::dataPath("geodata/kiosk/rongyao.toml");
  EXPECT_EQ(p, std::string(ps::sourceDir()) + "/geodata/kiosk/rongyao.toml");
  EXPECT_TRUE(std::filesystem::exists(p)) << p;
}

TEST(DataPath, EnvironmentOverridesAndTrailingSlashIsDropped) {
  ::setenv("PARKSCAPE_DATA_DIR", "/opt/ps/share/parkscape/", 1);
  EXPECT_EQ(ps::dataDir(), "/opt/ps/share/parkscape");
  EXPECT_EQ(ps::dataPath("assets/i18n/strings.toml"), "/opt/ps/share/parkscape/assets/i18n/strings.toml");
  ::setenv("PARKSCAPE_DATA_DIR", "", 1);  // empty: as if unset
  EXPECT_EQ(ps::dataDir(), std::string(ps::sourceDir()));
  ::unsetenv("PARKSCAPE_DATA_DIR");
}

TEST(DataPath, InstallDirIsAbsoluteUnderShare) {
  const std::string d = ps::installDataDir();
  EXPECT_EQ(d.front(), '/');
  EXPECT_NE(d.find("/share/parkscape"), std::string::npos) << d;
}
