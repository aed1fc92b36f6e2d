#pragma once
// Raw touch events, as a touch screen's driver reports them (XInput 2.2:
// XI_TouchBegin / XI_TouchUpdate / XI_TouchEnd with the server's touch id,
// window pixels and a millisecond server time), turned into the TouchEvents
// the gesture recogniser takes. Pure: viewer/touch_x11.cpp reads the X
// events and hands their fields here; nothing here knows X11.
//
//  * Ids: the server's 32-bit touch ids become small ints from 1 up (0 is the
//    mouse's finger), in the order the touches began.
//  * Time: the server's clock (ms, wrapping every 49.7 days) is mapped onto
//    the app's clock (seconds): each event moves on from the previous one by
//    the server's own difference, so a slow frame does not squeeze a quick
//    tap into a long press; the result never runs ahead of `now`, never more
//    than a second behind it, and never backwards.
//  * Lost events: an update or end of a touch never begun is dropped; a
//    second begin of a live touch too; more than kMaxLive touches at once
//    drops the oldest (a driver that never ended it).
#include <cstdint>
#include <map>
#include <optional>

#include "kiosk/gesture.h"

namespace ps::kiosk {

struct RawTouch {
  enum Phase { Begin, Update, End } phase = Begin;
  uint32_t touchId = 0;   // the server's touch id (XIDeviceEvent::detail)
  double x = 0, y = 0;    // window pixels (event_x, event_y)
  uint32_t timeMs = 0;    // server time (XIDeviceEvent::time)
};

// The server's millisecond clock on the app's clock.
class TouchClock {
 public:
  double toApp(uint32_t serverMs, double now);

 private:
  bool anchored_ = false;
  uint32_t lastMs_ = 0;
  double lastT_ = 0;
};

class TouchTranslator {
 public:
  static constexpr size_t kMaxLive = 10;
  // The TouchEvent for a raw event, or nothing when it is dropped (see above).
  std::optional<TouchEvent> translate(const RawTouch& r, double now);
  size_t live() const { return ids_.size(); }

 private:
  TouchClock clock_;
  std::map<uint32_t, int> ids_;  // server touch id -> our id, for the touches down
  int next_ = 1;
};

}  // namespace ps::kiosk
