// Canvas text: a layout pass that only gathers glyphs (collectGlyphs), then one
// atlas build (prepareGlyphs), draws exactly what drawing straight away draws.
#include <gtest/gtest.h>

#include "render/canvas.h"
#include "render/image.h"

namespace {

using ps::render::Canvas;
using ps::render::Image;

Image blank(int w, int h) {
  Image img;
  img.width = w;
  img.height = h;
  img.rgba.assign(static_cast<size_t>(w) * static_cast<size_t>(h) * 4, 255);
  return img;
}

TEST(CanvasGlyphs, CollectingDrawsNothingAndPreparedTextIsIdentical) {
  const std::string text = "成都未来产业 Parcels 地块(示例) 5 公里";
  const glm::u8vec4 ink{34, 40, 49, 255};

  // Gathered first: nothing drawn, a rough but positive width.
  Image collected = blank(420, 60);
  Canvas collect(collected);
  collect.collectGlyphs(true);
  EXPECT_GT(collect.text(4, 8, text, 23, ink, 2), 0.0f);
  EXPECT_GT(collect.textWidth("北", 19), 0.0f);
  EXPECT_EQ(collected.rgba, blank(420, 60).rgba);
  collect.prepareGlyphs();
  Canvas after(collected);
  const float wCollected = after.text(4, 8, text, 23, ink, 2);

  // Drawn straight away (the atlas now holds the glyphs either way: the
  // pixels and widths must not depend on how they got there).
  Image direct = blank(420, 60);
  Canvas cv(direct);
  const float wDirect = cv.text(4, 8, text, 23, ink, 2);
  EXPECT_EQ(wCollected, wDirect);
  EXPECT_EQ(collected.rgba, direct.rgba);
  EXPECT_NE(direct.rgba, blank(420, 60).rgba);
  EXPECT_EQ(after.textWidth("北", 19), cv.textWidth("北", 19));
}

}  // namespace
