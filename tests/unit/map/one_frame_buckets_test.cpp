// buildLayerBuckets for one frame (`parkscape render`, posters): only what a
// camera at that distance draws, and exactly the triangles the full buckets draw.
#include <array>
#include <vector>

#include <gtest/gtest.h>

#include "map/map_builder.h"

namespace {

using ps::map::LayerBuckets;

ps::FeatureTable parcels() {
  ps::FeatureTable t;
  t.crs = "EPSG:4507";
  for (int i = 0; i < 3; ++i) {
    const double x = 500000 + i * 100.0, y = 3400000;
    const glm::dvec2 ring[5] = {{x, y}, {x + 60, y}, {x + 60, y + 40}, {x + 30, y + 55}, {x, y + 40}};
    t.geom.beginFeature(ps::GeomKind::Polygon);
    t.geom.beginPart();
    t.geom.addRing(ring, 5);
    if (i == 1) {  // a courtyard
      const glm::dvec2 hole[4] = {{x + 20, y + 10}, {x + 20, y + 30}, {x + 40, y + 30}, {x + 40, y + 10}};
      t.geom.addRing(hole, 4);
    }
    t.geom.endFeature();
    t.fid.push_back(i);
  }
  return t;
}

// The triangles of a fill bucket as position triples, in drawing order.
std::vector<std::array<glm::vec2, 3>> triangles(const ps::FillBucket& b) {
  std::vector<std::array<glm::vec2, 3>> out;
  for (size_t i = 0; i + 2 < b.indices.size(); i += 3)
    out.push_back({b.vertices[b.indices[i]].pos, b.vertices[b.indices[i + 1]].pos, b.vertices[b.indices[i + 2]].pos});
  return out;
}

TEST(OneFrameBuckets, OnlyWhatTheCameraDistanceDraws) {
  ps::LayerSpec spec;
  spec.id = "parcels";
  spec.kind = ps::LayerKind::Extrusion;
  spec.style.outline = ps::Rgba(1.0f);
  spec.lodDistance = 40000;
  ps::data::LoadedLayer layer;
  layer.spec = &spec;
  layer.table = parcels();
  ps::LocalFrame frame;
  frame.origin = {500000, 3400000};

  const LayerBuckets full = ps::map::buildLayerBuckets(layer, frame);
  ASSERT_FALSE(full.extrusion.indices.empty());
  ASSERT_FALSE(full.fill.indices.empty());
  ASSERT_FALSE(full.lines.indices.empty());

  // Beyond lodDistance: the footprints alone, the same triangles in the same order.
  const LayerBuckets far = ps::map::buildLayerBuckets(layer, frame, 50000.0);
  EXPECT_TRUE(far.extrusion.indices.empty());
  EXPECT_TRUE(far.lines.indices.empty());
  EXPECT_EQ(triangles(far.fill), triangles(full.fill));

  // Nearer: prisms and roof outlines as built for every frame, no footprints.
  const LayerBuckets near = ps::map::buildLayerBuckets(layer, frame, 5000.0);
  EXPECT_TRUE(near.fill.indices.empty());
  EXPECT_EQ(near.extrusion.indices, full.extrusion.indices);
  EXPECT_EQ(near.extrusion.vertices.size(), full.extrusion.vertices.size());
  EXPECT_EQ(near.lines.indices, full.lines.indices);

  // Out of the layer's range, or hidden: nothing.
  spec.maxDistance = 3000;
  const LayerBuckets outOfRange = ps::map::buildLayerBuckets(layer, frame, 5000.0);
  EXPECT_TRUE(outOfRange.extrusion.indices.empty() && outOfRange.fill.indices.empty() && outOfRange.lines.indices.empty());
  spec.maxDistance = 0;
  spec.visible = false;
  const LayerBuckets hidden = ps::map::buildLayerBuckets(layer, frame, 5000.0);
  EXPECT_TRUE(hidden.extrusion.indices.empty() && hidden.fill.indices.empty() && hidden.lines.indices.empty());
}

}  // namespace
