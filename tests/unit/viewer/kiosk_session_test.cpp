// The kiosk mode over the viewer's model, on the demo scene: a sector tap
// solos it and flies; a card; English; the idle reset brings everything home
// (camera, filters, card, language); the admin PIN opens the panel and three
// wrong PINs lock the keypad; touches (pinch, twist, tilt, double tap, a tap
// on a park, a finger on a control, a lost end) reach the camera and cards.
#include <cmath>
#include <memory>

#include <gtest/gtest.h>

#include "geo/lonlat_projector.h"
#include "kiosk/pin.h"
#include "viewer/commands.h"
#include "viewer/demo_scene.h"
#include "viewer/kiosk_session.h"
#include "viewer/pick.h"
#include "viewer/window.h"

using namespace ps;
using namespace ps::viewer;

namespace {

constexpr glm::dvec2 kView{1920, 1080};

struct KioskDemo {
  ViewerState s;
  std::unique_ptr<geo::GeoProjector> geo;
  KioskDemo() {
    kiosk::KioskProfile p;
    p.path = "test.toml";
    p.languages = {Lang::Zh, Lang::En};
    p.idle = {30, 5};
    p.admin = kiosk::makeAdminPin("2468", 10000);
    kioskStart(s, p, 3.78, 0);
    auto data = std::make_shared<data::SceneData>(makeDemoScene());
    geo = std::make_unique<geo::GeoProjector>(data->scene.crs);
    installScene(s, data, geo.get(), kView);
    kioskOnScene(s);
  }
  void settle() {
    for (int i = 0; i < 600 && s.fly.active; ++i) {
      s.now += 1.0 / 60;
      stepAnimation(s);
    }
  }
};

}  // namespace

TEST(KioskSession, TargetSizeFromTheScreen) {
  KioskDemo d;
  EXPECT_FLOAT_EQ(d.s.kiosk->targetPx, 57.0f);  // ceil(15 mm x 3.78 px/mm)
  EXPECT_EQ(d.s.lang, Lang::Zh);
  EXPECT_TRUE(d.s.camera == d.s.home);
}

TEST(KioskSession, SectorCardLanguageThenIdleResetGoesHome) {
  KioskDemo d;
  ViewerState& s = d.s;
  kioskShowSector(s, "digital", kView);
  EXPECT_EQ(s.kiosk->sector, "digital");
  EXPECT_EQ(s.filter.hiddenSectors.size(), 6u);
  d.settle();
  EXPECT_FALSE(s.camera == s.home);
  auto parks = kioskParkList(s);
  ASSERT_FALSE(parks.empty());
  kioskPickPark(s, parks[0].first, kView);
  ASSERT_TRUE(s.kiosk->card.has_value());
  KioskCard c = kioskCard(s, *s.kiosk->card);
  EXPECT_FALSE(c.name.empty());
  EXPECT_TRUE(c.sample);
  kioskSetLanguage(s, Lang::En);
  EXPECT_EQ(s.lang, Lang::En);
  d.settle();
  s.kiosk->idle.input(s.now);  // the language button was the last touch
  // Nobody touches: the countdown, then the reset and the attract loop.
  s.now += 31;
  EXPECT_TRUE(kioskFrame(s, kView));  // the countdown runs: draw on
  EXPECT_EQ(s.kiosk->idle.phase(), kiosk::IdlePhase::Countdown);
  EXPECT_FALSE(s.kiosk->attract);
  s.now += 5;
  EXPECT_TRUE(kioskFrame(s, kView));
  EXPECT_TRUE(s.kiosk->attract);
  EXPECT_EQ(s.lang, Lang::Zh);
  EXPECT_FALSE(s.kiosk->card.has_value());
  EXPECT_TRUE(s.kiosk->sector.empty());
  EXPECT_TRUE(s.filter.hiddenSectors.empty());
  EXPECT_TRUE(s.selection.empty());
  EXPECT_EQ(s.kiosk->resets, 1u);
}

TEST(KioskSession, AdminPinOpensThePanelAndWrongPinsLock) {
  KioskDemo d;
  ViewerState& s = d.s;
  s.kiosk->admin = KioskSession::Admin::Keypad;
  for (char c : std::string("1111=1111=1111=")) kioskKeypad(s, c);
  EXPECT_EQ(s.kiosk->admin, KioskSession::Admin::Keypad);
  EXPECT_GT(s.kiosk->pinLockedUntil, s.now);
  for (char c : std::string("2468=")) kioskKeypad(s, c);  // locked: ignored
  EXPECT_EQ(s.kiosk->admin, KioskSession::Admin::Keypad);
  s.now += 61;
  for (char c : std::string("24689<=")) kioskKeypad(s, c);  // backspace drops the 9
  EXPECT_EQ(s.kiosk->admin, KioskSession::Admin::Panel);
}

