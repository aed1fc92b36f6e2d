#include "viewer/input_replay.h"

#include <algorithm>
#include <fstream>

#include <GLFW/glfw3.h>

#include "core/error.h"
#include "core/pinyin.h"

namespace ps::viewer {

int keyCode(const std::string& n) {
  if (n.size() == 1) {
    char c = static_cast<char>(std::toupper(static_cast<unsigned char>(n[0])));
    if (c >= 'A' && c <= 'Z') return GLFW_KEY_A + (c - 'A');
    if (c >= '0' && c <= '9') return GLFW_KEY_0 + (c - '0');
    if (c == '=' || c == '+') return GLFW_KEY_EQUAL;
    if (c == '-') return GLFW_KEY_MINUS;
  }
  if (n.size() >= 2 && (n[0] == 'F' || n[0] == 'f') && std::isdigit(static_cast<unsigned char>(n[1]))) {
    int k = std::atoi(n.c_str() + 1);
    if (k >= 1 && k <= 25) return GLFW_KEY_F1 + k - 1;
  }
  static const std::pair<const char*, int> names[] = {
      {"Enter", GLFW_KEY_ENTER}, {"Escape", GLFW_KEY_ESCAPE}, {"Esc", GLFW_KEY_ESCAPE}, {"Tab", GLFW_KEY_TAB},
      {"Backspace", GLFW_KEY_BACKSPACE}, {"Delete", GLFW_KEY_DELETE}, {"Left", GLFW_KEY_LEFT},
      {"Right", GLFW_KEY_RIGHT}, {"Up", GLFW_KEY_UP}, {"Down", GLFW_KEY_DOWN}, {"PageUp", GLFW_KEY_PAGE_UP},
      {"PageDown", GLFW_KEY_PAGE_DOWN}, {"Home", GLFW_KEY_HOME}, {"End", GLFW_KEY_END}, {"Space", GLFW_KEY_SPACE},
      {"Equal", GLFW_KEY_EQUAL}, {"Minus", GLFW_KEY_MINUS}, {"Shift", GLFW_KEY_LEFT_SHIFT},
      {"Ctrl", GLFW_KEY_LEFT_CONTROL}};
  for (auto [name, code] : names)
    if (n == name) return code;
  return -1;
}

namespace {

int modsOf(const nlohmann::json& e) {
  int m = 0;
  if (e.contains("mods"))
    for (const auto& x : e["mods"]) {
      std::string s = x.get<std::string>();
      if (s == "shift") m |= GLFW_MOD_SHIFT;
      else if (s == "ctrl") m |= GLFW_MOD_CONTROL;
      else if (s == "alt") m |= GLFW_MOD_ALT;
    }
  return m;
}

int buttonOf(const nlohmann::json& e) {
  if (!e.contains("button")) return 0;
  if (e["button"].is_number_integer()) return e["button"].get<int>();
  std::string b = e["button"].get<std::string>();
  return b == "right" ? 1 : b == "middle" ? 2 : 0;
}

}  // namespace

ReplayScript parseReplay(const nlohmann::json& j, const std::string& path) {
  ReplayScript s;
  const nlohmann::json* list = &j;
  if (j.is_object()) {
    if (j.contains("window")) {
      s.width = j["window"].at(0).get<int>();
      s.height = j["window"].at(1).get<int>();
    }
    if (!j.contains("events")) throw Error(path, "expected an \"events\" list");
    list = &j["events"];
  }
  if (!list->is_array()) throw Error(path, "expected a JSON list of events");
  for (size_t i = 0; i < list->size(); ++i) {
    const nlohmann::json& e = (*list)[i];
    const std::string where = "events[" + std::to_string(i) + "]";
    try {
      if (!e.is_object()) throw Error(path, "expected an object", where);
      ReplayEvent r;
      r.t = e.value("t", 0.0);
      const std::string type = e.at("type").get<std::string>();
      InputEvent& in = r.input;
      in.pos = {e.value("x", 0.0), e.value("y", 0.0)};
      in.mods = modsOf(e);
      if (type == "mouse_move") in.type = InputEvent::MouseMove;
      else if (type == "mouse_down" || type == "mouse_up") {
        in.type = type == "mouse_down" ? InputEvent::MouseDown : InputEvent::MouseUp;
        in.button = buttonOf(e);
      } else if (type == "scroll") {
        in.type = InputEvent::Scroll;
        in.pos = {e.value("dx", 0.0), e.value("dy", 0.0)};
      } else if (type == "key") {
        in.type = InputEvent::Key;
        in.key = keyCode(e.at("key").get<std::string>());
        if (in.key < 0) throw Error(path, "unknown key \"" + e["key"].get<std::string>() + "\"", where);
        std::string action = e.value("action", "tap");
        if (action == "tap") {
          in.press = true;
          s.events.push_back(r);
          r.t += 1.0 / 60.0;
          r.input.press = false;
        } else {
          in.press = action == "press";
        }
      } else if (type == "char") {
        const std::string text = e.at("text").get<std::string>();
        size_t k = 0;
        while (k < text.size()) {
          ReplayEvent c = r;
          c.input.type = InputEvent::Char;
          c.input.codepoint = static_cast<unsigned>(nextCodePoint(text, k));
          s.events.push_back(c);
        }
        continue;
      } else if (type.rfind("touch_", 0) == 0) {
        // A touch screen's finger, as viewer/touch_x11.h delivers it.
        kiosk::TouchEvent& t = in.touch;
        const std::string phase = type.substr(6);
        if (phase == "begin") t.kind = kiosk::TouchEvent::Down;
        else if (phase == "move") t.kind = kiosk::TouchEvent::Move;
        else if (phase == "end") t.kind = kiosk::TouchEvent::Up;
        else if (phase == "cancel") t.kind = kiosk::TouchEvent::Cancel;
        else throw Error(path, "unknown event type \"" + type + "\" (touch_begin, touch_move, touch_end, touch_cancel)", where);
        if (!e.contains("id") || !e["id"].is_number_integer() || e["id"].get<int64_t>() < 1 || e["id"].get<int64_t>() > 1000000)
          throw Error(path, "a touch needs an integer \"id\" from 1 (0 is the mouse's finger)", where + ".id");
        in.type = InputEvent::Touch;
        t.id = e["id"].get<int>();
        t.pos = in.pos;
        t.t = -1;  // the frame's time, as the mouse's
      } else if (type == "wait") {
        r.isWait = true;
      } else if (type == "command") {
        r.isCommand = true;
        r.command = e;
        if (!e.contains("name")) throw Error(path, "a command needs a \"name\"", where);
      } else {
        throw Error(path, "unknown event type \"" + type + "\"", where);
      }
      s.events.push_back(r);
    } catch (const nlohmann::json::exception& x) {
      throw Error(path, std::string("bad event: ") + x.what(), where);
    }
  }
  std::stable_sort(s.events.begin(), s.events.end(), [](const ReplayEvent& a, const ReplayEvent& b) { return a.t < b.t; });
  return s;
}

ReplayScript loadReplay(const std::string& path) {
  std::ifstream f(path);
  if (!f) throw Error(path, "cannot open the replay file");
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(f);
  } catch (const nlohmann::json::exception& x) {
    throw Error(path, std::string("not valid JSON: ") + x.what());
  }
  return parseReplay(j, path);
}

}  // namespace ps::viewer
