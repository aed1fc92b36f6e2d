// How an approximate outline shows that it is one, wherever the layer appears
// (exports, viewer, stories): dashed outlines (map::outlineDash, handed to the
// line shader) and "(示意)" / " (approx.)" after its labels.
#include <gtest/gtest.h>

#include "map/label_candidates.h"
#include "map/map_builder.h"

using namespace ps;

TEST(ApproximateMarks, ApproximatePolygonsDashedAndLabelledPointsAndExactOnesNot) {
  LayerSpec zones;
  zones.kind = LayerKind::Fill;
  zones.approximate = true;
  zones.style.outlineWidth = 2.0f;
  const glm::vec2 d = map::outlineDash(zones);
  EXPECT_GT(d.x, 0.0f);
  EXPECT_GT(d.y, 0.0f);
  EXPECT_GT(d.x, d.y);                    // more line than gap: the outline still reads as one
  EXPECT_GE(d.x, 3.0f * zones.style.outlineWidth);  // dashes longer than the line is wide
  zones.style.outlineWidth = 4.0f;
  EXPECT_FLOAT_EQ(map::outlineDash(zones).x, 2.0f * d.x);  // scales with the width
  EXPECT_EQ(map::approximateLabelMark(zones, Lang::Zh), "(示意)");
  EXPECT_EQ(map::approximateLabelMark(zones, Lang::En), " (approx.)");

  LayerSpec districts;  // exact polygons
  districts.kind = LayerKind::Fill;
  EXPECT_EQ(map::outlineDash(districts), glm::vec2(0.0f));
  EXPECT_EQ(map::approximateLabelMark(districts, Lang::Zh), "");

  LayerSpec campuses;  // approximate points keep their names and have no outline to dash
  campuses.kind = LayerKind::Point;
  campuses.approximate = true;
  EXPECT_EQ(map::outlineDash(campuses), glm::vec2(0.0f));
  EXPECT_EQ(map::approximateLabelMark(campuses, Lang::Zh), "");
}
