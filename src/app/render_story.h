#pragma once
// `parkscape render --story <file> --step N`: step N's settled picture (the
// flight over, the hold at its end) through viewer/story_render.h, with the
// caption card and step dots burned in. Steps count from 1 on the command line.
#include <string>

namespace ps::app {

struct RenderStoryArgs {
  std::string story, out, lang = "zh";
  int step = 1;            // 1-based; 0 = every step, `out` then gets "-<N>" before ".png"
  int width = 1920, height = 1080;
  float uiScale = 0;
  int msaa = 4;
  bool card = true;
};

int renderStory(const RenderStoryArgs& a);

}  // namespace ps::app
