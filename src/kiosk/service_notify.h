#pragma once
// The kiosk under systemd (packaging/parkscape-kiosk.service: Type=notify,
// WatchdogSec=30, Restart=always): READY=1 once the first frame with the scene
// has been shown, WATCHDOG=1 from the render loop. Speaks only when systemd
// asked for it (NOTIFY_SOCKET set); otherwise every call does nothing.
namespace ps::kiosk {

class ServiceNotifier {
 public:
  // Reads NOTIFY_SOCKET and the watchdog interval (WATCHDOG_USEC) once.
  ServiceNotifier();

  bool active() const { return active_; }
  bool ready() const { return readySent_; }
  // Seconds between two WATCHDOG=1: half the unit's WatchdogSec (or 5 s when
  // the unit has no watchdog: harmless keep-alives).
  double keepAliveInterval() const { return interval_; }

  // After each drawn frame; `now` in seconds of any monotonic clock.
  // `sceneShown`: the frame showed the loaded scene (READY=1 the first time).
  void frameShown(bool sceneShown, double now);

  // Before a deliberate exit (the admin's Exit): STOPPING=1.
  void stopping();

 private:
  bool active_ = false;
  bool readySent_ = false;
  double interval_ = 5.0;
  double lastKeepAlive_ = -1e300;
};

}  // namespace ps::kiosk
