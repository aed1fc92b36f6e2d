// The viewer's film export as a child process (viewer/film_job.h), driven with
// a stand-in for `parkscape film`: a shell script that speaks the same
// protocol (one "progress D T" line per frame on stdout, errors on stderr,
// SIGINT stops it). What is checked is the process handling: progress read
// without blocking, success, failure with the child's message, cancel, and a
// destructor that never waits long on a child that ignores SIGINT.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "viewer/film_job.h"

namespace fs = std::filesystem;
using ps::viewer::FilmJob;
using ps::viewer::FilmJobOptions;
using ps::viewer::parseFilmProgress;

namespace {

std::string script(const std::string& name, const std::string& body) {
  fs::create_directories(PARKSCAPE_TEST_TMP);
  const std::string p = std::string(PARKSCAPE_TEST_TMP) + "/" + name;
  std::ofstream(p) << "#!/bin/sh\n" << body;
  fs::permissions(p, fs::perms::owner_all);
  return p;
}

FilmJobOptions options(const std::string& exe) {
  FilmJobOptions o;
  o.exe = exe;
  o.storyToml = "[story]\ntitle = 'x'\n";
  o.out = std::string(PARKSCAPE_TEST_TMP) + "/out.mp4";
  return o;
}

// Polls until the job leaves Running (or 20 s pass).
void waitFor(FilmJob& job) {
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (job.running() && std::chrono::steady_clock::now() < until) {
    job.poll();
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
}

}  // namespace

TEST(FilmJob, ParsesProgressLines) {
  int d = -1, t = -1;
  EXPECT_TRUE(parseFilmProgress("progress 3 10", d, t));
  EXPECT_EQ(d, 3);
  EXPECT_EQ(t, 10);
  EXPECT_FALSE(parseFilmProgress("progress 11 10", d, t));
  EXPECT_FALSE(parseFilmProgress("progress 1 0", d, t));
  EXPECT_FALSE(parseFilmProgress("progress 1 2 3", d, t));
  EXPECT_FALSE(parseFilmProgress("wrote tour.mp4", d, t));
}

TEST(FilmJob, FollowsProgressToTheEnd) {
  // The child sees the story snapshot as its third argument ("film" STORY ...) and the flag.
  const std::string exe = script("ok.sh",
                                 "[ \"$1\" = film ] && [ -s \"$2\" ] || exit 3\n"
                                 "case \"$*\" in *--progress-lines*) ;; *) exit 4;; esac\n"
                                 "for i in 0 1 2 3 4; do echo \"progress $i 4\"; done\n");
  FilmJob job(options(exe));
  waitFor(job);
  EXPECT_EQ(job.state(), FilmJob::State::Done) << job.message();
  EXPECT_EQ(job.framesDone(), 4);
  EXPECT_EQ(job.frameCount(), 4);
}

TEST(FilmJob, FailureCarriesTheChildsMessage) {
  const std::string exe = script("fail.sh",
                                 "echo 'progress 0 9'\n"
                                 "echo 'parkscape: tour.toml: steps[2].camera.pitch: value 99 is out of range' >&2\n"
                                 "exit 1\n");
  FilmJob job(options(exe));
  waitFor(job);
  EXPECT_EQ(job.state(), FilmJob::State::Failed);
  EXPECT_EQ(job.message(), "tour.toml: steps[2].camera.pitch: value 99 is out of range");
}

TEST(FilmJob, CancelStopsTheChild) {
  const std::string exe = script("slow.sh",
                                 "trap 'exit 130' INT\n"
                                 "i=0; while [ $i -lt 600 ]; do echo \"progress $i 600\"; i=$((i+1)); sleep 0.05; done\n");
  FilmJob job(options(exe));
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  job.poll();
  EXPECT_TRUE(job.running());
  job.cancel();
  waitFor(job);
  EXPECT_EQ(job.state(), FilmJob::State::Cancelled);
  EXPECT_LT(job.framesDone(), 600);
}

TEST(FilmJob, DestructorDoesNotHangOnAStubbornChild) {
  const std::string exe = script("stubborn.sh", "trap '' INT\nexec sleep 60\n");
  const auto t0 = std::chrono::steady_clock::now();
  {
    FilmJob job(options(exe));
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(10));
}

TEST(FilmJob, StorySnapshotIsRemoved) {
  const std::string exe = script("keep.sh", "echo \"$2\" > \"$(dirname \"$0\")/snapshot_path.txt\"\n");
  {
    FilmJob job(options(exe));
    waitFor(job);
  }
  std::string snapshot;
  std::ifstream(std::string(PARKSCAPE_TEST_TMP) + "/snapshot_path.txt") >> snapshot;
  ASSERT_FALSE(snapshot.empty());
  EXPECT_FALSE(fs::exists(snapshot));
}
