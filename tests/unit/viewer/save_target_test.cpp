// The viewer's Save never destroys a file it did not write (hardening): the
// bundled scenes are never overwritten, an existing scene is kept as .bak.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "viewer/save_target.h"

using namespace ps;
using namespace ps::viewer;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const std::string kBundled = std::string(PARKSCAPE_SOURCE_DIR) + "/geodata/chengdu.toml";

}  // namespace

TEST(SaveTarget, BundledScenesAreRecognisedAlsoThroughLinks) {
  EXPECT_TRUE(isBundledScene(kBundled));
  EXPECT_TRUE(isBundledScene(std::string(PARKSCAPE_SOURCE_DIR) + "/geodata/../geodata/chengdu.toml"));
  const fs::path dir = fs::path(PARKSCAPE_TEST_TMP) / "save_target_links";
  fs::remove_all(dir);
  fs::create_directories(dir);
  fs::create_symlink(kBundled, dir / "mine.toml");
  EXPECT_TRUE(isBundledScene((dir / "mine.toml").string()));
  EXPECT_FALSE(isBundledScene((dir / "other.toml").string()));
  EXPECT_FALSE(isBundledScene(""));
}

TEST(SaveTarget, SaveAsProposesANewFileInTheUsersFolder) {
  const fs::path home = fs::path(PARKSCAPE_TEST_TMP) / "save_target_home";
  fs::remove_all(home);
  EXPECT_EQ(proposedSavePath(kBundled, home.string()), (home / "Parkscape" / "chengdu_view.toml").string());
  fs::create_directories(home / "Parkscape");
  std::ofstream(home / "Parkscape" / "chengdu_view.toml") << "x";
  EXPECT_EQ(proposedSavePath(kBundled, home.string()), (home / "Parkscape" / "chengdu_view_2.toml").string());
  // Save-as of the user's own scene proposes a new name too: Save is what overwrites.
  EXPECT_EQ(proposedSavePath((home / "mine.toml").string(), home.string()), (home / "Parkscape" / "mine_view.toml").string());
}

TEST(SaveTarget, ABundledSceneIsNeverTheTargetAndAnExistingFileIsBackedUp) {
  const fs::path home = fs::path(PARKSCAPE_TEST_TMP) / "save_target_redirect";
  fs::remove_all(home);
  const std::string before = slurp(kBundled);
  const SaveTarget t = prepareSave(kBundled, home.string());
  EXPECT_TRUE(t.redirected);
  EXPECT_EQ(t.path, (home / "Parkscape" / "chengdu_view.toml").string());
  EXPECT_TRUE(fs::is_directory(home / "Parkscape"));
  EXPECT_EQ(slurp(kBundled), before);

  const fs::path mine = home / "hand_written.toml";
  std::ofstream(mine) << "# my comments\n[scene]\ntitle = \"mine\"\n";
  const SaveTarget u = prepareSave(mine.string(), home.string());
  EXPECT_FALSE(u.redirected);
  EXPECT_EQ(u.path, mine.string());
  EXPECT_EQ(u.backup, mine.string() + ".bak");
  EXPECT_EQ(slurp(u.backup), slurp(mine));
}
