// The one atomic writer: exclusive unguessable temp files, nothing left behind
// on failure, and no write over a file the process has read.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <stdexcept>
#include <string>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

#include "core/atomic_file.h"
#include "core/error.h"

using namespace ps;
namespace fs = std::filesystem;

namespace {

fs::path freshDir(const std::string& name) {
  fs::path d = fs::path(PARKSCAPE_TEST_TMP) / name;
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void put(const fs::path& p, const std::string& s) { std::ofstream(p, std::ios::binary) << s; }

std::vector<std::string> listing(const fs::path& d) {
  std::vector<std::string> v;
  for (const auto& e : fs::directory_iterator(d)) v.push_back(e.path().filename().string());
  std::sort(v.begin(), v.end());
  return v;
}

void expectRefused(const std::function<void()>& f, const std::string& what) {
  try {
    f();
    ADD_FAILURE() << what << ": written over an input";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("refusing to overwrite an input"), std::string::npos) << e.what();
  }
}

}  // namespace

TEST(AtomicFile, ReplacesTheTargetAndLeavesNothingElse) {
  const fs::path d = freshDir("atomic_replace");
  writeFileAtomic((d / "out.txt").string(), "one");
  writeFileAtomic((d / "out.txt").string(), "two");
  EXPECT_EQ(slurp(d / "out.txt"), "two");
  EXPECT_EQ(listing(d), std::vector<std::string>{"out.txt"});
  // A plain create's permissions, not the temp file's 0600.
  struct stat st {};
  ASSERT_EQ(::stat((d / "out.txt").c_str(), &st), 0);
  const mode_t mask = ::umask(0);
  ::umask(mask);
  EXPECT_EQ(st.st_mode & 0777, 0666 & ~mask);
}

TEST(AtomicFile, PlantedTempNamesAreNeverFollowed) {
  const fs::path d = freshDir("atomic_planted");
  const fs::path victim = freshDir("atomic_planted_victim") / "victim.txt";
  put(victim, "precious");
  // Every name a pid-and-counter scheme could pick, pointing at the victim.
  const std::string pid = std::to_string(::getpid());
  std::vector<std::string> names = {"out.txt.tmp" + pid, ".out.tmp" + pid + ".txt", "out.txt.tmp"};
  for (int i = 0; i < 4; ++i) names.push_back(".out.tmp" + pid + "_" + std::to_string(i) + ".txt");
  for (const std::string& n : names) fs::create_symlink(victim, d / n);
  writeFileAtomic((d / "out.txt").string(), "new");
  writeViaTemp((d / "out.txt").string(), [](const std::string& tmp) {
    EXPECT_FALSE(fs::exists(fs::symlink_status(tmp)));
    // Inside a folder only this process can enter, so nobody can plant it later either.
    EXPECT_EQ(fs::status(fs::path(tmp).parent_path()).permissions() & fs::perms::all, fs::perms::owner_all);
    put(tmp, "newer");
  });
  EXPECT_EQ(slurp(victim), "precious");
  EXPECT_FALSE(fs::is_symlink(d / "out.txt"));
  EXPECT_EQ(slurp(d / "out.txt"), "newer");
}

TEST(AtomicFile, FailureLeavesTheOldTargetAndNoTemp) {
  const fs::path d = freshDir("atomic_fail");
  put(d / "out.png", "old");
  EXPECT_THROW(writeViaTemp((d / "out.png").string(),
                            [](const std::string& tmp) {
                              put(tmp, "half");
                              throw std::runtime_error("disk full");
                            }),
               std::runtime_error);
  // A writer that reports success but leaves no file is a failure too.
  EXPECT_THROW(writeViaTemp((d / "out.png").string(), [](const std::string&) {}), Error);
  EXPECT_EQ(slurp(d / "out.png"), "old");
  EXPECT_EQ(listing(d), std::vector<std::string>{"out.png"});
  try {
    writeFileAtomic((d / "missing" / "x.csv").string(), "a");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.file(), (d / "missing" / "x.csv").string());
  }
  EXPECT_EQ(listing(d), std::vector<std::string>{"out.png"});
}

TEST(AtomicFile, RefusesAnyPathThatResolvesToAnInput) {
  const fs::path d = freshDir("atomic_inputs");
  fs::create_directories(d / "sub");
  put(d / "scene.toml", "title = 'x'");
  EXPECT_EQ(readFile((d / "scene.toml").string()), "title = 'x'");
  fs::create_symlink(d / "scene.toml", d / "link.toml");
  fs::create_hard_link(d / "scene.toml", d / "hard.toml");
  const std::vector<std::string> aliases = {(d / "scene.toml").string(), (d / "link.toml").string(),
                                            (d / "sub" / ".." / "scene.toml").string(), (d / "hard.toml").string()};
  for (const std::string& p : aliases) {
    expectRefused([&] { writeFileAtomic(p, "PNG"); }, p);
    bool called = false;
    expectRefused([&] { writeViaTemp(p, [&](const std::string&) { called = true; }); }, p);
    EXPECT_FALSE(called) << "the writer ran before the refusal: " << p;
  }
  EXPECT_EQ(slurp(d / "scene.toml"), "title = 'x'");
  EXPECT_TRUE(fs::is_symlink(d / "link.toml"));
  // Other files in the same folder are fine, and so is saving a scene over itself.
  writeFileAtomic((d / "other.toml").string(), "y");
  writeFileAtomic((d / "scene.toml").string(), "title = 'y'", (d / "scene.toml").string());
  EXPECT_EQ(slurp(d / "scene.toml"), "title = 'y'");
}
