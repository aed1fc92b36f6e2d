#pragma once
// What a story step burns into an exported picture (`parkscape render --story`,
// film frames): the caption card (title, a few lines, the sample-data note),
// the step dots, and texts pinned to features (labels, a callout with its
// leader line). Drawn on the CPU over the rendered pixels, like the export
// furniture (map/export_furniture.h), at sizes given for 1080p times `scale`.
#include <functional>
#include <span>
#include <string>
#include <vector>

#include <glm/vec2.hpp>

#include "render/image.h"

namespace ps::map {

struct StoryCard {
  std::string title;
  std::vector<std::string> lines;
  std::string sampleNote;  // "" = none
  int step = 0, stepCount = 0;
};

struct PinnedText {
  glm::vec2 anchor{0, 0};  // the feature, image pixels
  std::string text;
  bool callout = false;    // a box with a leader line (else a label with a halo)
};

void drawStoryCard(render::Image& img, const StoryCard& card, float scale);
void drawPinnedTexts(render::Image& img, std::span<const PinnedText> texts, float scale);

// Lines of at most maxWidth pixels: breaks at spaces, else between any two
// code points (Chinese has no spaces).
std::vector<std::string> wrapWords(const std::string& text, float maxWidth,
                                   const std::function<float(const std::string&)>& width);

}  // namespace ps::map
