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
#include "app/size_option.h"
#include "data/quarter_option.h"
#include "map/render_poster.h"
#include "core/atomic_file.h"
#include "core/error.h"

namespace ps::app {
namespace {

// ISO 216 A-series: A0 is 841 x 1189 mm, each next size halves the longer side.
// "A0".."A10" (any case); the pixel size at `dpi`, portrait unless landscape.
std::pair<int, int> paperPixels(const std::string& paper, double dpi, bool landscape) {
  int n = -1;
  if (paper.size() >= 2 && (paper[0] == 'A' || paper[0] == 'a')) {
    const auto r = std::from_chars(paper.data() + 1, paper.data() + paper.size(), n);
    if (r.ec != std::errc() || r.ptr != paper.data() + paper.size()) n = -1;
  }
  if (n < 0 || n > 10)
    throw Error("", "--paper must be an A-series size A0 .. A10, got \"" + paper + "\"", "--paper");
  double shortMm = 841, longMm = 1189;
  for (int i = 0; i < n; ++i) {
    const double half = std::floor(longMm / 2);
    longMm = shortMm;
    shortMm = half;
  }
  const int s = static_cast<int>(std::lround(shortMm / 25.4 * dpi)), l = static_cast<int>(std::lround(longMm / 25.4 * dpi));
  if (s < 16 || l > 32768)
    throw Error("", "--paper " + paper + " at --dpi " + std::to_string(static_cast<int>(dpi)) + " is " + std::to_string(s) +
                        "x" + std::to_string(l) + " pixels; a side must be 16 .. 32768", "--dpi");
  return landscape ? std::pair{l, s} : std::pair{s, l};
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
    std::string paper, orientation = "portrait";
    double dpi = 0;
    int maxTile = 0;
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
  cmd->add_option("--ui-scale", a->uiScale,
                  "Scale of text, lines, symbols, title and legend (default: from the size, 1 at 1080p, 4 at 8K)")
      ->check(CLI::Range(0.25, 16.0));
  cmd->add_option("--paper", a->paper, "Poster: an A-series paper size (A0 .. A10) at --dpi; replaces --size");
  cmd->add_option("--orientation", a->orientation, "Poster paper: portrait or landscape")
      ->check(CLI::IsMember({"portrait", "landscape"}));
  cmd->add_option("--dpi", a->dpi, "Dots per inch: the paper's pixel size, written into the PNG (pHYs)");
  cmd->add_option("--max-tile", a->maxTile, "Largest tile side in pixels (default 4096, or the GPU's limit)")
      ->check(CLI::Range(64, 16384));
  cmd->add_option("--msaa", a->msaa, "Multisample count (1 = off)")->check(CLI::Range(1, 16));
  cmd->add_option("--story", a->story, "Story file (TOML, docs/STORY.md): render a step of it instead of a scene");
  cmd->add_option("--step", a->step, "With --story: the step to render (1 = first; 0 = every step, --out gets -N)")
      ->check(CLI::Range(0, 1000));
  cmd->callback([&run, a] {
    run = [a] {
      const auto t0 = std::chrono::steady_clock::now();
      if (a->dpi != 0 && !(a->dpi >= 36 && a->dpi <= 1200))
        throw Error("", "--dpi must be between 36 and 1200, got " + std::to_string(a->dpi), "--dpi");
      if (!a->paper.empty() && a->dpi == 0) a->dpi = 150;
      const auto [w, h] = a->paper.empty() ? parseSizeOption(a->size, 16, 32768)
                                           : paperPixels(a->paper, a->dpi, a->orientation == "landscape");
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
      map::PosterOptions poster;
      poster.dpi = a->dpi;
      poster.maxTile = a->maxTile;
      const map::PosterResult pr = map::renderPoster(data, opt, poster, a->out, map::pngMetadata(data));
      const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
      std::string tiles;
      if (pr.tilesX * pr.tilesY > 1) tiles = ", " + std::to_string(pr.tilesX * pr.tilesY) + " tiles";
      std::printf("wrote %s (%dx%d%s, %.0f ms)\n", a->out.c_str(), w, h, tiles.c_str(), ms);
      return 0;
    };
  });
}

}  // namespace ps::app
