// The kiosk mode over the viewer's model, on the demo scene: a sector tap
// solos it and flies; a card; English; the idle reset brings everything home
// (camera, filters, card, language); the admin PIN opens the panel and three
// wrong PINs lock the keypad.
#include <memory>

#include <gtest/gtest.h>

#include "geo/lonlat_projector.h"
#include "kiosk/pin.h"
#include "viewer/commands.h"
#include "viewer/demo_scene.h"
#include "viewer/kiosk_session.h"
#include "viewer/pick.h"

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
