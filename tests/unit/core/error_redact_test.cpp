// Messages never show a database password (issue 12: PostGIS sources).
#include <gtest/gtest.h>

#include "core/error.h"

TEST(ErrorRedact, PasswordOfAConnectionStringIsHidden) {
  ps::Error e("PG:host=/tmp/s port=5432 dbname=p user=u password=s3cr:et", "cannot connect", "layers[1].source");
  EXPECT_EQ(std::string(e.what()), "PG:host=/tmp/s port=5432 dbname=p user=u password=***: 'layers[1].source': cannot connect");
}

TEST(ErrorRedact, QuotedPasswordsAndPasswordsInsideTheProblemAreHidden) {
  EXPECT_EQ(ps::Error::redactPasswords("PG:dbname=p password='a b c' user=u"), "PG:dbname=p password=*** user=u");
  ps::Error e("scene.toml", "PG:dbname=p password=x: layer not found", "layers[0].source");
  EXPECT_EQ(std::string(e.what()), "scene.toml: 'layers[0].source': PG:dbname=p password=***: layer not found");
}

TEST(ErrorRedact, OtherTextIsUnchanged) {
  EXPECT_EQ(ps::Error::redactPasswords("no_password=1 mypassword=2"), "no_password=1 mypassword=2");
  EXPECT_EQ(ps::Error::redactPasswords("a.gpkg: file not found"), "a.gpkg: file not found");
}
