// Kiosk profile: the bundled 蓉耀未来 profile loads; every bad key is named with the file.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "../error_of.h"
#include "kiosk/pin.h"
#include "kiosk/profile.h"

using namespace ps;
using namespace ps::kiosk;
using ps::test::errorOf;

namespace {

const char* kAdmin =
    "[admin]\npin_salt = \"00112233445566778899aabbccddeeff\"\n"
    "pin_hash = \"0000000000000000000000000000000000000000000000000000000000000000\"\n";

std::string withKiosk(const std::string& rest) { return "[kiosk]\nscene = \"s.toml\"\n" + rest + kAdmin; }

}  // namespace

TEST(KioskProfile, BundledRongyaoProfileLoads) {
  std::string path = std::string(PARKSCAPE_SOURCE_DIR) + "/geodata/kiosk/rongyao.toml";
  KioskProfile p = loadKioskProfile(path);
  EXPECT_EQ(std::filesystem::path(p.scene).filename(), "chengdu.toml");
  EXPECT_TRUE(std::filesystem::exists(p.scene));
  ASSERT_EQ(p.languages.size(), 2u);
  EXPECT_EQ(p.homeLanguage(), Lang::Zh);
  EXPECT_DOUBLE_EQ(p.idle.countdownAfterS, 90);
  EXPECT_DOUBLE_EQ(p.idle.countdownS, 15);
  EXPECT_TRUE(p.controls.sectors && p.controls.rings && p.controls.vacant && p.controls.search);
  EXPECT_DOUBLE_EQ(p.display.minTargetMm, 15);
  EXPECT_FALSE(p.display.pxPerMm.has_value());
  EXPECT_TRUE(p.sampleData);
  // The documented default PIN opens it; others do not.
  EXPECT_TRUE(verifyPin(p.admin, "2468"));
  EXPECT_FALSE(verifyPin(p.admin, "2469"));
  EXPECT_FALSE(verifyPin(p.admin, ""));
}

TEST(KioskProfile, DefaultsAndOverrides) {
  KioskProfile p = parseKioskProfile(
      withKiosk("languages = [\"en\"]\n[idle]\ncountdown_after_s = 30\ncountdown_s = 5\n"
                "[controls]\nvacant_space = false\n[display]\nmonitor = 1\npx_per_mm = 4.2\nmin_target_mm = 18\n"),
      "/x/k.toml");
  EXPECT_EQ(p.scene, "/x/s.toml");
  EXPECT_EQ(p.homeLanguage(), Lang::En);
  EXPECT_DOUBLE_EQ(p.idle.countdownAfterS, 30);
  EXPECT_FALSE(p.controls.vacant);
  EXPECT_TRUE(p.controls.rings);
  EXPECT_EQ(p.display.monitor, 1);
  EXPECT_DOUBLE_EQ(*p.display.pxPerMm, 4.2);
  EXPECT_DOUBLE_EQ(p.display.minTargetMm, 18);
}

TEST(KioskProfile, EveryBadKeyIsNamedWithTheFile) {
  struct Case {
    std::string text, key;
  };
  const Case cases[] = {
      {withKiosk("sceen = \"x\"\n"), "'kiosk.sceen': unknown key"},
      {withKiosk("[idle]\ncountdown_after_s = 1\n"), "'idle.countdown_after_s': value 1 is out of range"},
      {withKiosk("[idle]\ncountdown_s = \"ten\"\n"), "'idle.countdown_s': expected a number"},
      {withKiosk("languages = [\"fr\"]\n"), "'kiosk.languages'"},
      {withKiosk("languages = [\"zh\", \"zh\"]\n"), "lists 'zh' twice"},
      {withKiosk("languages = []\n"), "at least one language"},
      {withKiosk("[controls]\nsectors = 1\n"), "'controls.sectors': expected true or false"},
      {withKiosk("[controls]\nkeyboard = true\n"), "'controls.keyboard': unknown key"},
      {withKiosk("[display]\nmonitor = 1.5\n"), "'display.monitor': expected a whole number"},
      {withKiosk("[display]\nmin_target_mm = 2\n"), "'display.min_target_mm'"},
      {withKiosk("[display]\npx_per_mm = 1e9\n"), "'display.px_per_mm'"},
      {withKiosk("[mystery]\na = 1\n"), "'mystery': unknown table"},
      {"[kiosk]\nscene = \"s.toml\"\n", "'admin': is required"},
      {"[kiosk]\n" + std::string(kAdmin), "'kiosk.scene': is required"},
      {std::string(kAdmin), "'kiosk': is required"},
      {"[kiosk]\nscene = \"s\"\n[admin]\npin = \"1234\"\n", "'admin.pin_salt'"},
      {"[kiosk]\nscene = \"s\"\n[admin]\npin_salt = \"0011223344556677\"\npin_hash = \"abc\"\n", "'admin.pin_hash'"},
      {"[kiosk]\nscene = \"s\"\nkiosk = = 1\n", "line 3"},
      {"kiosk = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n",
       "/k/bad.toml"},
      {"[kiosk]\ntitle = \"\xff\xfe\"\n", "/k/bad.toml"},
  };
  for (const Case& c : cases) {
    std::string err = errorOf([&] { parseKioskProfile(c.text, "/k/bad.toml"); });
    EXPECT_NE(err.find("/k/bad.toml"), std::string::npos) << c.text << " -> " << err;
    EXPECT_NE(err.find(c.key), std::string::npos) << c.text << " -> " << err;
  }
}

TEST(KioskProfile, MissingFilesAreNamed) {
  std::filesystem::create_directories(PARKSCAPE_TEST_TMP);
  std::string dir = PARKSCAPE_TEST_TMP;
  EXPECT_NE(errorOf([&] { loadKioskProfile(dir + "/none.toml"); }).find("none.toml: kiosk profile not found"),
            std::string::npos);
  std::string path = dir + "/k.toml";
  {
    std::ofstream(path) << withKiosk("");
  }
  EXPECT_NE(errorOf([&] { loadKioskProfile(path); }).find("'kiosk.scene': scene file not found"), std::string::npos);
  {
    std::ofstream(dir + "/s.toml") << "";
    std::ofstream(path) << withKiosk("attract_story = \"story.toml\"\n");
  }
  EXPECT_NE(errorOf([&] { loadKioskProfile(path); }).find("'kiosk.attract_story': attract story not found"),
            std::string::npos);
}

TEST(KioskPin, HashIsPbkdf2Sha256AndSalted) {
  // RFC 7914 section 11 test vector: PBKDF2-HMAC-SHA256, P="passwd", S="salt", c=1, dkLen=64 (first 32 bytes).
  EXPECT_EQ(hashPin("passwd", "73616c74", 1), "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
  AdminPin a = makeAdminPin("2468", 10000);
  AdminPin b = makeAdminPin("2468", 10000);
  EXPECT_NE(a.saltHex, b.saltHex);
  EXPECT_NE(a.hashHex, b.hashHex);
  EXPECT_TRUE(verifyPin(a, "2468"));
  EXPECT_TRUE(verifyPin(b, "2468"));
  EXPECT_FALSE(verifyPin(a, "8642"));
  EXPECT_NE(errorOf([] { makeAdminPin("12"); }).find("4 to 12 digits"), std::string::npos);
  EXPECT_NE(errorOf([] { makeAdminPin("12ab"); }).find("4 to 12 digits"), std::string::npos);
}
