// Scene limits checked before any layer is read (scene/scene.h, SceneLimits):
// 10,000 layers took 141 s to load; the parser now refuses them at once,
// naming the file and the key.
#include <gtest/gtest.h>

#include <string>

#include "../error_of.h"
#include "scene/scene.h"

namespace {

std::string sceneWithLayers(size_t n) {
  std::string text = "[scene]\ntitle = \"many\"\n";
  for (size_t i = 0; i < n; ++i)
    text += "[[layers]]\nid = \"l" + std::to_string(i) + "\"\nkind = \"fill\"\nsource = { path = \"x.geojson\" }\n";
  return text;
}

}  // namespace

TEST(SceneLimits, TenThousandLayersAreRefusedNamingFileAndKey) {
  const std::string text = sceneWithLayers(10000);
  const std::string msg = ps::test::errorOf([&] { ps::parseScene(text, "many.toml"); });
  EXPECT_NE(msg.find("many.toml"), std::string::npos) << msg;
  EXPECT_NE(msg.find("layers"), std::string::npos) << msg;
  EXPECT_NE(msg.find("at most 256"), std::string::npos) << msg;
}

TEST(SceneLimits, TheLimitItselfParses) {
  const ps::Scene s = ps::parseScene(sceneWithLayers(ps::SceneLimits::kMaxLayers), "many.toml");
  EXPECT_EQ(s.layers.size(), ps::SceneLimits::kMaxLayers);
}
