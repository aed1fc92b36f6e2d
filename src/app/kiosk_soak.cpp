#include "app/kiosk_soak.h"

#include <cmath>
#include <cstdio>

namespace ps::app {
namespace {

const char* const kSectors[] = {"bio", "energy", "mobility", "digital", "network", "materials", "frontier"};

void add(nlohmann::json& ev, double t, nlohmann::json e) {
  e["t"] = t;
  ev.push_back(std::move(e));
}

void command(nlohmann::json& ev, double t, nlohmann::json c) {
  c["type"] = "command";
  add(ev, t, std::move(c));
}

// One visitor from the home screen to the attract loop; returns the time after.
double visit(nlohmann::json& ev, double t, int n, int width, int height) {
  const double cx = width * 0.5, cy = height * 0.45;
  command(ev, t, {{"name", "kiosk_button"}, {"id", std::string("sector:") + kSectors[n % 7]}});
  command(ev, t + 0.4, {{"name", "kiosk_button"}, {"id", "rings"}});
  command(ev, t + 0.8, {{"name", "kiosk_button"}, {"id", "find"}});
  command(ev, t + 1.1, {{"name", "kiosk_button"}, {"id", "park:" + std::to_string(n % 5)}});
  command(ev, t + 1.5, {{"name", "kiosk_button"}, {"id", n % 2 ? "lang:en" : "lang:zh"}});
  // A one-finger pan on the map (the mouse is finger 0).
  add(ev, t + 1.8, {{"type", "mouse_move"}, {"x", cx}, {"y", cy}});
  add(ev, t + 1.8, {{"type", "mouse_down"}, {"x", cx}, {"y", cy}, {"button", "left"}});
  add(ev, t + 1.9, {{"type", "mouse_move"}, {"x", cx + 60}, {"y", cy + 20}});
  add(ev, t + 2.0, {{"type", "mouse_up"}, {"x", cx + 60}, {"y", cy + 20}, {"button", "left"}});
  // Two fingers of the touch screen spread and twist a little (the touch path).
  add(ev, t + 2.04, {{"type", "touch_begin"}, {"id", 1}, {"x", cx - 60}, {"y", cy}});
  add(ev, t + 2.04, {{"type", "touch_begin"}, {"id", 2}, {"x", cx + 60}, {"y", cy}});
  for (int k = 1; k <= 5; ++k) {
    add(ev, t + 2.06 + 0.02 * k, {{"type", "touch_move"}, {"id", 1}, {"x", cx - 60 - 5 * k}, {"y", cy - 2 * k}});
    add(ev, t + 2.06 + 0.02 * k, {{"type", "touch_move"}, {"id", 2}, {"x", cx + 60 + 5 * k}, {"y", cy + 2 * k}});
  }
  add(ev, t + 2.2, {{"type", "touch_end"}, {"id", 1}, {"x", cx - 85}, {"y", cy - 10}});
  add(ev, t + 2.2, {{"type", "touch_end"}, {"id", 2}, {"x", cx + 85}, {"y", cy + 10}});
  // Walks away: the countdown, then the reset and the attract loop.
  command(ev, t + 2.3, {{"name", "kiosk_walk_away"}, {"seconds", 95}});
  command(ev, t + 2.6, {{"name", "kiosk_walk_away"}, {"seconds", 20}});
  // The next visitor's first touch: the home screen.
  add(ev, t + 3.2, {{"type", "mouse_move"}, {"x", cx}, {"y", cy}});
  add(ev, t + 3.2, {{"type", "mouse_down"}, {"x", cx}, {"y", cy}, {"button", "left"}});
  add(ev, t + 3.3, {{"type", "mouse_up"}, {"x", cx}, {"y", cy}, {"button", "left"}});
  return t + 3.6;
}

}  // namespace

nlohmann::json kioskSoakScript(double hours, int visitsPerHour, int width, int height) {
  nlohmann::json ev = nlohmann::json::array();
  add(ev, 0.3, {{"type", "wait"}});
  double t = 0.5;
  command(ev, t, {{"name", "kiosk_soak_sample"}, {"hour", 0}});
  const int fullHours = static_cast<int>(std::floor(hours));
  const double lastPart = hours - fullHours;
  int n = 0;
  for (int h = 1; h <= fullHours + (lastPart > 1e-9 ? 1 : 0); ++h) {
    const double span = h <= fullHours ? 1.0 : lastPart;
    const int visits = std::max(1, static_cast<int>(std::lround(visitsPerHour * span)));
    for (int v = 0; v < visits; ++v) t = visit(ev, t + 0.2, n++, width, height);
    command(ev, t + 0.2, {{"name", "kiosk_soak_sample"}, {"hour", std::min<double>(h, hours)}});
    t += 0.4;
  }
  add(ev, t + 0.3, {{"type", "wait"}});
  return {{"window", {width, height}}, {"events", ev}};
}

int reportKioskSoak(const nlohmann::json& samples) {
  std::printf("%6s %9s %8s %8s %8s %5s %11s %7s %7s %7s %6s\n", "hour", "RSS MB", "buffers", "textures", "programs",
              "VAOs", "glyph atlas", "frames", "p50 ms", "p99 ms", "errors");
  for (const auto& s : samples)
    std::printf("%6.2f %9.1f %8d %8d %8d %5d %5dx%-5d %7zu %7.1f %7.1f %6zu\n", s["hour"].get<double>(),
                s["rss_kb"].get<double>() / 1024.0, s["gl"]["buffers"].get<int>(), s["gl"]["textures"].get<int>(),
                s["gl"]["programs"].get<int>(), s["gl"]["vertex_arrays"].get<int>(), s["glyph_atlas"][0].get<int>(),
                s["glyph_atlas"][1].get<int>(), s["frames"].get<size_t>(), s["frame_ms_p50"].get<double>(),
                s["frame_ms_p99"].get<double>(), s["errors"].get<size_t>());
  if (samples.size() < 3) {
    std::printf("soak: FAIL: fewer than two simulated hours after the first (nothing to compare)\n");
    return 1;
  }
  const auto& first = samples[1];  // the end of the first simulated hour: warmed up
  const auto& last = samples.back();
  const double hours = last["hour"].get<double>() - first["hour"].get<double>();
  const double growthMb = (last["rss_kb"].get<double>() - first["rss_kb"].get<double>()) / 1024.0;
  const double allowedMb = std::max(16.0, 16.0 * hours / 24.0);
  bool ok = true;
  auto check = [&ok](bool pass, const char* what) {
    std::printf("soak: %s: %s\n", pass ? "pass" : "FAIL", what);
    ok = ok && pass;
  };
  std::printf("soak: RSS after the first hour %+.1f MB over %.2f h (allowed %.0f MB)\n", growthMb, hours, allowedMb);
  check(growthMb <= allowedMb, "RSS growth after the first hour");
  check(first["gl"] == last["gl"], "GL objects alive constant after the first hour");
  check(last["errors"].get<size_t>() == 0, "zero errors");
  const double p99a = samples[samples.size() > 3 ? 2 : 1]["frame_ms_p99"].get<double>();
  const double p99b = last["frame_ms_p99"].get<double>();
  check(p99b <= 2.0 * p99a + 5.0, "frame p99 does not drift (last hour <= 2x the second + 5 ms)");
  return ok ? 0 : 1;
}

}  // namespace ps::app
