// Point symbols in scene files: style.shape and style.shapes, parsed strictly,
// saved back, evaluated per feature and carried into the legend.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "core/error.h"
#include "scene/scene.h"
#include "scene/style_eval.h"

namespace {

const std::string kFixture = std::string(PARKSCAPE_TEST_DATA) + "/scene/point_shapes.toml";

std::string errorOf(const std::string& style, const std::string& kind = "point") {
  const std::string text = "[[layers]]\nid = 'e'\nkind = '" + kind + "'\nsource = { path = 'x.csv' }\nstyle = " + style + "\n";
  try {
    ps::parseScene(text, "/tmp/x/bad.toml");
  } catch (const ps::Error& e) {
    return e.what();
  }
  ADD_FAILURE() << "no error for style " << style;
  return {};
}

ps::FeatureTable kinds(std::initializer_list<const char*> values) {
  ps::FeatureTable t;
  ps::Column c{"kind", ps::FieldType::String, {}, {}, {}, {}};
  for (const char* v : values) {
    glm::dvec2 p(0, 0);
    t.geom.beginFeature(ps::GeomKind::Point);
    t.geom.beginPart();
    t.geom.addRing(&p, 1);
    t.geom.endFeature();
    c.strings.emplace_back(v);
    c.null.push_back(0);
  }
  t.columns = {c};
  return t;
}

}  // namespace

TEST(PointShapeScene, ParsesShapeAndShapesFromFixture) {
  const ps::Scene s = ps::loadScene(kFixture);
  ASSERT_EQ(s.layers.size(), 3u);
  const ps::StyleSpec& eco = s.layers[0].style;
  EXPECT_EQ(eco.shape, ps::PointShape::Pentagon);
  ASSERT_EQ(eco.shapes.size(), 5u);
  EXPECT_EQ(eco.shapes.at("named_cluster"), ps::PointShape::Star);
  EXPECT_EQ(eco.shapes.at("science_facility"), ps::PointShape::Triangle);
  EXPECT_EQ(eco.shapes.at("pilot_platform"), ps::PointShape::TriangleDown);
  EXPECT_EQ(eco.shapes.at("new_rd_institution"), ps::PointShape::Plus);
  EXPECT_EQ(eco.shapes.at("lab"), ps::PointShape::Cross);
  EXPECT_EQ(s.layers[1].style.shape, ps::PointShape::Square);
  EXPECT_TRUE(s.layers[1].style.shapes.empty());
  EXPECT_EQ(s.layers[2].style.shape, ps::PointShape::Circle);  // the default
}

TEST(PointShapeScene, BadShapesNameFileKeyAndChoices) {
  std::string e = errorOf("{ shape = 'blob' }");
  EXPECT_NE(e.find("/tmp/x/bad.toml: 'layers[0].style.shape': unknown shape \"blob\""), std::string::npos) << e;
  EXPECT_NE(e.find("circle, square, diamond, triangle, triangle_down, star, hexagon, pentagon, plus, cross"),
            std::string::npos) << e;

  e = errorOf("{ color_mode = 'category', color_field = 'kind', shapes = { lab = 'hexagone' } }");
  EXPECT_NE(e.find("'layers[0].style.shapes.lab': unknown shape \"hexagone\" (expected one of circle,"), std::string::npos) << e;

  e = errorOf("{ shape = 3 }");
  EXPECT_NE(e.find("'layers[0].style.shape': expected a shape name"), std::string::npos) << e;

  e = errorOf("{ color_mode = 'category', color_field = 'kind', shapes = { lab = ['star'] } }");
  EXPECT_NE(e.find("'layers[0].style.shapes.lab': expected a shape name"), std::string::npos) << e;

  e = errorOf("{ color_mode = 'category', color_field = 'kind', shapes = 'star' }");
  EXPECT_NE(e.find("'layers[0].style.shapes': expected a table"), std::string::npos) << e;

  // Shapes are keyed on colour categories: no categories, no shapes.
  e = errorOf("{ color = '#ff0000', shapes = { lab = 'star' } }");
  EXPECT_NE(e.find("'layers[0].style.shapes': needs color_mode = \"category\""), std::string::npos) << e;

  // Only points draw symbols.
  e = errorOf("{ shape = 'star' }", "fill");
  EXPECT_NE(e.find("'layers[0].style.shape': only point layers draw symbols"), std::string::npos) << e;
  e = errorOf("{ color_mode = 'category', color_field = 'kind', shapes = { a = 'star' } }", "extrusion");
  EXPECT_NE(e.find("'layers[0].style.shapes': only point layers draw symbols"), std::string::npos) << e;
}

