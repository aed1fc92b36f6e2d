#include "viewer/film_job.h"

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <sstream>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/error.h"

namespace ps::viewer {
namespace fs = std::filesystem;

namespace {

double monotonic() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

std::string selfExe() {
  std::error_code ec;
  const fs::path p = fs::read_symlink("/proc/self/exe", ec);
  return ec ? std::string("parkscape") : p.string();
}

// A private file for the story snapshot: mkstemp in the temp folder, mode 0600.
std::string writeStorySnapshot(const std::string& text, const std::string& out) {
  std::error_code ec;
  std::string dir = fs::temp_directory_path(ec).string();
  if (ec) dir = "/tmp";
  std::string tmpl = dir + "/parkscape-film-XXXXXX.toml";
  std::vector<char> buf(tmpl.begin(), tmpl.end());
  buf.push_back('\0');
  const int fd = mkstemps(buf.data(), 5);
  if (fd < 0) throw Error(out, std::string("cannot create the story snapshot in ") + dir + ": " + std::strerror(errno));
  size_t off = 0;
  while (off < text.size()) {
    const ssize_t n = ::write(fd, text.data() + off, text.size() - off);
    if (n <= 0) {
      ::close(fd);
      ::unlink(buf.data());
      throw Error(out, std::string("cannot write the story snapshot: ") + std::strerror(errno));
    }
    off += static_cast<size_t>(n);
  }
  ::close(fd);
  return buf.data();
}

void setNonBlocking(int fd) { ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK); }

}  // namespace

bool parseFilmProgress(const std::string& line, int& done, int& total) {
  int d = 0, t = 0;
  char tail = 0;
  if (std::sscanf(line.c_str(), "progress %d %d%c", &d, &t, &tail) != 2) return false;
  if (d < 0 || t <= 0 || d > t) return false;
  done = d;
  total = t;
  return true;
}

FilmJob::FilmJob(const FilmJobOptions& opt) : out_(opt.out) {
  if (opt.out.empty()) throw Error("", "no file to write the film to", "out");
  const std::string exe = opt.exe.empty() ? selfExe() : opt.exe;
  storyFile_ = writeStorySnapshot(opt.storyToml, opt.out);
  const std::string size = std::to_string(opt.width) + "x" + std::to_string(opt.height);
  const std::string fps = std::to_string(opt.fps);
  std::vector<std::string> args = {exe, "film", storyFile_, "--out", opt.out, "--size", size,
                                   "--fps", fps, "--lang", opt.lang, "--progress-lines"};
  int outPipe[2], errPipe[2];
  if (::pipe2(outPipe, O_CLOEXEC) != 0 || ::pipe2(errPipe, O_CLOEXEC) != 0) {
    ::unlink(storyFile_.c_str());
    throw Error(opt.out, std::string("cannot start the film export: ") + std::strerror(errno));
  }
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  const pid_t parent = ::getpid();
  pid_ = ::fork();
  if (pid_ == 0) {
    // Child: only async-signal-safe calls until exec.
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    if (::getppid() != parent) ::_exit(127);
    ::dup2(outPipe[1], STDOUT_FILENO);
    ::dup2(errPipe[1], STDERR_FILENO);
    const int devnull = ::open("/dev/null", O_RDONLY);
    if (devnull >= 0) ::dup2(devnull, STDIN_FILENO);
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  ::close(outPipe[1]);
  ::close(errPipe[1]);
  if (pid_ < 0) {
    ::close(outPipe[0]);
    ::close(errPipe[0]);
    ::unlink(storyFile_.c_str());
    throw Error(opt.out, std::string("cannot start the film export: ") + std::strerror(errno));
  }
  outFd_ = outPipe[0];
  errFd_ = errPipe[0];
  setNonBlocking(outFd_);
  setNonBlocking(errFd_);
  start_ = monotonic();
}

FilmJob::~FilmJob() {
  if (pid_ > 0 && state_ == State::Running) {
    cancel();
    // `parkscape film` stops between frames; give it a few seconds, then kill.
    int status = 0;
    for (int i = 0; i < 300; ++i) {
      if (::waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    if (pid_ > 0) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, &status, 0);
      // Killed mid-film: its temporary may remain beside the target (<out>.tmp*); the target itself is never half-written.
    }
  }
  if (outFd_ >= 0) ::close(outFd_);
  if (errFd_ >= 0) ::close(errFd_);
  if (!storyFile_.empty()) ::unlink(storyFile_.c_str());
}

void FilmJob::drain(int fd, std::string& buffer, bool isStdout) {
  if (fd < 0) return;
  char chunk[4096];
  for (;;) {
    const ssize_t n = ::read(fd, chunk, sizeof chunk);
    if (n <= 0) break;
    buffer.append(chunk, static_cast<size_t>(n));
  }
  size_t nl;
  while ((nl = buffer.find('\n')) != std::string::npos) {
    const std::string line = buffer.substr(0, nl);
    buffer.erase(0, nl + 1);
    if (isStdout) {
      parseFilmProgress(line, done_, total_);
    } else if (!line.empty() && line.find("parkscape: film ") != 0) {
      message_ = line.rfind("parkscape: ", 0) == 0 ? line.substr(11) : line;
    }
  }
  if (buffer.size() > (1u << 16)) buffer.clear();  // a runaway line: not ours to keep
}

void FilmJob::reap(int status) {
  pid_ = -1;
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
    state_ = State::Done;
    done_ = total_;
  } else if (cancelRequested_) {
    state_ = State::Cancelled;
  } else {
    state_ = State::Failed;
    if (message_.empty())
      message_ = WIFSIGNALED(status) ? "the film export stopped on signal " + std::to_string(WTERMSIG(status))
                                     : "the film export failed (exit " + std::to_string(WEXITSTATUS(status)) + ")";
  }
}

void FilmJob::poll() {
  if (state_ != State::Running) return;
  drain(outFd_, outBuf_, true);
  drain(errFd_, errBuf_, false);
  int status = 0;
  if (pid_ > 0 && ::waitpid(pid_, &status, WNOHANG) == pid_) {
    drain(outFd_, outBuf_, true);
    drain(errFd_, errBuf_, false);
    reap(status);
  }
}

void FilmJob::cancel() {
  if (state_ != State::Running || pid_ <= 0) return;
  cancelRequested_ = true;
  ::kill(pid_, SIGINT);
}

double FilmJob::elapsed() const { return monotonic() - start_; }

}  // namespace ps::viewer
