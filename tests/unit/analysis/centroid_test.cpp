#include <gtest/gtest.h>


#include "analysis/centroid.h"
#include "geos_test_util.h"
#include "analysis_fixture.h"
#include "geometry/planar.h"

using namespace ps::analysis;

TEST(Centroid, MatchesGeosOnPolygonsWithHolesAndAcrossTheCity) {
  fx::City city = fx::makeCity(200);
  gx::GeosContext ctx;
  for (const ps::FeatureTable* t : {&city.districts, &city.buildings, &city.parks}) {
    for (size_t f = 0; f < t->size(); ++f) {
      gx::GeosGeom g = gx::geos(ctx, t->geom, f);
      ASSERT_TRUE(g);
      gx::GeosGeom c = gx::own(ctx, GEOSGetCentroid_r(ctx.handle(), g.get()));
      double x, y, area;
      GEOSGeomGetX_r(ctx.handle(), c.get(), &x);
      GEOSGeomGetY_r(ctx.handle(), c.get(), &y);
      GEOSArea_r(ctx.handle(), g.get(), &area);
      glm::dvec2 mine = featureCentroid(t->geom, f);
      EXPECT_NEAR(mine.x, x, 1e-6);
      EXPECT_NEAR(mine.y, y, 1e-6);
      EXPECT_NEAR(ps::geometry::polygonArea(t->geom, f), area, 1e-6 * area);
    }
  }
  // The district with a hole: the hole pulls the centroid away from it.
  glm::dvec2 c = featureCentroid(city.districts.geom, 2);
  EXPECT_GT(c.x, 10000);
}

TEST(Centroid, PointsAndEmptyFeatures) {
  ps::FeatureTable t = fx::makeTable("p", {});
  fx::addPoint(t, {3, 4}, {});
  t.geom.beginFeature(ps::GeomKind::None);
  t.geom.endFeature();
  EXPECT_EQ(featureCentroid(t.geom, 0), glm::dvec2(3, 4));
  EXPECT_TRUE(std::isnan(featureCentroid(t.geom, 1).x));
}