TEST(KioskSession, AreasAsShown) {
  EXPECT_EQ(kioskArea(416000, Lang::Zh), "41.6");
  EXPECT_EQ(kioskArea(416000, Lang::En), "416,000");
  EXPECT_EQ(kioskArea(999.6, Lang::En), "1,000");
  EXPECT_EQ(kioskArea(12, Lang::En), "12");
  EXPECT_EQ(kioskArea(-1, Lang::En), "—");
}

// The touch screen's path (InputEvent::Touch, as viewer/touch_x11.h and the
// replay make them) through kioskInput to the camera and the cards.
namespace {

InputEvent finger(kiosk::TouchEvent::Kind k, int id, glm::dvec2 p) {
  InputEvent e;
  e.type = InputEvent::Touch;
  e.pos = p;
  e.touch = {k, id, p, -1};
  return e;
}

struct Fingers {
  KioskDemo& d;
  PickIndex index;
  explicit Fingers(KioskDemo& demo) : d(demo) { buildPickIndex(*d.s.data, index); }
  void send(kiosk::TouchEvent::Kind k, int id, glm::dvec2 p, bool uiMouse = false) {
    d.s.now += 1.0 / 60;
    kioskInput(d.s, index, finger(k, id, p), kView, uiMouse);
  }
  void tap(glm::dvec2 p, int id) {
    send(kiosk::TouchEvent::Down, id, p);
    send(kiosk::TouchEvent::Up, id, p);
  }
};

}  // namespace

TEST(KioskTouch, SpreadZoomsInTwistRotatesTwoFingersUpTilt) {
  KioskDemo d;
  Fingers f(d);
  ViewerState& s = d.s;
  using K = kiosk::TouchEvent;
  const glm::dvec2 c = kView * 0.5;
  const double d0 = s.camera.distance, b0 = s.camera.bearingDeg, p0 = s.camera.pitchDeg;
  // Spread from 200 to 360 px apart: 1.8 times as close.
  f.send(K::Down, 1, c - glm::dvec2(100, 0));
  f.send(K::Down, 2, c + glm::dvec2(100, 0));
  for (int k = 1; k <= 20; ++k) {
    f.send(K::Move, 1, c - glm::dvec2(100 + 4 * k, 0));
    f.send(K::Move, 2, c + glm::dvec2(100 + 4 * k, 0));
  }
  f.send(K::Up, 1, c - glm::dvec2(180, 0));
  f.send(K::Up, 2, c + glm::dvec2(180, 0));
  EXPECT_NEAR(s.camera.distance, d0 / 1.8, d0 * 0.01);
  EXPECT_NEAR(s.camera.bearingDeg, b0, 1e-6);
  // Twist 30 degrees clockwise on screen.
  const double d1 = s.camera.distance;
  f.send(K::Down, 3, c - glm::dvec2(100, 0));
  f.send(K::Down, 4, c + glm::dvec2(100, 0));
  glm::dvec2 r{100, 0};
  for (int k = 1; k <= 15; ++k) {
    const double a = 2.0 * k * M_PI / 180.0;
    r = {100 * std::cos(a), 100 * std::sin(a)};
    f.send(K::Move, 3, c - r);
    f.send(K::Move, 4, c + r);
  }
  f.send(K::Up, 3, c - r);
  f.send(K::Up, 4, c + r);
  EXPECT_NEAR(std::fmod(s.camera.bearingDeg - b0 + 360.0, 360.0), 30.0, 0.5);
  EXPECT_NEAR(s.camera.distance, d1, d1 * 0.01);
  // Both fingers 40 px up: 10 degrees more tilt, nothing else.
  const double d2 = s.camera.distance, b2 = s.camera.bearingDeg;
  f.send(K::Down, 5, c + glm::dvec2(-60, 100));
  f.send(K::Down, 6, c + glm::dvec2(60, 100));
  for (int k = 1; k <= 10; ++k) {
    f.send(K::Move, 5, c + glm::dvec2(-60, 100 - 4 * k));
    f.send(K::Move, 6, c + glm::dvec2(60, 100 - 4 * k));
  }
  f.send(K::Up, 5, c + glm::dvec2(-60, 60));
  f.send(K::Up, 6, c + glm::dvec2(60, 60));
  EXPECT_NEAR(s.camera.pitchDeg, std::min(p0 + 10.0, s.limits.maxPitch), 0.01);
  EXPECT_DOUBLE_EQ(s.camera.distance, d2);
  EXPECT_DOUBLE_EQ(s.camera.bearingDeg, b2);
  EXPECT_TRUE(s.kiosk->touches.empty());
  EXPECT_EQ(s.kiosk->taps, 0u);
}

