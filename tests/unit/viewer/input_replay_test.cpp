// Replay scripts: touch events parse into the InputEvent::Touch the XInput
// reader makes; a bad one names the file, the event and the key.
#include <gtest/gtest.h>

#include "core/error.h"
#include "viewer/input_replay.h"

using namespace ps::viewer;

TEST(InputReplay, TouchEvents) {
  const auto j = nlohmann::json::parse(R"({"window": [960, 540], "events": [
    {"t": 0.5, "type": "touch_begin", "id": 1, "x": 100, "y": 200},
    {"t": 0.6, "type": "touch_move", "id": 1, "x": 110, "y": 205},
    {"t": 0.7, "type": "touch_end", "id": 1, "x": 110, "y": 205},
    {"t": 0.8, "type": "touch_cancel", "id": 2}]})");
  const ReplayScript s = parseReplay(j, "events.json");
  ASSERT_EQ(s.events.size(), 4u);
  using K = ps::kiosk::TouchEvent;
  const K::Kind kinds[] = {K::Down, K::Move, K::Up, K::Cancel};
  for (size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(s.events[i].input.type, InputEvent::Touch);
    EXPECT_EQ(s.events[i].input.touch.kind, kinds[i]);
    EXPECT_LT(s.events[i].input.touch.t, 0);  // the frame's time
  }
  EXPECT_EQ(s.events[1].input.touch.id, 1);
  EXPECT_EQ(s.events[1].input.touch.pos, glm::dvec2(110, 205));
  EXPECT_EQ(s.events[3].input.touch.id, 2);
}

TEST(InputReplay, BadTouchEventsNameTheEventAndKey) {
  auto message = [](const char* text) {
    try {
      parseReplay(nlohmann::json::parse(text), "events.json");
    } catch (const ps::Error& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_NE(message(R"([{"t": 0, "type": "touch_begin", "x": 1, "y": 1}])").find("events.json: 'events[0].id'"), std::string::npos);
  EXPECT_NE(message(R"([{"t": 0, "type": "touch_begin", "id": 0}])").find("0 is the mouse"), std::string::npos);
  EXPECT_NE(message(R"([{"t": 0, "type": "touch_begin", "id": "a"}])").find("'events[0].id'"), std::string::npos);
  EXPECT_NE(message(R"([{"t": 0, "type": "touch_press", "id": 1}])").find("touch_press"), std::string::npos);
}
