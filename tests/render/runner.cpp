// Render-test runner, MapLibre style: one case folder in, pass/fail out.
//
//   parkscape_render_tests <case-folder>... [--rebaseline]
//
// Each folder holds case.toml (see README.md) and expected.png. The case is
// rendered, compared, and on failure actual.png and diff.png are written next
// to expected.png. --rebaseline (or PARKSCAPE_REBASELINE=1) writes expected.png
// instead. Exit codes: 0 pass, 1 fail, 77 skipped (listed in ../ignores.toml).
#include <cstdio>
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <toml++/toml.h>

#include "camera/orbit_camera.h"
#include "core/error.h"
#include "primitive_cases.h"
#include "render/headless_context.h"
#include "render/image.h"
#include "render/renderer.h"
#include "scene/scene.h"
#include "map/export_labels.h"
#include "map/render_scene.h"
#include "viewer/story_render.h"

namespace fs = std::filesystem;
using namespace ps;

namespace {

constexpr int kSkip = 77;

struct Case {
  std::string name;
  fs::path dir;
  std::string kind;        // "primitives" | "scene"
  std::string primitives;  // kind = primitives: name in primitive_cases.cpp
  std::string scene;       // kind = scene: scene file, relative to the folder
  std::string story;       // kind = story: story file, relative to the folder (every step's settled picture)
  std::string lang = "zh"; // kind = story: caption language
  int width = 512, height = 384;
  double allowed = 0.00015;  // fraction of pixels allowed to differ
  int threshold = 16;        // per-channel difference that makes a pixel differ
  int msaa = 4;
  const toml::table* camera = nullptr;
  toml::table doc;
};

Case loadCase(const fs::path& dir) {
  Case c;
  c.dir = dir;
  c.name = dir.filename().string();
  const fs::path file = dir / "case.toml";
  try {
    c.doc = toml::parse_file(file.string());
  } catch (const toml::parse_error& e) {
    throw Error(file.string(), std::string("cannot parse: ") + std::string(e.description()));
  }
  c.kind = c.doc["kind"].value_or(std::string("primitives"));
  c.primitives = c.doc["primitives"].value_or(std::string());
  c.scene = c.doc["scene"].value_or(std::string());
  c.story = c.doc["story"].value_or(std::string());
  c.lang = c.doc["lang"].value_or(c.lang);
  c.width = c.doc["width"].value_or(c.width);
  c.height = c.doc["height"].value_or(c.height);
  c.allowed = c.doc["allowed"].value_or(c.allowed);
  c.threshold = c.doc["threshold"].value_or(c.threshold);
  c.msaa = c.doc["msaa"].value_or(c.msaa);
  c.camera = c.doc["camera"].as_table();
  if (c.kind != "primitives" && c.kind != "scene" && c.kind != "story") throw Error(file.string(), "unknown kind '" + c.kind + "'", "kind");
  if (c.width <= 0 || c.height <= 0 || c.width > 4096 || c.height > 4096)
    throw Error(file.string(), "width/height must be 1..4096", "width");
  return c;
}

// The reason a case is skipped, from ignores.toml beside the case folders.
std::optional<std::string> ignoreReason(const Case& c) {
  const fs::path file = c.dir.parent_path() / "ignores.toml";
  if (!fs::exists(file)) return std::nullopt;
  const toml::table t = toml::parse_file(file.string());
  if (auto r = t["ignores"][c.name].value<std::string>()) return *r;
  return std::nullopt;
}

void applyCamera(const toml::table* t, OrbitCamera& cam) {
  if (!t) return;
  if (const auto* a = (*t)["center"].as_array(); a && a->size() == 2)
    cam.center = {(*a)[0].value_or(cam.center.x), (*a)[1].value_or(cam.center.y)};
  cam.distance = (*t)["distance"].value_or(cam.distance);
  cam.pitchDeg = (*t)["pitch"].value_or(cam.pitchDeg);
  cam.bearingDeg = (*t)["bearing"].value_or(cam.bearingDeg);
  cam.fovYDeg = (*t)["fov"].value_or(cam.fovYDeg);
}

Rgba background(const Case& c) {
  const toml::array* a = c.doc["background"].as_array();
  if (!a || a->size() != 4) return Rgba(0.93f, 0.94f, 0.95f, 1.0f);
  return Rgba((*a)[0].value_or(1.0), (*a)[1].value_or(1.0), (*a)[2].value_or(1.0), (*a)[3].value_or(1.0));
}

render::Image renderPrimitives(const Case& c) {
  // One context for the whole process: creating one costs more than a case.
  static std::unique_ptr<render::HeadlessContext> ctx = render::HeadlessContext::create();
  render::Renderer r;
  OrbitCamera cam;
  render_tests::Labels labels;
  if (!render_tests::buildPrimitiveCase(c.primitives, r, cam, labels))
    throw Error((c.dir / "case.toml").string(), "unknown primitives case '" + c.primitives + "'", "primitives");
  applyCamera(c.camera, cam);
  map::placeExportLabels(r, labels, cam, c.width, c.height);
  return render::renderToImage(r, cam, c.width, c.height, background(c), c.msaa);
}

render::Image renderScene(const Case& c) {
  std::optional<CameraSpec> cam;
  if (c.camera) {
    CameraSpec s;
    if (const auto* a = (*c.camera)["center"].as_array(); a && a->size() == 2)
      s.center = {(*a)[0].value_or(s.center.x), (*a)[1].value_or(s.center.y)};
    s.distance = (*c.camera)["distance"].value_or(s.distance);
    s.pitch = (*c.camera)["pitch"].value_or(s.pitch);
    s.bearing = (*c.camera)["bearing"].value_or(s.bearing);
    s.fovY = (*c.camera)["fov"].value_or(s.fovY);
    cam = s;
  }
  return map::renderSceneImage((c.dir / c.scene).string(), c.width, c.height, cam);
}

bool rebaselineRequested(int argc, char** argv) {
  for (int i = 1; i < argc; ++i)
    if (std::string(argv[i]) == "--rebaseline") return true;
  const char* env = std::getenv("PARKSCAPE_REBASELINE");
  return env && std::string(env) == "1";
}

// Every step of a story, settled (viewer/story_render.h, as `render --story`):
// expected-<N>.png per step, N from 1.
std::vector<std::pair<std::string, render::Image>> renderStory(const Case& c) {
  auto stage = viewer::stageStory((c.dir / c.story).string(), c.lang == "en" ? Lang::En : Lang::Zh);
  viewer::StoryRenderer r(stage->state);
  viewer::StoryRenderOptions opt;
  opt.width = c.width;
  opt.height = c.height;
  opt.msaa = c.msaa;
  std::vector<std::pair<std::string, render::Image>> out;
  for (int i = 0; i < stage->player->stepCount(); ++i)
    out.emplace_back("expected-" + std::to_string(i + 1), r.render(*stage, stage->player->settled(i), opt));
  return out;
}

// Compares one image with <stem>.png; writes <actual>.png and <diff>.png beside
// it on failure (the stem's "expected" replaced). 0 pass, 1 fail.
int compareOne(const Case& c, const render::Image& actual, const std::string& stem, bool rebaseline) {
  const fs::path dir = c.dir;
  const std::string tail = stem.substr(std::string("expected").size());
  const std::string label = c.name + (tail.empty() ? "" : " step " + tail.substr(1));
  const fs::path expectedPath = dir / (stem + ".png"), actualPath = dir / ("actual" + tail + ".png"),
                 diffPath = dir / ("diff" + tail + ".png");
  const std::vector<std::pair<std::string, std::string>> text{
      {"Software", "Parkscape render test"}, {"Source", "hand-built test primitives, not real data"}};
  if (rebaseline) {
    render::writePng(actual, expectedPath.string(), text);
    std::error_code ec;
    fs::remove(actualPath, ec);
    fs::remove(diffPath, ec);
    std::printf("render/%s: rebaselined %s\n", label.c_str(), expectedPath.c_str());
    return 0;
  }
  if (!fs::exists(expectedPath)) {
    render::writePng(actual, actualPath.string(), text);
    std::printf("render/%s: FAIL: no %s.png; wrote %s (run with PARKSCAPE_REBASELINE=1 to accept it)\n",
                label.c_str(), stem.c_str(), actualPath.c_str());
    return 1;
  }
  const render::Image expected = render::readPng(expectedPath.string());
  const render::DiffResult d = render::compareImages(actual, expected, c.threshold);
  if (d.fraction <= c.allowed) {
    std::error_code ec;
    fs::remove(actualPath, ec);
    fs::remove(diffPath, ec);
    std::printf("render/%s: ok (%zu pixels differ, %.6f <= %.6f; max channel diff %.0f)\n", label.c_str(),
                d.differing, d.fraction, c.allowed, d.maxDiff);
    return 0;
  }
  render::writePng(actual, actualPath.string(), text);
  if (!d.diff.empty()) render::writePng(d.diff, diffPath.string());
  std::printf("render/%s: FAIL: %zu pixels differ (fraction %.6f > allowed %.6f, threshold %d, max diff %.0f)\n"
              "  expected: %s\n  actual:   %s\n  diff:     %s\n",
              label.c_str(), d.differing, d.fraction, c.allowed, c.threshold, d.maxDiff, expectedPath.c_str(),
              actualPath.c_str(), d.diff.empty() ? "(sizes differ)" : diffPath.c_str());
  return 1;
}

// 0 pass, 1 fail, kSkip skipped.
int runCase(const fs::path& dir, bool rebaseline) {
  const Case c = loadCase(dir);
  if (auto why = ignoreReason(c)) {
    std::printf("render/%s: skipped (ignores.toml): %s\n", c.name.c_str(), why->c_str());
    return kSkip;
  }
  std::vector<std::pair<std::string, render::Image>> images;
  if (c.kind == "story") images = renderStory(c);
  else images.emplace_back("expected", c.kind == "scene" ? renderScene(c) : renderPrimitives(c));
  int rc = 0;
  for (const auto& [stem, img] : images) rc = std::max(rc, compareOne(c, img, stem, rebaseline));
  return rc;
}

}  // namespace

int main(int argc, char** argv) {
  const bool rebaseline = rebaselineRequested(argc, argv);
  std::vector<fs::path> dirs;
  for (int i = 1; i < argc; ++i)
    if (std::string(argv[i]) != "--rebaseline") dirs.emplace_back(argv[i]);
  if (dirs.empty()) {
    std::fprintf(stderr, "usage: %s <case-folder>... [--rebaseline]\n", argv[0]);
    return 2;
  }
  int worst = 0;
  for (const auto& d : dirs) {
    int rc = 1;
    try {
      rc = runCase(d, rebaseline);
    } catch (const std::exception& e) {
      std::printf("render/%s: FAIL: %s\n", d.filename().c_str(), e.what());
    }
    if (rc == 1 || (rc == kSkip && worst == 0)) worst = rc;
  }
  return worst;
}
