// The measure tool's model (viewer/measure.h): points picked in the scene CRS,
// taken to lon/lat by the scene's projector, measured geodesically; the
// drawing rules (finish, undo, cancel, a new drawing after a finished one) and
// the shape the map draws.
#include <gtest/gtest.h>

#include "geo/lonlat_projector.h"
#include "geo/measure.h"
#include "viewer/commands.h"
#include "viewer/demo_scene.h"
#include "viewer/measure.h"

using namespace ps;
using namespace ps::viewer;

namespace {

struct Demo {
  ViewerState s;
  std::unique_ptr<geo::GeoProjector> geo;
  Demo() {
    auto data = std::make_shared<data::SceneData>(makeDemoScene());
    geo = std::make_unique<geo::GeoProjector>(data->scene.crs);
    installScene(s, data, geo.get(), {1600, 900});
  }
  void click(glm::dvec2 lonLat) { measureAddPoint(s, geo->toScene(lonLat)); }
};

}  // namespace

TEST(ViewerMeasure, DistanceAlongAPolylineIsGeodesic) {
  Demo d;
  measureToggle(d.s, MeasureMode::Distance);
  ASSERT_TRUE(d.s.measure.active);
  d.click({104.02, 30.63});
  d.click({104.10, 30.63});
  d.click({104.05, 30.70});
  measureRemoveLast(d.s);  // Backspace
  d.click({104.10, 30.68});
  EXPECT_TRUE(measureFinish(d.s));
  measureRefresh(d.s, d.geo.get());
  const MeasureState& m = d.s.measure;
  ASSERT_EQ(m.lonLat.size(), 3u);
  EXPECT_NEAR(m.lonLat[0].x, 104.02, 1e-9);
  // geod +ellps=GRS80 -I: 7669.681 m + 5543.178 m.
  EXPECT_NEAR(m.length, 13212.859, 0.01);
  EXPECT_NEAR(m.lastLeg, 5543.178, 0.01);
  EXPECT_EQ(measureLengthText(d.s), "13.21 km");
  // A click after a finished measurement starts a new one.
  d.click({104.0, 30.6});
  EXPECT_EQ(d.s.measure.points.size(), 1u);
  EXPECT_FALSE(d.s.measure.finished);
}

TEST(ViewerMeasure, AreaOfAPolygonInPlannersUnits) {
  Demo d;
  measureToggle(d.s, MeasureMode::Area);
  d.click({104.06, 30.66});
  d.click({104.07, 30.66});
  EXPECT_FALSE(measureFinish(d.s));  // two points are no area
  d.click({104.07, 30.67});
  d.click({104.06, 30.67});
  EXPECT_TRUE(measureFinish(d.s));
  measureRefresh(d.s, d.geo.get());
  EXPECT_NEAR(d.s.measure.area, 1062479.0, 1062.0);  // the ellipsoidal quadrangle, to 0.1 %
  EXPECT_NEAR(d.s.measure.area, geo::geodesicArea(d.s.measure.lonLat), 1e-6);
  EXPECT_EQ(measureAreaText(d.s), "1,062,479 m² · 106.2 公顷 · 1,594 亩");
  d.s.lang = Lang::En;
  EXPECT_EQ(measureAreaText(d.s), "1,062,479 m² · 106.2 ha · 1,594 mu");
  // Shape: the polygon, no rubber band once finished, four vertices.
  const FeatureTable shape = measureShape(d.s.measure);
  ASSERT_EQ(shape.size(), 6u);
  EXPECT_EQ(shape.geom.kind[0], GeomKind::Polygon);
  EXPECT_EQ(shape.geom.kind[1], GeomKind::None);
  EXPECT_EQ(shape.geom.kind[5], GeomKind::Point);
}

TEST(ViewerMeasure, RubberBandCancelAndModeSwitch) {
  Demo d;
  measureToggle(d.s, MeasureMode::Distance);
  d.click({104.06, 30.66});
  const uint64_t rev = d.s.measure.revision;
  measureSetCursor(d.s, d.geo->toScene({104.07, 30.66}));
  EXPECT_GT(d.s.measure.revision, rev);
  FeatureTable shape = measureShape(d.s.measure);
  EXPECT_EQ(shape.geom.kind[0], GeomKind::None);  // one point: no line yet
  EXPECT_EQ(shape.geom.kind[1], GeomKind::Line);  // the band to the cursor
  // Switching to area keeps the points; M again in the same mode leaves.
  measureToggle(d.s, MeasureMode::Area);
  EXPECT_TRUE(d.s.measure.active);
  EXPECT_EQ(d.s.measure.points.size(), 1u);
  measureToggle(d.s, MeasureMode::Area);
  EXPECT_FALSE(d.s.measure.active);
  EXPECT_TRUE(d.s.measure.points.empty());
  // Points are not taken while the tool is off.
  d.click({104.0, 30.6});
  EXPECT_TRUE(d.s.measure.points.empty());
  // Esc (measureCancel) clears and leaves.
  measureToggle(d.s, MeasureMode::Distance);
  d.click({104.0, 30.6});
  measureCancel(d.s);
  EXPECT_FALSE(d.s.measure.active);
  EXPECT_TRUE(d.s.measure.points.empty());
}
