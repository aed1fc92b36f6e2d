// The kiosk's systemd notifier against a fake NOTIFY_SOCKET: a datagram socket
// bound in the test's scratch folder receives what systemd would.
#include <gtest/gtest.h>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "kiosk/service_notify.h"

namespace {

class FakeNotifySocket {
 public:
  FakeNotifySocket() {
    std::filesystem::create_directories(PARKSCAPE_TEST_TMP);
    path_ = std::string(PARKSCAPE_TEST_TMP) + "/notify.sock";
    std::filesystem::remove(path_);
    fd_ = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    sockaddr_un a{};
    a.sun_family = AF_UNIX;
    if (path_.size() >= sizeof a.sun_path) throw std::runtime_error("socket path too long: " + path_);
    path_.copy(a.sun_path, path_.size());
    if (fd_ < 0 || ::bind(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0)
      throw std::runtime_error("cannot bind " + path_);
  }
  ~FakeNotifySocket() {
    ::close(fd_);
    std::filesystem::remove(path_);
  }
  const std::string& path() const { return path_; }
  // Every datagram waiting now.
  std::vector<std::string> received() {
    std::vector<std::string> out;
    char buf[512];
    for (;;) {
      const ssize_t n = ::recv(fd_, buf, sizeof buf, MSG_DONTWAIT);
      if (n < 0) break;
      out.emplace_back(buf, static_cast<size_t>(n));
    }
    return out;
  }

 private:
  std::string path_;
  int fd_ = -1;
};

struct EnvGuard {
  ~EnvGuard() {
    ::unsetenv("NOTIFY_SOCKET");
    ::unsetenv("WATCHDOG_USEC");
    ::unsetenv("WATCHDOG_PID");
  }
};

}  // namespace

TEST(ServiceNotify, ReadyOnceTheSceneIsShownAndWatchdogAtHalfTheInterval) {
  EnvGuard guard;
  FakeNotifySocket sock;
  ::setenv("NOTIFY_SOCKET", sock.path().c_str(), 1);
  ::setenv("WATCHDOG_USEC", "30000000", 1);  // WatchdogSec=30
  ::setenv("WATCHDOG_PID", std::to_string(::getpid()).c_str(), 1);
  ps::kiosk::ServiceNotifier n;
  ASSERT_TRUE(n.active());
  EXPECT_DOUBLE_EQ(n.keepAliveInterval(), 15.0);

  n.frameShown(false, 100.0);  // still loading: alive, not ready
  EXPECT_EQ(sock.received(), std::vector<std::string>{"WATCHDOG=1"});
  EXPECT_FALSE(n.ready());

  n.frameShown(true, 101.0);  // the first frame with the scene
  const auto r = sock.received();
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].rfind("READY=1\n", 0), 0u) << r[0];
  EXPECT_TRUE(n.ready());

  for (double t = 102.0; t < 114.9; t += 0.5) n.frameShown(true, t);  // no flood
  EXPECT_TRUE(sock.received().empty());
  n.frameShown(true, 115.0);
  EXPECT_EQ(sock.received(), std::vector<std::string>{"WATCHDOG=1"});

  n.stopping();
  EXPECT_EQ(sock.received(), std::vector<std::string>{"STOPPING=1"});
}

TEST(ServiceNotify, WatchdogForAnotherProcessIsIgnored) {
  EnvGuard guard;
  FakeNotifySocket sock;
  ::setenv("NOTIFY_SOCKET", sock.path().c_str(), 1);
  ::setenv("WATCHDOG_USEC", "30000000", 1);
  ::setenv("WATCHDOG_PID", "1", 1);  // systemd meant the watchdog for PID 1
  ps::kiosk::ServiceNotifier n;
  EXPECT_DOUBLE_EQ(n.keepAliveInterval(), 5.0);
}

TEST(ServiceNotify, SilentWithoutNotifySocket) {
  EnvGuard guard;
  ::unsetenv("NOTIFY_SOCKET");
  FakeNotifySocket sock;
  ps::kiosk::ServiceNotifier n;
  EXPECT_FALSE(n.active());
  n.frameShown(true, 0.0);
  n.frameShown(true, 100.0);
  n.stopping();
  EXPECT_TRUE(sock.received().empty());
  EXPECT_FALSE(n.ready());
}