TEST(KioskTouch, DoubleTapFliesTwiceAsClose) {
  KioskDemo d;
  Fingers f(d);
  const double d0 = d.s.camera.distance;
  f.tap(kView * 0.5, 1);
  f.tap(kView * 0.5 + glm::dvec2(3, 2), 2);
  EXPECT_TRUE(d.s.fly.active);
  d.settle();
  EXPECT_NEAR(d.s.camera.distance, d0 / 2, d0 * 0.01);
}

TEST(KioskTouch, TapOnAParkOpensItsCard) {
  KioskDemo d;
  Fingers f(d);
  ViewerState& s = d.s;
  const auto& layers = s.data->layers;
  uint32_t parks = 0;
  while (parks < layers.size() && layers[parks].spec->id != "parks") ++parks;
  ASSERT_LT(parks, layers.size());
  glm::dvec2 lo, hi;
  ASSERT_TRUE(featureBounds(*s.data, {parks, 0}, lo, hi));
  const auto px = s.camera.worldToScreen({(lo + hi) * 0.5, 0.0}, kView.x, kView.y);
  ASSERT_TRUE(px.has_value());
  f.tap(*px + glm::dvec2(2, -1), 7);  // a fingertip is never exact
  ASSERT_TRUE(s.kiosk->card.has_value());
  EXPECT_EQ(s.kiosk->card->layer, parks);
  EXPECT_EQ(s.kiosk->card->row, 0u);
  ASSERT_EQ(s.selection.size(), 1u);
  // A tap on nothing closes it.
  f.tap({5, kView.y / 2}, 8);
  EXPECT_FALSE(s.kiosk->card.has_value());
}

TEST(KioskTouch, AFingerOnAControlAndTheFingersJoiningItAreNotTheMaps) {
  KioskDemo d;
  Fingers f(d);
  ViewerState& s = d.s;
  using K = kiosk::TouchEvent;
  const OrbitCamera before = s.camera;
  f.send(K::Down, 1, {100, 500}, /*uiMouse=*/true);  // on the sector list
  f.send(K::Down, 2, {900, 500});
  for (int k = 1; k <= 10; ++k) {
    f.send(K::Move, 1, {100, 500 + 4.0 * k}, true);
    f.send(K::Move, 2, {900 + 8.0 * k, 500});
  }
  EXPECT_EQ(s.kiosk->touches.size(), 2u);
  EXPECT_TRUE(kioskFrame(s, kView));  // fingers down: draw on
  f.send(K::Up, 1, {100, 540}, true);
  f.send(K::Up, 2, {980, 500});
  EXPECT_EQ(s.kiosk->gestureCount, 0u);
  EXPECT_TRUE(s.camera == before);
  // A finger on the map alone pans.
  f.send(K::Down, 3, {900, 500});
  for (int k = 1; k <= 10; ++k) f.send(K::Move, 3, {900 + 8.0 * k, 500});
  f.send(K::Up, 3, {980, 500});
  EXPECT_GT(s.kiosk->gestureCount, 0u);
  EXPECT_FALSE(s.camera == before);
}

TEST(KioskTouch, TheIdleResetForgetsAFingerWhoseEndWasLost) {
  KioskDemo d;
  Fingers f(d);
  ViewerState& s = d.s;
  f.send(kiosk::TouchEvent::Down, 1, {900, 500});
  EXPECT_EQ(s.kiosk->touches.size(), 1u);
  s.now += 31;
  kioskFrame(s, kView);  // countdown
  s.now += 5;
  kioskFrame(s, kView);  // reset and attract
  EXPECT_TRUE(s.kiosk->attract);
  EXPECT_TRUE(s.kiosk->touches.empty());
  EXPECT_EQ(s.kiosk->gestures.fingers(), 0u);
  // The next touch ends the attract loop and does nothing else, its moves and end included.
  const unsigned gestures = s.kiosk->gestureCount;
  f.send(kiosk::TouchEvent::Down, 2, {900, 500});
  EXPECT_FALSE(s.kiosk->attract);
  EXPECT_EQ(s.kiosk->returns, 1u);
  for (int k = 1; k <= 10; ++k) f.send(kiosk::TouchEvent::Move, 2, {900 + 8.0 * k, 500});
  f.send(kiosk::TouchEvent::Up, 2, {980, 500});
  EXPECT_EQ(s.kiosk->gestureCount, gestures);
  EXPECT_TRUE(s.camera == s.home);
}
