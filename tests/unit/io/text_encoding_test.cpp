#include "io/text_encoding.h"

#include <gtest/gtest.h>

using namespace ps::io;

TEST(TextEncoding, Utf8Validity) {
  EXPECT_TRUE(isValidUtf8("武侯区 Wuhou"));
  EXPECT_FALSE(isValidUtf8("\xCE\xE4\xBA\xEE\xC7\xF8"));  // 武侯区 in GBK
  EXPECT_FALSE(isValidUtf8("\xC0\xAF"));                  // overlong '/'
  EXPECT_FALSE(isValidUtf8("\xED\xA0\x80"));              // surrogate
}

TEST(TextEncoding, GbkIsRecoded) {
  Recoded how;
  EXPECT_EQ(toUtf8("\xCE\xE4\xBA\xEE\xC7\xF8", &how), "武侯区");
  EXPECT_EQ(how, Recoded::FromGbk);
  EXPECT_EQ(toUtf8("plain", &how), "plain");
  EXPECT_EQ(how, Recoded::AlreadyUtf8);
}

TEST(TextEncoding, GarbageIsReplaced) {
  Recoded how;
  EXPECT_EQ(toUtf8("a\xFF" "b", &how), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(how, Recoded::Replaced);
}
