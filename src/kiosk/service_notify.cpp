#include "kiosk/service_notify.h"

#include <cstdint>
#include <cstdlib>

#include <systemd/sd-daemon.h>

namespace ps::kiosk {

ServiceNotifier::ServiceNotifier() {
  const char* sock = std::getenv("NOTIFY_SOCKET");
  active_ = sock && *sock;
  if (!active_) return;
  uint64_t usec = 0;
  if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0) interval_ = static_cast<double>(usec) / 2e6;
}

void ServiceNotifier::frameShown(bool sceneShown, double now) {
  if (!active_) return;
  if (sceneShown && !readySent_) {
    // A failed send (systemd gone) is not the kiosk's problem: it keeps showing.
    sd_notify(0, "READY=1\nSTATUS=Showing the kiosk's home screen");
    readySent_ = true;
  }
  if (now - lastKeepAlive_ >= interval_) {
    sd_notify(0, "WATCHDOG=1");
    lastKeepAlive_ = now;
  }
}

void ServiceNotifier::stopping() {
  if (active_) sd_notify(0, "STOPPING=1");
}

}  // namespace ps::kiosk
