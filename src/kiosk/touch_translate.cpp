// Raw touch events to TouchEvents: ids, the server's clock, lost events.
#include "kiosk/touch_translate.h"

#include <algorithm>
#include <climits>

namespace ps::kiosk {

double TouchClock::toApp(uint32_t serverMs, double now) {
  double t = now;
  if (anchored_) {
    // Signed difference: wraps of the 32-bit clock cancel out, and an event
    // stamped a little before the previous one gives a small negative step.
    const auto step = static_cast<int32_t>(serverMs - lastMs_);
    t = lastT_ + step / 1000.0;
  }
  t = std::clamp(t, now - 1.0, now);        // the app's clock leads; stale anchors catch up
  if (anchored_) t = std::max(t, lastT_);   // never backwards
  anchored_ = true;
  lastMs_ = serverMs;
  lastT_ = t;
  return t;
}

std::optional<TouchEvent> TouchTranslator::translate(const RawTouch& r, double now) {
  auto it = ids_.find(r.touchId);
  TouchEvent e;
  e.pos = {r.x, r.y};
  switch (r.phase) {
    case RawTouch::Begin:
      if (it != ids_.end()) return std::nullopt;
      if (ids_.size() >= kMaxLive)  // a touch whose end never came: forget the oldest
        ids_.erase(std::min_element(ids_.begin(), ids_.end(), [](const auto& a, const auto& b) { return a.second < b.second; }));
      e.kind = TouchEvent::Down;
      e.id = next_;
      next_ = next_ == INT_MAX ? 1 : next_ + 1;
      ids_[r.touchId] = e.id;
      break;
    case RawTouch::Update:
      if (it == ids_.end()) return std::nullopt;
      e.kind = TouchEvent::Move;
      e.id = it->second;
      break;
    case RawTouch::End:
      if (it == ids_.end()) return std::nullopt;
      e.kind = TouchEvent::Up;
      e.id = it->second;
      ids_.erase(it);
      break;
  }
  e.t = clock_.toApp(r.timeMs, now);
  return e;
}

}  // namespace ps::kiosk
