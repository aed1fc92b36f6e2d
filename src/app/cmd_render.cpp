// parkscape render <scene> --out <png> [--size WxH] [--lang zh|en] [--quarter 2025Q2] [camera overrides]
// Headless (EGL surfaceless, no X server): the scene as an atlas-style PNG.
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <memory>
#include <utility>

#include <CLI/CLI.hpp>

#include "app/commands.h"
#include "app/render_story.h"
#include "data/quarter_option.h"
#include "map/render_scene.h"
#include "core/atomic_file.h"
#include "core/error.h"

namespace ps::app {
namespace {

// "WIDTHxHEIGHT", each 16..16384, nothing before, between or after.
std::pair<int, int> parseSize(const std::string& text) {
  const auto bad = [&] {
    return Error("", "--size must be WIDTHxHEIGHT between 16 and 16384, got \"" + text + "\"", "--size");
  };
  const size_t x = text.find_first_of("xX");
  if (x == std::string::npos) throw bad();
  int w = 0, h = 0;
  const char* b = text.data();
  const char* e = b + text.size();
  const auto rw = std::from_chars(b, b + x, w);
  const auto rh = std::from_chars(b + x + 1, e, h);
  if (rw.ec != std::errc() || rw.ptr != b + x || rh.ec != std::errc() || rh.ptr != e || x == 0) throw bad();
  if (w < 16 || h < 16 || w > 16384 || h > 16384) throw bad();
  return {w, h};
}

}  // namespace

void registerRender(CLI::App& app, Runner& run) {
  struct Args {
    std::string scene, out = "out/map.png", size = "1920x1080", lang = "zh";
    std::vector<double> center;
    std::optional<double> distance, pitch, bearing;
    std::string quarter;
    bool noFurniture = false;
    float uiScale = 0;
    int msaa = 4;
    std::string story;
    int step = 1;
  };
  auto a = std::make_shared<Args>();
  auto* cmd = app.add_subcommand("render", "Render a scene to PNG, headless (no display needed)");
  cmd->add_option("scene", a->scene, "Scene file (TOML); not with --story");
  cmd->add_option("--out,-o", a->out, "PNG to write (atomically)");
  cmd->add_option("--size,-s", a->size, "Image size WIDTHxHEIGHT, e.g. 3840x2160");
  cmd->add_option("--lang", a->lang, "Text language: zh or en")->check(CLI::IsMember({"zh", "en"}));
  cmd->add_option("--center", a->center, "Camera centre: lon lat (WGS84)")->expected(2);
  cmd->add_option("--distance", a->distance, "Camera distance in metres")->check(CLI::Range(1.0, 5e6));
  cmd->add_option("--pitch", a->pitch, "Camera pitch in degrees (0 = straight down)")->check(CLI::Range(0.0, 85.0));
  cmd->add_option("--bearing", a->bearing, "Camera bearing in degrees clockwise from north")->check(CLI::Range(-360.0, 360.0));
  cmd->add_option("--quarter", a->quarter,
                  "Occupancy at this quarter (2024Q1..2026Q4, or a fractional quarter index 0..11); "
                  "replaces the scene's [scene] quarter");
  cmd->add_flag("--no-furniture", a->noFurniture, "Map only: no title, legend, scale bar, north arrow or attribution");
  cmd->add_option("--ui-scale", a->uiScale, "Scale of title, legend and text (default: height / 1080)")->check(CLI::Range(0.25, 8.0));
  cmd->add_option("--msaa", a->msaa, "Multisample count (1 = off)")->check(CLI::Range(1, 16));
  cmd->add_option("--story", a->story, "Story file (TOML, docs/STORY.md): render a step of it instead of a scene");
  cmd->add_option("--step", a->step, "With --story: the step to render (1 = first; 0 = every step, --out gets -N)")
      ->check(CLI::Range(0, 1000));
  cmd->callback([&run, a] {
    run = [a] {
      const auto t0 = std::chrono::steady_clock::now();
      const auto [w, h] = parseSize(a->size);
      if (!a->story.empty()) {
        if (!a->scene.empty()) throw Error("", "give a scene or --story, not both", "--story");
        return renderStory({a->story, a->out, a->lang, a->step, w, h, a->uiScale, a->msaa, !a->noFurniture});
      }
      if (a->scene.empty()) throw Error("", "a scene file is required (or --story <file>)", "scene");
      for (double v : a->center)
        if (!std::isfinite(v)) throw Error("", "--center must be two finite numbers (lon lat)", "--center");
      Scene scene = loadScene(a->scene);
      if (!a->quarter.empty()) {
        if (!data::parseQuarterOption(a->quarter))
          throw Error("", "--quarter must be a quarter 2024Q1 .. 2026Q4 or an index 0 .. 11, got \"" + a->quarter + "\"");
        scene.quarter = a->quarter;
      }
      data::SceneData data = data::loadSceneData(std::move(scene));
      for (const auto& warn : data::loadWarnings(data)) std::fprintf(stderr, "parkscape: warning: %s\n", warn.c_str());
      refuseInputTarget(a->out);  // before the render: a refusal should not wait for it
      map::RenderOptions opt;
      opt.width = w;
      opt.height = h;
      opt.lang = a->lang == "en" ? Lang::En : Lang::Zh;
      opt.furniture = !a->noFurniture;
      opt.uiScale = a->uiScale;
      opt.msaa = a->msaa;
      if (!a->center.empty() || a->distance || a->pitch || a->bearing) {
        CameraSpec c = data.scene.camera;
        if (a->center.size() == 2) c.center = {a->center[0], a->center[1]};
        if (a->distance) c.distance = *a->distance;
        if (a->pitch) c.pitch = *a->pitch;
        if (a->bearing) c.bearing = *a->bearing;
        opt.camera = c;
      }
      render::Image img = map::renderScene(data, opt);
      render::writePng(img, a->out, map::pngMetadata(data));
      const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
      std::printf("wrote %s (%dx%d, %.0f ms)\n", a->out.c_str(), w, h, ms);
      return 0;
    };
  });
}

}  // namespace ps::app
