#include "app/render_story.h"

#include <chrono>
#include <cstdio>
#include <filesystem>

#include "core/atomic_file.h"
#include "core/error.h"
#include "map/render_scene.h"
#include "render/image.h"
#include "viewer/story_render.h"

namespace ps::app {

namespace {

std::string numbered(const std::string& out, int step) {
  std::filesystem::path p(out);
  const std::string ext = p.extension().string();
  return (p.parent_path() / (p.stem().string() + "-" + std::to_string(step) + (ext.empty() ? ".png" : ext))).string();
}

}  // namespace

int renderStory(const RenderStoryArgs& a) {
  const auto t0 = std::chrono::steady_clock::now();
  std::vector<std::string> warnings;
  auto stage = viewer::stageStory(a.story, a.lang == "en" ? Lang::En : Lang::Zh, &warnings);
  for (const std::string& w : warnings) std::fprintf(stderr, "parkscape: warning: %s\n", w.c_str());
  const int n = stage->player->stepCount();
  if (a.step < 0 || a.step > n)
    throw Error(a.story, "--step must be 1 .. " + std::to_string(n) + " (this story's steps), or 0 for all, got " +
                             std::to_string(a.step), "--step");
  const int first = a.step == 0 ? 1 : a.step, last = a.step == 0 ? n : a.step;
  for (int i = first; i <= last; ++i) refuseInputTarget(a.step == 0 ? numbered(a.out, i) : a.out);
  viewer::StoryRenderer renderer(stage->state);
  viewer::StoryRenderOptions opt;
  opt.width = a.width;
  opt.height = a.height;
  opt.uiScale = a.uiScale;
  opt.msaa = a.msaa;
  opt.card = a.card;
  for (int i = first; i <= last; ++i) {
    const std::string out = a.step == 0 ? numbered(a.out, i) : a.out;
    render::Image img = renderer.render(*stage, stage->player->settled(i - 1), opt);
    auto md = map::pngMetadata(*stage->state.data);
    const story::Story& st = stage->player->story();
    md.front().second = st.title + " / " + st.titleEn + " (" + std::to_string(i) + "/" + std::to_string(n) + ")";
    render::writePng(img, out, md);
    std::printf("wrote %s (step %d of %d)\n", out.c_str(), i, n);
  }
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  std::printf("%d step(s), %dx%d, %.0f ms\n", last - first + 1, a.width, a.height, ms);
  return 0;
}

}  // namespace ps::app
