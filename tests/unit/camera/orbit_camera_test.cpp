#include "camera/orbit_camera.h"

#include <cmath>

#include <gtest/gtest.h>

#include "camera/camera_animation.h"
#include "scene/scene.h"

namespace {

using ps::OrbitCamera;

constexpr int kW = 1280, kH = 720;

std::vector<OrbitCamera> cameras() {
  std::vector<OrbitCamera> v;
  // A 10 m building up close, a district, the whole city from 150 km.
  for (double distance : {30.0, 4000.0, 150000.0})
    for (double pitch : {0.0, 35.0, 70.0})
      for (double bearing : {0.0, 123.0, 300.0}) {
        OrbitCamera c;
        c.center = {1234.5, -9876.25};
        c.distance = distance;
        c.pitchDeg = pitch;
        c.bearingDeg = bearing;
        v.push_back(c);
      }
  return v;
}

const double kPixels[][2] = {{640, 360}, {0.5, 0.5}, {1279.5, 700}, {100, 500}, {900, 420}};

TEST(OrbitCamera, ScreenToGroundInvertsProjection) {
  for (const auto& c : cameras())
    for (const auto& px : kPixels) {
      const auto g = c.screenToGround(px[0], px[1], kW, kH);
      ASSERT_TRUE(g) << "pitch " << c.pitchDeg;
      const auto s = c.worldToScreen({g->x, g->y, 0.0}, kW, kH);
      ASSERT_TRUE(s);
      EXPECT_NEAR(s->x, px[0], 1e-6 * kW);
      EXPECT_NEAR(s->y, px[1], 1e-6 * kH);
    }
}

TEST(OrbitCamera, WorldToScreenWithOneViewProjectionIsBitIdentical) {
  // featuresInView projects every feature's box with one matrix: it must say
  // exactly what the per-point call says, behind-the-eye points included.
  for (const auto& c : cameras()) {
    const glm::dmat4 viewProj = c.projD(double(kW) / kH) * c.viewD();
    for (const glm::dvec3 p : {glm::dvec3(c.center, 0.0), glm::dvec3(c.center + glm::dvec2(3000, -700), 0.0),
                               glm::dvec3(-5e5, 2e5, 0.0), c.eyeD() - c.forward() * 10.0}) {
      const auto a = c.worldToScreen(p, kW, kH);
      const auto b = OrbitCamera::worldToScreen(viewProj, p, kW, kH);
      ASSERT_EQ(a.has_value(), b.has_value());
      if (a) {
        EXPECT_EQ(a->x, b->x);
        EXPECT_EQ(a->y, b->y);
      }
    }
  }
}

TEST(OrbitCamera, CenterProjectsToScreenCentre) {
  for (const auto& c : cameras()) {
    const auto s = c.worldToScreen({c.center, 0.0}, kW, kH);
    ASSERT_TRUE(s);
    EXPECT_NEAR(s->x, kW / 2.0, 1e-6);
    EXPECT_NEAR(s->y, kH / 2.0, 1e-6);
    EXPECT_NEAR(glm::length(c.eyeD() - glm::dvec3(c.center, 0.0)), c.distance, 1e-9 * c.distance);
    EXPECT_GT(c.eyeD().z, 0.0);
  }
}

TEST(OrbitCamera, BearingFacesTheRightWay) {
  OrbitCamera c;
  c.pitchDeg = 0;
  c.bearingDeg = 90;  // facing east: east is screen up
  const auto s = c.worldToScreen({c.center.x + 100, c.center.y, 0}, kW, kH);
  ASSERT_TRUE(s);
  EXPECT_NEAR(s->x, kW / 2.0, 1e-6);
  EXPECT_LT(s->y, kH / 2.0);
  c.bearingDeg = 0;  // facing north: east is screen right
  const auto t = c.worldToScreen({c.center.x + 100, c.center.y, 0}, kW, kH);
  EXPECT_GT(t->x, kW / 2.0);
}

TEST(OrbitCamera, ZoomTowardsKeepsTheGroundPointUnderTheCursor) {
  for (auto c : cameras())
    for (const auto& px : kPixels)
      for (double factor : {1.25, 0.5, 3.0}) {
        OrbitCamera z = c;
        const auto before = z.screenToGround(px[0], px[1], kW, kH);
        ASSERT_TRUE(before);
        z.zoomTowards(px[0], px[1], kW, kH, factor);
        EXPECT_NEAR(z.distance, c.distance / factor, 1e-9 * c.distance);
        const auto after = z.screenToGround(px[0], px[1], kW, kH);
        ASSERT_TRUE(after);
        const double scale = std::max(glm::length(*before - c.center), c.distance);
        EXPECT_LE(glm::length(*after - *before), 1e-6 * scale);
      }
}

TEST(OrbitCamera, PanMovesTheGroundWithTheDrag) {
  for (auto c : cameras()) {
    const auto g = c.screenToGround(kW / 2.0, kH / 2.0, kW, kH);
    c.pan({kW / 2.0, kH / 2.0}, {kW / 2.0 + 37.0, kH / 2.0 - 21.0}, kW, kH);
    const auto s = c.worldToScreen({g->x, g->y, 0.0}, kW, kH);
    ASSERT_TRUE(s);
    EXPECT_NEAR(s->x, kW / 2.0 + 37.0, 1e-6 * kW);
    EXPECT_NEAR(s->y, kH / 2.0 - 21.0, 1e-6 * kH);
  }
}

TEST(OrbitCamera, OrbitWrapsBearingAndClampsPitch) {
  OrbitCamera c;
  c.bearingDeg = 350;
  c.pitchDeg = 80;
  c.orbit(20, 30);
  EXPECT_NEAR(c.bearingDeg, 10, 1e-12);
  EXPECT_LE(c.pitchDeg, 89.0);
  c.orbit(-30, -200);
  EXPECT_NEAR(c.bearingDeg, 340, 1e-12);
  EXPECT_EQ(c.pitchDeg, 0.0);
}

TEST(OrbitCamera, ClampToHoldsTheLimits) {
  OrbitCamera c;
  c.center = {-5e6, 7e6};
  c.distance = 1e9;
  c.pitchDeg = 88;
  c.bearingDeg = -30;
  ps::CameraLimits lim;
  lim.min = {-1000, -2000};
  lim.max = {3000, 4000};
  lim.minDistance = 50;
  lim.maxDistance = 200000;
  lim.maxPitch = 75;
  lim.minEyeHeight = 20;
  c.clampTo(lim);
  EXPECT_EQ(c.center, glm::dvec2(-1000, 4000));
  EXPECT_EQ(c.distance, 200000);
  EXPECT_EQ(c.pitchDeg, 75);
  EXPECT_NEAR(c.bearingDeg, 330, 1e-12);
  // Close up, the eye height wins over the pitch: tilted back until 20 m up.
  c.distance = 1;
  c.clampTo(lim);
  EXPECT_EQ(c.distance, 50);
  EXPECT_LT(c.pitchDeg, 75.0);
  EXPECT_NEAR(c.eyeD().z, 20.0, 1e-9);
  // Never past 89 degrees, whatever the limits ask.
  lim.maxPitch = 120;
  lim.minEyeHeight = 0;
  c.pitchDeg = 100;
  c.clampTo(lim);
  EXPECT_EQ(c.pitchDeg, 89.0);
}

TEST(OrbitCamera, DepthRangeSuitsCityAndBuilding) {
  for (const auto& c : cameras()) {
    EXPECT_GT(c.nearPlane(), 0.0);
    EXPECT_LT(c.nearPlane(), 0.05 * c.distance + 0.05);
    EXPECT_GT(c.farPlane(), 2.0 * c.distance);
    EXPECT_LE(c.farPlane() / c.nearPlane(), 30001.0);
    // The furthest visible ground point lies inside the far plane.
    const auto g = c.screenToGround(kW / 2.0, 0.5, kW, kH);
    if (g) {
      EXPECT_LT(glm::length(glm::dvec3(*g, 0.0) - c.eyeD()), c.farPlane());
    }
  }
}

TEST(OrbitCamera, FitBoundsShowsTheWholeRectangle) {
  for (double pitch : {0.0, 45.0})
    for (double bearing : {0.0, 30.0}) {
      OrbitCamera c;
      c.pitchDeg = pitch;
      c.bearingDeg = bearing;
      c.fitBounds({-20000, -5000}, {40000, 15000}, double(kW) / kH);
      EXPECT_EQ(c.center, glm::dvec2(10000, 5000));
      for (glm::dvec2 p : {glm::dvec2(-20000, -5000), glm::dvec2(40000, -5000), glm::dvec2(40000, 15000),
                           glm::dvec2(-20000, 15000)}) {
        const auto s = c.worldToScreen({p, 0.0}, kW, kH);
        ASSERT_TRUE(s);
        EXPECT_GE(s->x, 0.0);
        EXPECT_LE(s->x, kW);
        EXPECT_GE(s->y, 0.0);
        EXPECT_LE(s->y, kH);
      }
    }
}

TEST(OrbitCamera, FromSpecCopiesTheView) {
  ps::CameraSpec spec;
  spec.distance = 1234;
  spec.pitch = 60;
  spec.bearing = 15;
  spec.fovY = 40;
  const OrbitCamera c = OrbitCamera::fromSpec(spec, {10, 20});
  EXPECT_EQ(c.center, glm::dvec2(10, 20));
  EXPECT_EQ(c.distance, 1234);
  EXPECT_EQ(c.pitchDeg, 60);
  EXPECT_EQ(c.bearingDeg, 15);
  EXPECT_EQ(c.fovYDeg, 40);
}

void expectSame(const OrbitCamera& a, const OrbitCamera& b) {
  EXPECT_EQ(a.center, b.center);
  EXPECT_EQ(a.distance, b.distance);
  EXPECT_EQ(a.pitchDeg, b.pitchDeg);
  EXPECT_EQ(a.bearingDeg, b.bearingDeg);
  EXPECT_EQ(a.fovYDeg, b.fovYDeg);
}

TEST(CameraAnimation, EndpointsAreExact) {
  OrbitCamera a, b;
  a.center = {0, 0};
  a.distance = 2000;
  a.bearingDeg = 350;
  b.center = {30000, -12000};
  b.distance = 800;
  b.pitchDeg = 60;
  b.bearingDeg = 20;
  const auto anim = ps::flyTo(a, b, 3.0);
  expectSame(anim.at(0.0), a);
  expectSame(anim.at(-1.0), a);
  expectSame(anim.at(3.0), b);
  expectSame(anim.at(10.0), b);
  EXPECT_TRUE(anim.done(3.0));
  EXPECT_FALSE(anim.done(2.9));
}

TEST(CameraAnimation, LongHopsZoomOutOnTheWay) {
  OrbitCamera a, b;
  a.distance = b.distance = 1000;
  b.center = {50000, 0};
  const auto anim = ps::flyTo(a, b, 2.0);
  const OrbitCamera mid = anim.at(1.0);
  EXPECT_GT(mid.distance, 5.0 * a.distance);
  EXPECT_NEAR(mid.center.x, 25000, 1.0);  // symmetric path: halfway at half time
  // Monotonic progress along the path.
  double last = -1;
  for (int i = 0; i <= 20; ++i) {
    const double x = anim.at(0.1 * i).center.x;
    EXPECT_GE(x, last);
    last = x;
  }
}

TEST(CameraAnimation, BearingTakesTheShortWayAndZoomOnlyWorks) {
  OrbitCamera a, b;
  a.bearingDeg = 350;
  b.bearingDeg = 10;
  b.distance = a.distance * 4;
  const auto anim = ps::flyTo(a, b, 1.0);
  const OrbitCamera mid = anim.at(0.5);
  EXPECT_TRUE(mid.bearingDeg > 355 || mid.bearingDeg < 5) << mid.bearingDeg;
  EXPECT_GT(mid.distance, a.distance);
  EXPECT_LT(mid.distance, b.distance);
  EXPECT_EQ(mid.center, a.center);
  const auto automatic = ps::flyTo(a, b);
  EXPECT_GE(automatic.duration, 0.6);
  EXPECT_LE(automatic.duration, 6.0);
}


// From the viewer's camera tests: a wheel notch on a 1600 x 900 window.
TEST(OrbitCamera, ZoomHalvesTheDistanceAtTheCursor) {
  OrbitCamera c;
  c.center = {100, 200};
  c.distance = 5000;
  c.pitchDeg = 50;
  c.bearingDeg = 20;
  const glm::dvec2 px{1200, 600};
  const auto before = c.screenToGround(px.x, px.y, 1600, 900);
  c.zoomTowards(px.x, px.y, 1600, 900, 2.0);
  const auto after = c.screenToGround(px.x, px.y, 1600, 900);
  ASSERT_TRUE(before && after);
  EXPECT_NEAR(glm::length(*before - *after), 0.0, 1e-6 * 5000);
  EXPECT_NEAR(c.distance, 2500, 1e-9);
}

TEST(OrbitCamera, ScreenRayPassesThroughTheProjectedPoint) {
  for (const auto& c : cameras()) {
    const glm::dvec3 p = glm::dvec3(c.center, 0.0) + glm::dvec3(30, -40, 5);
    const auto sp = c.worldToScreen(p, kW, kH);
    if (!sp) continue;
    const ps::Ray r = c.screenRay(sp->x, sp->y, kW, kH);
    const glm::dvec3 v = p - r.origin;
    EXPECT_NEAR(glm::length(glm::cross(v, r.dir)) / glm::length(v), 0.0, 1e-6);
    EXPECT_NEAR(glm::length(r.dir), 1.0, 1e-12);
  }
}

TEST(OrbitCamera, GrabPanStopsAtTheHorizonAndCapsOneStep) {
  OrbitCamera c;
  c.distance = 1000;
  c.pitchDeg = 80;  // the top of the view (fov 35) is above the horizon
  const glm::dvec2 before = c.center;
  c.pan({kW / 2.0, kH / 2.0}, {kW / 2.0, 0.5}, kW, kH);
  EXPECT_EQ(c.center, before);
  // Just below the horizon one pixel spans kilometres: one step moves 2 x distance at most.
  c.pitchDeg = 72;
  c.pan({kW / 2.0, 1.0}, {kW / 2.0, kH - 1.0}, kW, kH);
  EXPECT_LE(glm::length(c.center - before), 2.0 * c.distance + 1e-9);
  EXPECT_GT(glm::length(c.center - before), 0.0);
}

TEST(OrbitCamera, FrameWithContextBacksOffFromTheBox) {
  OrbitCamera c;
  c.pitchDeg = 0;
  c.frameWithContext({0, 0}, {1000, 400}, 16.0 / 9.0);
  EXPECT_EQ(c.center, glm::dvec2(500, 200));
  // Straight down, the 1000 m side spans half the view height.
  EXPECT_NEAR(2.0 * c.distance * std::tan(c.fovYDeg * M_PI / 360.0), 2000.0, 1e-6);
  // Tiny features are framed as 300 m; portrait windows frame the width.
  c.frameWithContext({0, 0}, {10, 10}, 0.5);
  EXPECT_NEAR(2.0 * c.distance * std::tan(c.fovYDeg * M_PI / 360.0) * 0.5, 600.0, 1e-6);
}

TEST(OrbitCamera, ToSpecRoundTripsAndWritesBearingSigned) {
  OrbitCamera c;
  c.distance = 1234;
  c.pitchDeg = 55;
  c.bearingDeg = 300;
  c.fovYDeg = 40;
  const ps::CameraSpec spec = c.toSpec({104.1, 30.7});
  EXPECT_EQ(spec.center, glm::dvec2(104.1, 30.7));
  EXPECT_EQ(spec.bearing, -60);
  OrbitCamera back = OrbitCamera::fromSpec(spec, c.center);
  back.orbit(0, 0);  // wraps the bearing back into [0, 360)
  expectSame(back, c);
}

}  // namespace
