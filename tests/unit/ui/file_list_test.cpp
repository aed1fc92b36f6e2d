// The file picker's listing (ui/file_list.h): what a folder shows, filtered and sorted.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "ui/file_list.h"

using namespace ps::ui;
namespace fs = std::filesystem;

namespace {

fs::path fixture() {
  const fs::path d = fs::path(PARKSCAPE_TEST_TMP) / "file_list";
  fs::remove_all(d);
  fs::create_directories(d / "demands");
  fs::create_directories(d / "Archive");
  fs::create_directories(d / ".hidden_dir");
  for (const char* f : {"b_scene.toml", "A_view.TOML", "parcels.gpkg", "notes.txt", ".secret.toml"})
    std::ofstream(d / f) << "x = 1\n";
  return d;
}

std::vector<std::string> names(const FileListing& l) {
  std::vector<std::string> n;
  for (const auto& e : l.entries) n.push_back(e.folder ? e.name + "/" : e.name);
  return n;
}

}  // namespace

TEST(FileList, FoldersFirstThenMatchingFilesByNameHiddenLeftOut) {
  const fs::path d = fixture();
  const FileListing l = listFolder(d.string(), {".toml"});
  EXPECT_TRUE(l.error.empty()) << l.error;
  EXPECT_EQ(l.folder, d.lexically_normal().string());
  EXPECT_EQ(names(l), (std::vector<std::string>{"Archive/", "demands/", "A_view.TOML", "b_scene.toml"}));
  EXPECT_EQ(l.entries[2].bytes, 6u);
  // No filter: every file but the hidden ones.
  EXPECT_EQ(names(listFolder(d.string(), {})),
            (std::vector<std::string>{"Archive/", "demands/", "A_view.TOML", "b_scene.toml", "notes.txt", "parcels.gpkg"}));
  EXPECT_EQ(names(listFolder(d.string(), {".gpkg", ".toml"})).size(), 5u);
}

TEST(FileList, UnreadableFolderSaysSoAndListsNothing) {
  const FileListing l = listFolder((fs::path(PARKSCAPE_TEST_TMP) / "no_such_folder").string(), {".toml"});
  EXPECT_TRUE(l.entries.empty());
  EXPECT_NE(l.error.find("no_such_folder"), std::string::npos) << l.error;
}

TEST(FileList, ExtensionsAnyCase) {
  EXPECT_TRUE(matchesExtension("a.TOML", {".toml"}));
  EXPECT_TRUE(matchesExtension("x.geojson", {".toml", ".geojson"}));
  EXPECT_FALSE(matchesExtension("toml", {".toml"}));
  EXPECT_FALSE(matchesExtension("a.toml.bak", {".toml"}));
  EXPECT_TRUE(matchesExtension("anything", {}));
}

TEST(FileList, NamesResolveAgainstTheFolderAndHome) {
  EXPECT_EQ(resolveName("/data/demands", "robot.toml"), "/data/demands/robot.toml");
  EXPECT_EQ(resolveName("/data/demands", "../scenes/a.toml"), "/data/scenes/a.toml");
  EXPECT_EQ(resolveName("/data/demands", "/tmp/x.toml"), "/tmp/x.toml");
  EXPECT_EQ(resolveName("/data", "~/Parkscape/v.toml", "/home/planner"), "/home/planner/Parkscape/v.toml");
  EXPECT_EQ(resolveName("/data", ""), "");
  EXPECT_EQ(parentFolder("/data/demands"), "/data");
  EXPECT_EQ(parentFolder("/data/demands/"), "/data");
  EXPECT_EQ(parentFolder("/"), "/");
  EXPECT_EQ(withExtension("/u/view", ".toml", {".toml"}), "/u/view.toml");
  EXPECT_EQ(withExtension("/u/view.TOML", ".toml", {".toml"}), "/u/view.TOML");
}