TEST(PointShapeScene, SaveKeepsSymbols) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(PARKSCAPE_TEST_TMP) / "point_shape_roundtrip";
  fs::create_directories(dir);
  const ps::Scene s = ps::loadScene(kFixture);
  const std::string out = (dir / "saved.toml").string();
  ps::saveScene(s, out);
  const ps::Scene t = ps::loadScene(out);
  ASSERT_EQ(t.layers.size(), 3u);
  EXPECT_EQ(t.layers[0].style.shape, ps::PointShape::Pentagon);
  EXPECT_EQ(t.layers[0].style.shapes, s.layers[0].style.shapes);
  EXPECT_EQ(t.layers[1].style.shape, ps::PointShape::Square);
  EXPECT_EQ(t.layers[2].style.shape, ps::PointShape::Circle);
}

TEST(PointShapeScene, EvaluatedPerFeatureAndInTheLegend) {
  const ps::Scene s = ps::loadScene(kFixture);
  const ps::LayerSpec& eco = s.layers[0];
  const ps::FeatureTable t = kinds({"named_cluster", "scenario", "science_facility", "named_cluster"});
  ps::EvaluatedStyle e;
  ps::evaluateStyle(eco, t, e);
  ASSERT_EQ(e.shape.size(), 4u);
  EXPECT_EQ(e.shape[0], ps::PointShape::Star);
  EXPECT_EQ(e.shape[1], ps::PointShape::Pentagon);  // not listed: the layer's `shape`
  EXPECT_EQ(e.shape[2], ps::PointShape::Triangle);
  EXPECT_EQ(e.shape[3], ps::PointShape::Star);
  std::vector<ps::PointShape> only;
  ps::evaluateShapes(eco, t, only);
  EXPECT_EQ(only, e.shape);

  const auto legend = ps::legendFor(eco, t);
  ASSERT_EQ(legend.size(), 3u);  // categories in order of appearance
  EXPECT_EQ(legend[0].label, "named_cluster");
  EXPECT_EQ(legend[0].shape, ps::PointShape::Star);
  EXPECT_EQ(legend[0].count, 2u);
  EXPECT_EQ(legend[1].shape, ps::PointShape::Pentagon);
  EXPECT_EQ(legend[2].shape, ps::PointShape::Triangle);

  // A single-colour layer: every feature, and its one legend entry, gets `shape`.
  ps::evaluateStyle(s.layers[1], t, e);
  for (ps::PointShape sh : e.shape) EXPECT_EQ(sh, ps::PointShape::Square);
  const auto single = ps::legendFor(s.layers[1], t);
  ASSERT_EQ(single.size(), 1u);
  EXPECT_EQ(single[0].shape, ps::PointShape::Square);
}

TEST(PointShapeScene, ChengduEcosystemHasDistinctSymbols) {
  const ps::Scene s = ps::loadScene(std::string(PARKSCAPE_SOURCE_DIR) + "/geodata/chengdu.toml");
  const ps::LayerSpec* eco = nullptr;
  for (const auto& l : s.layers)
    if (l.id == "ecosystem") eco = &l;
  ASSERT_NE(eco, nullptr);
  EXPECT_EQ(eco->style.shapes.at("named_cluster"), ps::PointShape::Star);
  EXPECT_EQ(eco->style.shapes.at("science_facility"), ps::PointShape::Triangle);
  // Every coloured category has its own symbol.
  std::set<ps::PointShape> used;
  for (const auto& [value, colour] : eco->style.categories) {
    ASSERT_TRUE(eco->style.shapes.count(value)) << value;
    used.insert(eco->style.shapes.at(value));
  }
  EXPECT_EQ(used.size(), eco->style.categories.size());
  EXPECT_GE(eco->style.pointSize, 9.0f);  // symbols need room to be told apart
}
