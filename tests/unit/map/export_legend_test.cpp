// The exported legend of the default scene (geodata/chengdu.toml, its own
// camera) at screen and poster sizes: at most a sixth of the picture, measured
// on the rectangle the furniture layout draws (map::exportFurnitureLayout, the
// one the label placer keeps clear), every group still in it, each once.
#include <algorithm>
#include <filesystem>
#include <set>

#include <gtest/gtest.h>

#include "map/export_furniture.h"
#include "map/render_scene.h"

using namespace ps;

namespace {

const data::SceneData& chengdu() {
  static const data::SceneData d =
      data::loadSceneData(loadScene(std::string(PARKSCAPE_SOURCE_DIR) + "/geodata/chengdu.toml"));
  return d;
}

bool prepared() { return std::filesystem::exists(std::string(PARKSCAPE_SOURCE_DIR) + "/geodata/cache/sample_parks.gpkg"); }

map::FurnitureLayout layoutAt(int w, int h, Lang lang) {
  map::FurnitureOptions opt;
  opt.lang = lang;
  opt.scale = map::furnitureScale(w, h);
  return map::exportFurnitureLayout(chengdu(), map::initialCamera(chengdu()), opt, w, h);
}

}  // namespace

TEST(ExportLegend, AtMostASixthOfThePictureWithEveryGroup) {
  if (!prepared()) GTEST_SKIP() << "geodata/cache missing (scripts/prepare_data.sh)";
  // Screen, full HD, an 8K poster and a portrait A1 poster at 150 dpi.
  for (const auto& [w, h] : {std::pair{1280, 720}, {1920, 1080}, {7680, 4320}, {3508, 4967}}) {
    for (const Lang lang : {Lang::Zh, Lang::En}) {
      const map::FurnitureLayout l = layoutAt(w, h, lang);
      const glm::vec4 r = l.legend;
      ASSERT_GT(r.z, r.x);
      ASSERT_GT(r.w, r.y);
      const double share = double(r.z - r.x) * double(r.w - r.y) / (double(w) * h);
      EXPECT_LE(share, 1.0 / 6.0) << w << "x" << h << (lang == Lang::Zh ? " zh" : " en");
      // Inside the picture, clear of the title and the scale bar.
      EXPECT_GE(r.x, 0);
      EXPECT_GE(r.y, l.title.w) << w << "x" << h;
      EXPECT_LE(r.w, h);
      EXPECT_LE(r.z, l.scaleBar.x);
      // Every group of the default view, each once: the sectors, then the
      // visible layers top first.
      const bool zh = lang == Lang::Zh;
      const std::vector<std::string> want =
          zh ? std::vector<std::string>{"未来产业赛道", "园区位置(示例)", "园区状态", "建圈强链承载区", "创新生态(集群、设施、平台)",
                                        "高校校区", "环高校知识经济圈", "三大引领区(示意边界)", "省界", "河流", "区(市)县",
                                        "市中心(天府广场)"}
             : std::vector<std::string>{"Future-industry sectors", "Province boundaries", "Rivers", "Districts and counties"};
      for (const std::string& g : want) {
        // Portrait, the province outlines are out of the frame, and out of the legend.
        if (h > w && (g == "省界" || g == "Province boundaries")) continue;
        EXPECT_EQ(std::count(l.legendGroups.begin(), l.legendGroups.end(), g), 1) << g << " at " << w << "x" << h;
      }
      EXPECT_EQ(std::set<std::string>(l.legendGroups.begin(), l.legendGroups.end()).size(), l.legendGroups.size());
    }
  }
}

// The furniture's rectangles handed to the label placer are the layout's.
TEST(ExportLegend, RectsAreTheLayoutsPieces) {
  if (!prepared()) GTEST_SKIP() << "geodata/cache missing (scripts/prepare_data.sh)";
  map::FurnitureOptions opt;
  opt.scale = map::furnitureScale(1920, 1080);
  const auto cam = map::initialCamera(chengdu());
  const std::vector<glm::vec4> rects = map::exportFurnitureRects(chengdu(), cam, opt, 1920, 1080);
  const map::FurnitureLayout l = map::exportFurnitureLayout(chengdu(), cam, opt, 1920, 1080);
  EXPECT_EQ(rects, l.rects());
  EXPECT_NE(std::find(rects.begin(), rects.end(), l.legend), rects.end());
}
