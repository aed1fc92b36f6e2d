#pragma once
// The viewer's film export (File → Export film…): `parkscape film` run as a
// child process on a snapshot of the open story, so that encoding never
// freezes the window, shares no GL context with it, and a crash in the
// encoder cannot take the viewer down. The child prints one "progress D T"
// line per frame on its stdout (`--progress-lines`); poll() reads what has
// arrived without blocking. cancel() sends SIGINT: `parkscape film` then
// removes its half-written film (nothing appears at the target). The child
// also gets SIGTERM if the viewer dies, and the destructor cancels and reaps
// it within a bounded time.
#include <string>
#include <sys/types.h>

namespace ps::viewer {

struct FilmJobOptions {
  std::string exe;        // the parkscape binary (default: this process's own)
  std::string storyToml;  // the story's text (story::storyToToml), written to a private temp file
  std::string out;        // the MP4
  int width = 1920, height = 1080, fps = 30;
  std::string lang = "zh";
};

// "progress 12 240" → done 12, total 240; false for any other line.
bool parseFilmProgress(const std::string& line, int& done, int& total);

class FilmJob {
 public:
  enum class State { Running, Done, Failed, Cancelled };
  // Starts the child; throws ps::Error naming the target when it cannot.
  explicit FilmJob(const FilmJobOptions& opt);
  ~FilmJob();
  FilmJob(const FilmJob&) = delete;
  FilmJob& operator=(const FilmJob&) = delete;

  // Reads the child's output and, once it has exited, its status. Never blocks.
  void poll();
  void cancel();
  State state() const { return state_; }
  bool running() const { return state_ == State::Running; }
  int framesDone() const { return done_; }
  int frameCount() const { return total_; }
  double elapsed() const;               // seconds since start
  const std::string& out() const { return out_; }
  // The child's last error line (its stderr), when it failed.
  const std::string& message() const { return message_; }

 private:
  void drain(int fd, std::string& buffer, bool isStdout);
  void reap(int status);
  pid_t pid_ = -1;
  int outFd_ = -1, errFd_ = -1;
  std::string outBuf_, errBuf_, out_, storyFile_, message_;
  State state_ = State::Running;
  bool cancelRequested_ = false;
  int done_ = 0, total_ = 0;
  double start_ = 0;
};

}  // namespace ps::viewer
