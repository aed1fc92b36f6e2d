#include <gtest/gtest.h>

#include <geos_c.h>

#include "analysis/centroid.h"
#include "geometry/geos_bridge.h"
#include "analysis_fixture.h"

using namespace ps::analysis;

TEST(Centroid, MatchesGeosOnPolygonsWithHolesAndAcrossTheCity) {
  fx::City city = fx::makeCity(200);
  GeosContext ctx;
  for (const ps::FeatureTable* t : {&city.districts, &city.buildings, &city.parks}) {
    for (size_t f = 0; f < t->size(); ++f) {
      GeosGeom g = toGeos(ctx, t->geom, f);
      ASSERT_TRUE(g);
      GeosGeom c = wrap(ctx, GEOSGetCentroid_r(ctx.get(), g.get()));
      double x, y, area;
      GEOSGeomGetX_r(ctx.get(), c.get(), &x);
      GEOSGeomGetY_r(ctx.get(), c.get(), &y);
      GEOSArea_r(ctx.get(), g.get(), &area);
      glm::dvec2 mine = featureCentroid(t->geom, f);
      EXPECT_NEAR(mine.x, x, 1e-6);
      EXPECT_NEAR(mine.y, y, 1e-6);
      EXPECT_NEAR(featureArea(t->geom, f), area, 1e-6 * area);
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
